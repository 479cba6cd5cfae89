<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <extracomment>The database key was rotated: the window must lock; carries the new recovery key.</extracomment>
        <translation>Облікові записи</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Ім&apos;я для показу</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Last sign-in here</source>
        <translation>Останній вхід тут</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Увімкнути…</translation>
    </message>
    <message>
        <source>New passphrase…</source>
        <translation>Нова парольна фраза…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Видалити…</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Команда…</translation>
    </message>
    <message>
        <source>Caseworkers see only the tracing requests assigned to them or to their team (from their next sign-in)</source>
        <extracomment>The vault-wide need-to-know setting (caseapp.access): off = every request.</extracomment>
        <translation>Працівники з розшуку бачать лише запити на розшук, призначені їм або їхній команді (з наступного входу)</translation>
    </message>
    <message>
        <source>Rotate the database key…</source>
        <translation>Замінити ключ бази даних…</translation>
    </message>
    <message>
        <source>Disabling or removing an account destroys its key slot. Copies of the key file made earlier (backups, USB bundles) still hold the old key: rotate the database key to make them useless.</source>
        <translation>Вимкнення або видалення облікового запису знищує його слот ключа. Копії файлу ключів, зроблені раніше (резервні копії, пакети для USB), ще містять старий ключ: замініть ключ бази даних, щоб вони стали непридатними.</translation>
    </message>
    <message>
        <source>Accounts are per laptop. Those that sign in on another laptop were made there: they are listed so that History can name who did what, and cannot sign in here. To let someone work on this laptop, add an account for them here.</source>
        <translation>Облікові записи належать ноутбуку. Ті, що входять на іншому ноутбуці, створено там: вони показані, щоб Історія могла назвати, хто що зробив, і не можуть увійти тут. Щоб людина працювала на цьому ноутбуці, додайте для неї обліковий запис тут.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активний</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>вимкнений</translation>
    </message>
    <message>
        <source>needs a new passphrase</source>
        <translation>потрібна нова парольна фраза</translation>
    </message>
    <message>
        <source>signs in on %1 only</source>
        <translation>входить лише на %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколи</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Додати обліковий запис</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Додавання облікового запису…</translation>
    </message>
    <message>
        <source>Disabling the account…</source>
        <translation>Вимкнення облікового запису…</translation>
    </message>
    <message>
        <source>Remove the account %1? Its history stays in the journal.</source>
        <translation>Видалити обліковий запис %1? Його історія залишиться в журналі.</translation>
    </message>
    <message>
        <source>Removing the account…</source>
        <translation>Видалення облікового запису…</translation>
    </message>
    <message>
        <source>Enable the account</source>
        <translation>Увімкнути обліковий запис</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>Setting the passphrase…</source>
        <translation>Встановлення парольної фрази…</translation>
    </message>
    <message>
        <source>Team of %1 (empty: none)</source>
        <translation>Команда користувача %1 (порожньо — без команди)</translation>
    </message>
    <message>
        <source>Saving the team…</source>
        <translation>Збереження команди…</translation>
    </message>
    <message>
        <source>Saving who sees which requests…</source>
        <translation>Збереження доступу до запитів…</translation>
    </message>
    <message>
        <source>Rotate the database key</source>
        <translation>Замінити ключ бази даних</translation>
    </message>
    <message>
        <source>The whole vault is re-encrypted under a new key. Afterwards old copies of the key file, old passphrases and the old recovery key open nothing, and a new recovery key is shown once. Other accounts will need a new passphrase from an administrator. The vault locks when it is done.

Type your passphrase to go on.</source>
        <translation>Усе сховище буде перешифровано новим ключем. Після цього старі копії файлу ключів, старі парольні фрази та старий ключ відновлення нічого не відкривають, а новий ключ відновлення буде показано один раз. Іншим обліковим записам адміністратор має дати нові парольні фрази. Після завершення сховище буде заблоковано.

Введіть свою парольну фразу, щоб продовжити.</translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation>Перешифрування сховища…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This image cannot be shown (unknown or damaged format).</source>
        <translation>Це зображення неможливо показати (невідомий або пошкоджений формат).</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>No files attached. “Add a file…” keeps a scanned letter, capture card or photo with this record.</source>
        <translation>Файлів не додано. «Додати файл…» зберігає скан листа, картку полоненого чи фото разом із цим записом.</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Додати файл…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Переглянути</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Scans and photos are stored encrypted inside the vault.</source>
        <translation>Скани та фото зберігаються зашифрованими всередині сховища.</translation>
    </message>
    <message>
        <source>Save the record first to attach files.</source>
        <translation>Щоб додати файли, спершу збережіть запис.</translation>
    </message>
    <message>
        <source>Files can be attached once the record is saved.</source>
        <translation>Файли можна додати, коли запис буде збережено.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>зображення</translation>
    </message>
    <message>
        <source>Attach a scan or photo</source>
        <translation>Додати скан або фото</translation>
    </message>
    <message>
        <source>Scans and photos (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp *.webp *.pdf);;All files (*)</source>
        <translation>Скани та фото (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp *.webp *.pdf);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Attaching the file…</source>
        <translation>Додавання файлу…</translation>
    </message>
    <message>
        <source>This file (%1) cannot be shown inside CaseApp. Use “Save a copy…” to open it with another program; the copy will not be encrypted.</source>
        <translation>Цей файл (%1) неможливо показати в CaseApp. Скористайтеся «Зберегти копію…», щоб відкрити його іншою програмою; копія не буде зашифрована.</translation>
    </message>
    <message>
        <source>Recording in the audit trail…</source>
        <translation>Запис у журнал аудиту…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Зберегти незашифровану копію</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <source>The file cannot be written there.</source>
        <translation>Туди неможливо записати файл.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Вилучити вкладення</translation>
    </message>
    <message>
        <source>Remove “%1” from this record?</source>
        <translation>Вилучити «%1» з цього запису?</translation>
    </message>
    <message>
        <source>Removing the attachment…</source>
        <translation>Вилучення вкладення…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Невдалий вхід</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>Використано ключ відновлення</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Блокування</translation>
    </message>
    <message>
        <source>Sensitive details opened</source>
        <translation>Відкрито чутливі дані</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Лист</translation>
    </message>
    <message>
        <source>Letter batch</source>
        <translation>Пакет листів</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Пакет записано</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Пакет імпортовано</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновлення</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Видалення за строком зберігання</translation>
    </message>
    <message>
        <source>Emergency wipe</source>
        <translation>Екстрене знищення</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Журнал аудиту експортовано</translation>
    </message>
    <message>
        <source>Conflicting audit entries</source>
        <translation>Суперечливі записи аудиту</translation>
    </message>
    <message>
        <source>Enquirer&apos;s contact details</source>
        <translation>Контакти заявника</translation>
    </message>
    <message>
        <source>Detention details</source>
        <translation>Відомості про утримання</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вкладення</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Обліковий запис</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <source>created %1, changed %2, deleted %3</source>
        <translation>створено %1, змінено %2, видалено %3</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Any action</source>
        <translation>Будь-яка дія</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Реєстраційний номер</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Обліковий запис:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Дія:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Запис:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Від:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>До:</translation>
    </message>
    <message>
        <source>Verify the chains</source>
        <translation>Перевірити ланцюжки</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Експорт CSV…</translation>
    </message>
    <message>
        <source>Who changed, exported or opened what, on which laptop and when. Entries hold ids and action codes, never names or values; each laptop&apos;s entries form a chain that shows any later edit, removal or reordering.</source>
        <translation>Хто що змінив, експортував або відкрив, на якому ноутбуці й коли. Записи містять лише ідентифікатори та коди дій, ніколи не імена чи значення; записи кожного ноутбука утворюють ланцюжок, що виявляє будь-яке подальше редагування, видалення чи зміну порядку.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>будь-коли</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Будь-який обліковий запис</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln запис</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Перевірка…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries checked: every chain is intact.</source>
        <translation>
            <numerusform>Перевірено %n запис: усі ланцюжки цілі.</numerusform>
            <numerusform>Перевірено %n записи: усі ланцюжки цілі.</numerusform>
            <numerusform>Перевірено %n записів: усі ланцюжки цілі.</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1 of laptop %2 was changed after it was written</source>
        <translation>запис %1 ноутбука %2 змінено після того, як його було зроблено</translation>
    </message>
    <message>
        <source>an entry of laptop %2 before entry %1 is missing</source>
        <translation>бракує запису ноутбука %2 перед записом %1</translation>
    </message>
    <message>
        <source>entry %1 of laptop %2 is out of order</source>
        <translation>запис %1 ноутбука %2 стоїть не на своєму місці</translation>
    </message>
    <message>
        <source>entry %1 of laptop %2 does not follow the one before</source>
        <translation>запис %1 ноутбука %2 не продовжує попередній</translation>
    </message>
    <message>
        <source>the newest entries of laptop %2 after %1 are missing</source>
        <translation>бракує найновіших записів ноутбука %2 після %1</translation>
    </message>
    <message>
        <source>The audit trail does not verify: %1.</source>
        <translation>Журнал аудиту не проходить перевірку: %1.</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Перевірка журналу аудиту…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Експорт журналу аудиту</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Експортовано до %1.</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Експорт журналу аудиту…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Back up the vault</source>
        <extracomment>A backup was written: (path, size).</extracomment>
        <translation>Резервна копія сховища</translation>
    </message>
    <message>
        <source>Backing up the vault</source>
        <translation>Створення резервної копії сховища</translation>
    </message>
    <message>
        <source>No backup of this vault yet: back up now</source>
        <translation>Резервної копії цього сховища ще немає: зробіть її зараз</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n day(s) ago: back up now</source>
        <translation>
            <numerusform>Остання резервна копія — %n день тому: зробіть нову</numerusform>
            <numerusform>Остання резервна копія — %n дні тому: зробіть нову</numerusform>
            <numerusform>Остання резервна копія — %n днів тому: зробіть нову</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch of letters</source>
        <translation>Пакет листів</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жодного</translation>
    </message>
    <message>
        <source>Printed on both sides (blank back pages)</source>
        <translation>Двосторонній друк (порожні зворотні сторінки)</translation>
    </message>
    <message>
        <source>Find requests owed this letter</source>
        <translation>Знайти запити, яким належить цей лист</translation>
    </message>
    <message>
        <source>Generate the letters</source>
        <translation>Створити листи</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запит</translation>
    </message>
    <message>
        <source>Why no letter was made</source>
        <translation>Чому лист не створено</translation>
    </message>
    <message>
        <source>Save merged PDF…</source>
        <translation>Зберегти об&apos;єднаний PDF…</translation>
    </message>
    <message>
        <source>Save individual files to a folder…</source>
        <translation>Зберегти окремі файли в теку…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Вид листа</translation>
    </message>
    <message>
        <source>Exchange round</source>
        <translation>Раунд обміну</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Finding requests…</source>
        <translation>Пошук запитів…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) owed this letter.</source>
        <translation>
            <numerusform>%n запиту належить цей лист.</numerusform>
            <numerusform>%n запитам належить цей лист.</numerusform>
            <numerusform>%n запитам належить цей лист.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating letters…</source>
        <translation>Створення листів…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) generated</source>
        <translation>
            <numerusform>Створено %n лист</numerusform>
            <numerusform>Створено %n листи</numerusform>
            <numerusform>Створено %n листів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) skipped</source>
        <translation>
            <numerusform>пропущено %n запит</numerusform>
            <numerusform>пропущено %n запити</numerusform>
            <numerusform>пропущено %n запитів</numerusform>
        </translation>
    </message>
    <message>
        <source>Save merged PDF</source>
        <translation>Зберегти об&apos;єднаний PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Тека для листів</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>The files could not be written.</source>
        <translation>Не вдалося записати файли.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved.</source>
        <translation>
            <numerusform>Збережено %n файл.</numerusform>
            <numerusform>Збережено %n файли.</numerusform>
            <numerusform>Збережено %n файлів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <source>Name or reference</source>
        <translation>Ім&apos;я або номер</translation>
    </message>
    <message>
        <source>Priority only (wounded, sick, 60+)</source>
        <translation>Лише пріоритетні (поранені, хворі, 60+)</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Будь-яка категорія</translation>
    </message>
    <message>
        <source>Prisoners of war</source>
        <translation>Військовополонені</translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation>Цивільні</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров&apos;я</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Полонений з</translation>
    </message>
    <message>
        <source>Priority reasons</source>
        <translation>Підстави пріоритету</translation>
    </message>
    <message>
        <source>Add the selected people to a draft list</source>
        <translation>Додати вибраних до чернетки списку</translation>
    </message>
    <message>
        <source>seriously wounded</source>
        <translation>тяжко поранений</translation>
    </message>
    <message>
        <source>seriously ill</source>
        <translation>тяжко хворий</translation>
    </message>
    <message>
        <source>long captivity</source>
        <translation>тривалий полон</translation>
    </message>
    <message>
        <source>age</source>
        <translation>вік</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n кандидат</numerusform>
            <numerusform>%n кандидати</numerusform>
            <numerusform>%n кандидатів</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Додавання…</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>Field</source>
        <extracomment>Background colours by verdict (light, so text stays readable).</extracomment>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Порядок імен</translation>
    </message>
    <message>
        <source>match</source>
        <translation>збіг</translation>
    </message>
    <message>
        <source>partial match</source>
        <translation>частковий збіг</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>розбіжність</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>немає даних</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версії</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Хто змінив</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Keep the selected value</source>
        <translation>Залишити вибране значення</translation>
    </message>
    <message>
        <source>Or type the right value…</source>
        <translation>Або введіть правильне значення…</translation>
    </message>
    <message>
        <source>Use the typed value</source>
        <translation>Використати введене значення</translation>
    </message>
    <message>
        <source>Marked ★: the value shown until someone decides (the same on every laptop). Your decision travels with the next bundle and closes the conflict everywhere.</source>
        <translation>Позначено ★: значення, яке показується, доки хтось не вирішить (однакове на всіх ноутбуках). Ваше рішення передається з наступним пакетом і закриває конфлікт усюди.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n відкритий конфлікт.</numerusform>
            <numerusform>%n відкриті конфлікти.</numerusform>
            <numerusform>%n відкритих конфліктів.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts: every laptop agrees on every value it has seen.</source>
        <translation>Відкритих конфліктів немає: усі ноутбуки згодні щодо кожного значення, яке бачили.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from bundles were kept aside because this version of CaseApp refuses them (caseapp sync conflicts lists them); update CaseApp.</source>
        <translation>
            <numerusform>%n запис із пакетів відкладено, бо ця версія CaseApp його не приймає (їх показує caseapp sync conflicts); оновіть CaseApp.</numerusform>
            <numerusform>%n записи з пакетів відкладено, бо ця версія CaseApp їх не приймає (їх показує caseapp sync conflicts); оновіть CaseApp.</numerusform>
            <numerusform>%n записів із пакетів відкладено, бо ця версія CaseApp їх не приймає (їх показує caseapp sync conflicts); оновіть CaseApp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>Збереження рішення…</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>New vault</source>
        <translation>Нове сховище</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Find duplicates</source>
        <translation>Знайти дублікати</translation>
    </message>
    <message>
        <source>Prisoner records that probably describe the same person (one person on several lists). Merging keeps every name form, source and link of both records.</source>
        <translation>Записи про полонених, які, імовірно, описують ту саму особу (одна людина в кількох списках). Об&apos;єднання зберігає всі форми імені, джерела та зв&apos;язки обох записів.</translation>
    </message>
    <message>
        <source>“Find duplicates” compares every prisoner record with the others, in any script, and lists the pairs that probably describe one person.</source>
        <translation>«Знайти дублікати» порівнює кожен запис про полоненого з іншими, будь-яким письмом, і показує пари, що, ймовірно, описують одну особу.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Інший запис</translation>
    </message>
    <message>
        <source>Choose a pair above to compare the two records.</source>
        <translation>Виберіть пару вище, щоб порівняти два записи.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Об&apos;єднати…</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Залишити:</translation>
    </message>
    <message>
        <source>No records merged yet.</source>
        <translation>Записи ще не об&apos;єднували.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Роз&apos;єднати</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Об&apos;єднання</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Пошук дублікатів…</translation>
    </message>
    <message>
        <source>No likely duplicates among the prisoner records. Search again after importing a list.</source>
        <translation>Серед записів про полонених імовірних дублікатів немає. Пошукайте знову після імпорту списку.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n імовірна пара дублікатів</numerusform>
            <numerusform>%n імовірні пари дублікатів</numerusform>
            <numerusform>%n імовірних пар дублікатів</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Об&apos;єднання записів</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Its names, sources, detentions, events, attachments and links move to %2, and %1 is removed. You can unmerge later.</source>
        <translation>Об&apos;єднати %1 із %2? Його імена, джерела, місця утримання, події, вкладення та зв&apos;язки перейдуть до %2, а %1 буде вилучено. Пізніше записи можна роз&apos;єднати.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Об&apos;єднання…</translation>
    </message>
    <message>
        <source>Unmerging…</source>
        <translation>Роз&apos;єднання…</translation>
    </message>
    <message>
        <source>%1: %2 merged into %3</source>
        <translation>%1: %2 об&apos;єднано з %3</translation>
    </message>
</context>
<context>
    <name>EmptyListWelcome</name>
    <message>
        <source>No tracing requests yet</source>
        <extracomment>How many invented records &quot;Load demo data&quot; adds: enough to try searching and matching, quick to create on a field laptop. Share of demo requests that seek one of the demo prisoners, so matching has work to show.</extracomment>
        <translation>Запитів на розшук ще немає</translation>
    </message>
    <message>
        <source>No prisoner records yet</source>
        <translation>Записів про полонених ще немає</translation>
    </message>
    <message>
        <source>A tracing request is what a family asks: whom they are looking for, and how to reach them with news. Register one when a family contacts you, or import the requests you already keep in a spreadsheet.</source>
        <translation>Запит на розшук — це звернення родини: кого вона шукає і як повідомити їй новини. Зареєструйте запит, коли до вас звертається родина, або імпортуйте запити, які ви вже ведете в таблиці.</translation>
    </message>
    <message>
        <source>Prisoner records come from lists of detained persons (from the other party, released persons, or other sources). Import a list, or add a record by hand. CaseApp then suggests which records may match a family&apos;s request.</source>
        <translation>Записи про полонених надходять зі списків утримуваних осіб (від іншої сторони, від звільнених, з інших джерел). Імпортуйте список або додайте запис вручну. CaseApp підкаже, які записи можуть відповідати запиту родини.</translation>
    </message>
    <message>
        <source>Register the first tracing request</source>
        <translation>Зареєструвати перший запит на розшук</translation>
    </message>
    <message>
        <source>Add the first prisoner record</source>
        <translation>Додати перший запис про полоненого</translation>
    </message>
    <message>
        <source>Import a list (CSV or Excel)…</source>
        <translation>Імпортувати список (CSV або Excel)…</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Завантажити демонстраційні дані…</translation>
    </message>
    <message>
        <source>Invented people, to try the app in a practice vault</source>
        <translation>Вигадані люди — щоб спробувати програму в навчальному сховищі</translation>
    </message>
    <message>
        <source>Open the user guide (F1)</source>
        <translation>Відкрити посібник користувача (F1)</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Завантажити демонстраційні дані</translation>
    </message>
    <message>
        <source>Add %1 invented tracing requests and %2 invented prisoner records, so you can try searching, matching and letters?

Use this only in a practice vault, never in one with real cases. Each demo record says in its notes that it is invented.</source>
        <translation>Додати вигадані запити на розшук (%1) і вигадані записи про полонених (%2), щоб спробувати пошук, зіставлення та листи?

Робіть це лише в навчальному сховищі, ніколи — у сховищі зі справжніми справами. У примітках кожного демонстраційного запису зазначено, що його вигадано.</translation>
    </message>
    <message>
        <source>Invented demo record, not a real person.</source>
        <translation>Вигаданий демонстраційний запис, не справжня людина.</translation>
    </message>
    <message>
        <source>Creating demo records…</source>
        <translation>Створення демонстраційних записів…</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Name in the record</source>
        <translation>Ім&apos;я в записі</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>As written on the list</source>
        <translation>Як у списку</translation>
    </message>
    <message>
        <source>Prisoner record</source>
        <translation>Запис про полоненого</translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation>Підтвердити збіг</translation>
    </message>
    <message>
        <source>None of these…</source>
        <translation>Жоден із них…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>Create a record from the entry</source>
        <translation>Створити запис із рядка списку</translation>
    </message>
    <message>
        <source>Undo this person&apos;s exchange</source>
        <translation>Скасувати обмін цієї особи</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невідомо</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Priority reasons</source>
        <translation>Підстави пріоритету</translation>
    </message>
    <message>
        <source>ICRC private interview done</source>
        <translation>Конфіденційну співбесіду МКЧХ проведено</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата співбесіди</translation>
    </message>
    <message>
        <source>Wishes to return</source>
        <translation>Бажає повернутися</translation>
    </message>
    <message>
        <source>Medically fit to travel</source>
        <translation>Придатний до переїзду за станом здоров&apos;я</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Substituted by</source>
        <translation>Замінений на</translation>
    </message>
    <message>
        <source>Handover time</source>
        <translation>Час передачі</translation>
    </message>
    <message>
        <source>Discrepancy note</source>
        <translation>Примітка про розбіжність</translation>
    </message>
    <message>
        <source>seriously_wounded, seriously_ill, long_captivity, age</source>
        <translation type="vanished">seriously_wounded (тяжко поранений), seriously_ill (тяжко хворий), long_captivity (тривалий полон), age (вік)</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Зберегти рядок</translation>
    </message>
    <message>
        <source>Matching only suggests. Confirm only when you are sure it is the same person.</source>
        <translation>Зіставлення лише пропонує. Підтверджуйте, тільки коли впевнені, що це та сама особа.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Зіставлення</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Виконання</translation>
    </message>
    <message>
        <source>Seriously wounded</source>
        <translation>Тяжко поранений</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>Тяжко хворий</translation>
    </message>
    <message>
        <source>Long captivity</source>
        <translation>Тривалий полон</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Select an entry to review it.</source>
        <translation>Виберіть рядок списку, щоб його перевірити.</translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation>Підтвердження…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Відхилення…</translation>
    </message>
    <message>
        <source>Reopening…</source>
        <translation>Повторне відкриття…</translation>
    </message>
    <message>
        <source>Creating the record…</source>
        <translation>Створення запису…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>ExecutionTab</name>
    <message>
        <source>Discrepancy</source>
        <translation>Розбіжність</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Other entry</source>
        <translation>Інший рядок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Execute the round…</source>
        <translation>Виконати раунд…</translation>
    </message>
    <message>
        <source>Undo the execution</source>
        <translation>Скасувати виконання</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Закрити раунд</translation>
    </message>
    <message>
        <source>Cyrillic, as recorded</source>
        <translation>Кирилицею, як записано</translation>
    </message>
    <message>
        <source>Latin: %1</source>
        <translation>Латиницею: %1</translation>
    </message>
    <message>
        <source>Agreed people</source>
        <translation>Погоджені особи</translation>
    </message>
    <message>
        <source>List as XLSX…</source>
        <translation>Список у XLSX…</translation>
    </message>
    <message>
        <source>List as PDF…</source>
        <translation>Список у PDF…</translation>
    </message>
    <message>
        <source>Summary report (PDF)…</source>
        <translation>Підсумковий звіт (PDF)…</translation>
    </message>
    <message>
        <source>For the mediator:</source>
        <translation>Для посередника:</translation>
    </message>
    <message>
        <source>%1 of %2 confirmed people are on the returned list; %3 discrepancies to settle.</source>
        <translation>%1 із %2 підтверджених осіб є у списку повернених; розбіжностей для розгляду: %3.</translation>
    </message>
    <message>
        <source>No returned list yet. After the exchange, import the returnees&apos; list (Lists → Import a list…, list: returned) to reconcile it with the agreed list.</source>
        <translation>Списку повернених ще немає. Після обміну імпортуйте його (Списки → Імпортувати список…, список: повернені), щоб звірити з погодженим списком.</translation>
    </message>
    <message>
        <source>Execute the round</source>
        <translation>Виконання раунду</translation>
    </message>
    <message>
        <source>Mark the people who came as exchanged, change their status and the status of their families&apos; tracing requests, and queue the letters owed? You can undo it until the round is closed.</source>
        <translation>Позначити тих, хто прибув, як обміняних, змінити їхній статус і статус запитів їхніх родин та поставити в чергу належні листи? Це можна скасувати, доки раунд не закрито.</translation>
    </message>
    <message>
        <source>Executing the round…</source>
        <translation>Виконання раунду…</translation>
    </message>
    <message>
        <source>%1 exchanged, %2 listed but did not come, %3 came unlisted. %4 tracing requests updated. Letters owed, waiting in Letters → Batch: %5 return or release, %6 inclusion in the round.</source>
        <translation>Обміняно: %1; у списку, але не прибули: %2; прибули поза списком: %3. Оновлено запитів: %4. Належні листи чекають у Листи → Пакет: повернення або звільнення — %5, включення до раунду — %6.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Скасування…</translation>
    </message>
    <message>
        <source>After closing, the round&apos;s execution can no longer be undone. Close it?</source>
        <translation>Після закриття виконання раунду вже не можна буде скасувати. Закрити?</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Закриття…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Експорт списку</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Exported %1 entries.</source>
        <translation>Експортовано рядків: %1.</translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation>Підсумок раунду</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Створення підсумку…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the list</source>
        <translation>Експорт списку</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), as the list is filtered now. Choose the columns and the format. The exported file is not encrypted: keep it only as long as needed.</source>
        <translation>
            <numerusform>%n запис, як відфільтровано зараз. Виберіть стовпці та формат. Експортований файл не зашифрований: зберігайте його лише стільки, скільки потрібно.</numerusform>
            <numerusform>%n записи, як відфільтровано зараз. Виберіть стовпці та формат. Експортований файл не зашифрований: зберігайте його лише стільки, скільки потрібно.</numerusform>
            <numerusform>%n записів, як відфільтровано зараз. Виберіть стовпці та формат. Експортований файл не зашифрований: зберігайте його лише стільки, скільки потрібно.</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жодного</translation>
    </message>
    <message>
        <source>CSV (UTF-8, opens in Excel)</source>
        <translation>CSV (UTF-8, відкривається в Excel)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Виберіть принаймні один стовпець.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Експортувати до</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
</context>
<context>
    <name>FactsTab</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Framework agreement</source>
        <translation>Рамкова домовленість</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Посередники</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Оголошено</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Погоджено</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Handover place</source>
        <translation>Місце передачі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Agreed, our side</source>
        <translation>Погоджено, наша сторона</translation>
    </message>
    <message>
        <source>Agreed, their side</source>
        <translation>Погоджено, інша сторона</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Agreed per category</source>
        <translation>Погоджено за категоріями</translation>
    </message>
    <message>
        <source>Save the round</source>
        <translation>Зберегти раунд</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>hidden for your role</source>
        <translation>приховано для вашої ролі</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>CaseApp user guide</source>
        <extracomment>Pages of the guide, by file name, in reading order (the contents page links them all).</extracomment>
        <translation>Посібник користувача CaseApp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Зміст</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <source>This vault was copied from another laptop. It now has a device id of its own and can import bundles, but it cannot send any: ask a coordinator for a provisioning file and create this laptop&apos;s own vault from it.</source>
        <translation>Це сховище скопійовано з іншого ноутбука. Тепер воно має власний ідентифікатор пристрою й може імпортувати пакети, але не може їх надсилати: попросіть координатора про файл підключення й створіть із нього власне сховище цього ноутбука.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Інша тека…</translation>
    </message>
    <message>
        <source>Write bundle to the drive</source>
        <translation>Записати пакет на диск</translation>
    </message>
    <message>
        <source>Import a bundle from the drive…</source>
        <translation>Імпортувати пакет з диска…</translation>
    </message>
    <message>
        <source>Drive:</source>
        <translation>Диск:</translation>
    </message>
    <message>
        <source>For laptop:</source>
        <translation>Для ноутбука:</translation>
    </message>
    <message>
        <source>A bundle carries the changes the chosen laptop has not had yet, encrypted for your team and signed by this laptop. Importing checks the whole bundle first: a damaged, altered or foreign bundle is refused and nothing is changed.</source>
        <translation>Пакет містить зміни, яких вибраний ноутбук ще не отримував, зашифровані для вашої команди й підписані цим ноутбуком. Під час імпорту спершу перевіряється весь пакет: пошкоджений, змінений чи чужий пакет відхиляється, і нічого не змінюється.</translation>
    </message>
    <message>
        <source>Laptop of the team</source>
        <translation>Ноутбук команди</translation>
    </message>
    <message>
        <source>Last bundle made for it</source>
        <translation>Останній пакет для нього</translation>
    </message>
    <message>
        <source>Last bundle from it</source>
        <translation>Останній пакет від нього</translation>
    </message>
    <message>
        <source>Add a laptop to the team…</source>
        <translation>Додати ноутбук до команди…</translation>
    </message>
    <message>
        <source>Writes a provisioning file to the drive: the new laptop creates its vault from it (its own identity, a copy of the data). Give the one-time passphrase separately.</source>
        <translation>Записує на диск файл підключення: новий ноутбук створює з нього своє сховище (власна ідентичність, копія даних). Одноразову парольну фразу передайте окремо.</translation>
    </message>
    <message>
        <source>Revoke the selected laptop…</source>
        <translation>Відкликати вибраний ноутбук…</translation>
    </message>
    <message>
        <source>No USB drive found: plug one in, or choose a folder</source>
        <translation>USB-диск не знайдено: вставте його або виберіть теку</translation>
    </message>
    <message>
        <source>Folder for bundles</source>
        <translation>Тека для пакетів</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (цей ноутбук)</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (відкликано)</translation>
    </message>
    <message>
        <source>Everything (any laptop, all changes)</source>
        <translation>Усе (будь-який ноутбук, усі зміни)</translation>
    </message>
    <message>
        <source>Add a laptop</source>
        <translation>Додати ноутбук</translation>
    </message>
    <message>
        <source>Choose the drive first.</source>
        <translation>Спершу виберіть диск.</translation>
    </message>
    <message>
        <source>Name of the new laptop (e.g. its asset tag):</source>
        <translation>Назва нового ноутбука (наприклад, інвентарний номер):</translation>
    </message>
    <message>
        <source>One-time passphrase for the file (at least 10 characters):</source>
        <translation>Одноразова парольна фраза для файлу (щонайменше 10 символів):</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Повторіть парольну фразу:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>Парольні фрази різняться. Нічого не записано.</translation>
    </message>
    <message>
        <source>Provisioning file written: %1. On the new laptop: caseapp init --provision FILE. Delete the file once used: it opens the team&apos;s data.</source>
        <translation>Файл підключення записано: %1. На новому ноутбуці: caseapp init --provision FILE. Після використання видаліть файл: він відкриває дані команди.</translation>
    </message>
    <message>
        <source>Writing the provisioning file…</source>
        <translation>Запис файлу підключення…</translation>
    </message>
    <message>
        <source>Revoke a laptop</source>
        <translation>Відкликати ноутбук</translation>
    </message>
    <message>
        <source>Select the lost or stolen laptop first.</source>
        <translation>Спершу виберіть загублений чи викрадений ноутбук.</translation>
    </message>
    <message>
        <source>Revoke %1? Its bundles will be refused by every laptop that has received the revocation. This cannot be undone.</source>
        <translation>Відкликати %1? Його пакети відхилятиме кожен ноутбук, що отримав відкликання. Це не можна скасувати.</translation>
    </message>
    <message>
        <source>Reason (e.g. lost at the checkpoint):</source>
        <translation>Причина (наприклад, загублено на блокпосту):</translation>
    </message>
    <message>
        <source>%1 is revoked. Its bundles are refused from now on, and bundles written from now on use a new team key it does not hold.</source>
        <translation>%1 відкликано. Відтепер його пакети не приймаються, а пакети, записані відтепер, шифруються новим ключем команди, якого він не має.</translation>
    </message>
    <message>
        <source>%1 is revoked. Its bundles are refused from now on.</source>
        <translation type="vanished">%1 відкликано. Відтепер його пакети відхиляються.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Відкликання…</translation>
    </message>
    <message>
        <source>Written: %1 (%2 changes, %3 files, %4 KB). Take the drive to the laptop.</source>
        <translation>Записано: %1 (змін: %2, файлів: %3, %4 КБ). Віднесіть диск до ноутбука.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запис пакета…</translation>
    </message>
    <message>
        <source>Bundle to import</source>
        <translation>Пакет для імпорту</translation>
    </message>
    <message>
        <source>CaseApp bundles (*%1)</source>
        <translation>Пакети CaseApp (*%1)</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Перевірка та імпорт пакета…</translation>
    </message>
    <message>
        <source>Imported from %1: %2 new, %3 changed, %4 new conflict(s), %5 already here.</source>
        <translation>Імпортовано з %1: нових — %2, змінених — %3, нових конфліктів — %4, уже наявних — %5.</translation>
    </message>
    <message>
        <source>%1 record(s) were kept aside: this version of CaseApp refuses them.</source>
        <translation>Відкладено записів: %1 — ця версія CaseApp їх не приймає.</translation>
    </message>
    <message>
        <source>Some reference numbers were used twice; both records are kept.</source>
        <translation>Деякі номери використано двічі; обидва записи збережено.</translation>
    </message>
    <message>
        <source>The sending laptop&apos;s clock is more than a day ahead.</source>
        <translation>Годинник ноутбука-відправника поспішає більш ніж на добу.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No changes yet: the record has not been saved.</source>
        <translation>Змін ще немає: запис не збережено.</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>Import a round list</source>
        <extracomment>The priority reasons an entry can carry (stored comma-separated in ``priority_reasons``).</extracomment>
        <translation>Імпорт списку раунду</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не вибрано</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>For example: ICRC</source>
        <translation>Наприклад: МКЧХ</translation>
    </message>
    <message>
        <source>File (CSV or XLSX)</source>
        <translation>Файл (CSV або XLSX)</translation>
    </message>
    <message>
        <source>Whose people</source>
        <translation>Чиї люди</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Received or sent on</source>
        <translation>Отримано або надіслано</translation>
    </message>
    <message>
        <source>Received from / sent to</source>
        <translation>Від кого / кому</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Стовпець у файлі</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Перші значення</translation>
    </message>
    <message>
        <source>Goes to field</source>
        <translation>Іде в поле</translation>
    </message>
    <message>
        <source>Round list</source>
        <translation>Список раунду</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx)</source>
        <translation>Списки (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Читання списку…</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(пропустити)</translation>
    </message>
    <message>
        <source>Choose the file of the list.</source>
        <translation>Виберіть файл списку.</translation>
    </message>
    <message>
        <source>Two columns go to the same field: %1. Choose one.</source>
        <translation>Два стовпці йдуть в одне поле: %1. Виберіть один.</translation>
    </message>
    <message>
        <source>Choose the field each column goes to: at least the name (as written, or family and given name).</source>
        <translation>Виберіть, у яке поле йде кожен стовпець: щонайменше ім&apos;я (як написано, або прізвище та ім&apos;я).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s). Choose the field each column goes to; columns left on “(ignore)” are kept with the entry as written but not read.</source>
        <translation>
            <numerusform>%1: %n рядок. Виберіть, у яке поле йде кожен стовпець; стовпці з «(пропустити)» зберігаються із записом як написано, але не читаються.</numerusform>
            <numerusform>%1: %n рядки. Виберіть, у яке поле йде кожен стовпець; стовпці з «(пропустити)» зберігаються із записом як написано, але не читаються.</numerusform>
            <numerusform>%1: %n рядків. Виберіть, у яке поле йде кожен стовпець; стовпці з «(пропустити)» зберігаються із записом як написано, але не читаються.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping used last time for a list with these columns is preselected.</source>
        <translation>Вибрано відповідність, використану минулого разу для списку з такими стовпцями.</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Ім&apos;я як у списку</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import tracing requests</source>
        <translation>Імпорт запитів на розшук</translation>
    </message>
    <message>
        <source>Import prisoner records</source>
        <translation>Імпорт записів про полонених</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Choose a list in CSV (UTF-8) or Excel (.xlsx) format. The first row must hold the column names. Nothing is imported before you have seen what would happen.</source>
        <translation>Виберіть список у форматі CSV (UTF-8) або Excel (.xlsx). Перший рядок має містити назви стовпців. Нічого не імпортується, доки ви не побачите, що станеться.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Стовпець у файлі</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Перші значення</translation>
    </message>
    <message>
        <source>Goes to field</source>
        <translation>Іде в поле</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Перші рядки файлу</translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Усі рядки правильні.</translation>
    </message>
    <message>
        <source>No row looks like a record already in the vault (same name and birth date).</source>
        <translation>Жоден рядок не схожий на запис, що вже є у сховищі (те саме ім&apos;я та дата народження).</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Неправильні рядки</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <source>Leave out the invalid rows and import the rest</source>
        <translation>Пропустити неправильні рядки й імпортувати решту</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Прочитати файл</translation>
    </message>
    <message>
        <source>Check the list (dry run)</source>
        <translation>Перевірити список (пробний прогін)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Choose a list</source>
        <translation>Виберіть список</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.tsv *.txt)</source>
        <translation>Списки (*.csv *.xlsx *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Спершу виберіть файл.</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Читання списку…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s). Choose the field each column goes to; columns left on “(ignore)” are not imported.</source>
        <translation>
            <numerusform>%1: %n рядок. Виберіть поле для кожного стовпця; стовпці з позначкою «(пропустити)» не імпортуються.</numerusform>
            <numerusform>%1: %n рядки. Виберіть поле для кожного стовпця; стовпці з позначкою «(пропустити)» не імпортуються.</numerusform>
            <numerusform>%1: %n рядків. Виберіть поле для кожного стовпця; стовпці з позначкою «(пропустити)» не імпортуються.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping used last time for a list with these columns is preselected.</source>
        <translation>Попередньо вибрано відповідність, використану минулого разу для списку з такими стовпцями.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(пропустити)</translation>
    </message>
    <message>
        <source>Two columns go to the same field: %1. Choose one.</source>
        <translation>Два стовпці йдуть в одне поле: %1. Виберіть один.</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>Перевірка списку…</translation>
    </message>
    <message>
        <source>%1 record(s) would be created, %2 look like records already known, %3 row(s) are invalid.</source>
        <translation>Буде створено записів: %1; схожих на вже відомі: %2; неправильних рядків: %3.</translation>
    </message>
    <message>
        <source>%1 row(s) name a record by its reference number and would update it; %2 already match.</source>
        <translation>%1 рядк(ів) називають запис його номером і оновлять його; %2 уже збігаються.</translation>
    </message>
    <message>
        <source>This very file has been imported before.</source>
        <translation>Саме цей файл уже імпортували раніше.</translation>
    </message>
    <message>
        <source>The list is not imported while it has invalid rows: correct the file, or leave those rows out.</source>
        <translation>Список не імпортується, доки в ньому є неправильні рядки: виправте файл або пропустіть ці рядки.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>Row %1 looks like %2</source>
        <translation>Рядок %1 схожий на %2</translation>
    </message>
    <message>
        <source>Invalid rows (%1)</source>
        <translation>Неправильні рядки (%1)</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Можливі дублікати (%1)</translation>
    </message>
    <message>
        <source>Import the same file again?</source>
        <translation>Імпортувати той самий файл ще раз?</translation>
    </message>
    <message>
        <source>This very file has been imported before. Importing it again creates %1 record(s) a second time. Import it again anyway?</source>
        <translation>Саме цей файл уже імпортовано раніше. Повторний імпорт створить %1 запис(ів) удруге. Усе одно імпортувати?</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Imported %1 record(s) from %2.
The file&apos;s SHA-256 (%3) is kept with every record it created.</source>
        <translation>Імпортовано записів: %1 з файлу %2.
SHA-256 файлу (%3) зберігається з кожним створеним з нього записом.</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Затвердити</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Зберегти лист</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="vanished">Не вдалося записати файл.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Search: letter number, request number or recipient</source>
        <translation>Пошук: номер листа, номер запиту або одержувач</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Будь-який вид</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Будь-яка мова</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation>Новий лист…</translation>
    </message>
    <message>
        <source>Open / reprint…</source>
        <translation>Відкрити / передрукувати…</translation>
    </message>
    <message>
        <source>Review and approve…</source>
        <translation>Переглянути й затвердити…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Виправити…</translation>
    </message>
    <message>
        <source>A new letter that corrects the selected one</source>
        <translation>Новий лист, що виправляє вибраний</translation>
    </message>
    <message>
        <source>Batch…</source>
        <translation>Пакет…</translation>
    </message>
    <message>
        <source>Template specimens…</source>
        <translation>Зразки шаблонів…</translation>
    </message>
    <message>
        <source>Organisation profile…</source>
        <translation>Профіль організації…</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Надіслано поштою</translation>
    </message>
    <message>
        <source>Returned undelivered</source>
        <translation>Повернуто, не доставлено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Позначити як</translation>
    </message>
    <message>
        <source>No letter matches. “New letter” writes one for a tracing request; “Batch” writes the letters a round or a status change owes.</source>
        <translation>Жоден лист не відповідає. «Новий лист» пише лист за запитом на розшук; «Пакет» пише листи, які належать після раунду чи зміни статусу.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <extracomment>On the reader thread, latest answer only: a change never queues it behind the writer.</extracomment>
        <translation>Пошук…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n лист</numerusform>
            <numerusform>%n листи</numerusform>
            <numerusform>%n листів</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding letters owed…</source>
        <translation type="vanished">Пошук належних листів…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n request(s)</source>
        <translation>
            <numerusform>%1 — %2: %n запит</numerusform>
            <numerusform>%1 — %2: %n запити</numerusform>
            <numerusform>%1 — %2: %n запитів</numerusform>
        </translation>
    </message>
    <message>
        <source>Owed after exchange rounds:</source>
        <translation>Належать листи після раундів обміну:</translation>
    </message>
    <message>
        <source>Open the batch of letters for that round and kind</source>
        <translation>Відкрити пакет листів для цього раунду й виду</translation>
    </message>
    <message>
        <source>Opening the letter…</source>
        <translation>Відкриття листа…</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Лист %1</translation>
    </message>
    <message>
        <source>News of death: read the letter. Approving it lets it be printed and sent; it must be approved by someone other than the person who generated it.</source>
        <translation>Повідомлення про смерть: прочитайте лист. Після затвердження його можна друкувати й надсилати; затвердити його має не та особа, яка його створила.</translation>
    </message>
    <message>
        <source>Not delivered in person, because: %1</source>
        <translation>Вручається не особисто, бо: %1</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Затвердження…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>Cancel letter %1? A cancelled letter cannot be sent any more.</source>
        <translation>Скасувати лист %1? Скасований лист більше не можна надіслати.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>Link</source>
        <extracomment>The links were read again (the owner updates its tab title).</extracomment>
        <translation>Зв&apos;язок</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Suggested (%1)</source>
        <translation>Запропоновано (%1)</translation>
    </message>
    <message>
        <source>Links appear here once the record is saved.</source>
        <translation>Зв&apos;язки з&apos;являться тут, коли запис буде збережено.</translation>
    </message>
    <message>
        <source>Prisoner records this request is linked to. Double-click one to open it.</source>
        <translation>Записи про полонених, пов&apos;язані з цим запитом. Двічі клацніть, щоб відкрити.</translation>
    </message>
    <message>
        <source>Tracing requests linked to this person. Double-click one to open it.</source>
        <translation>Запити про розшук, пов&apos;язані з цією особою. Двічі клацніть, щоб відкрити.</translation>
    </message>
    <message>
        <source>No prisoner record is linked yet. Suggestions appear after the next matching run (Suggested matches…).</source>
        <translation>Жоден запис про полоненого ще не пов&apos;язано. Пропозиції з&apos;являться після наступного зіставлення (Запропоновані збіги…).</translation>
    </message>
    <message>
        <source>No tracing request is linked to this person yet.</source>
        <translation>З цією особою ще не пов&apos;язано жодного запиту про розшук.</translation>
    </message>
    <message numerus="yes">
        <source>Links (%n)</source>
        <translation>
            <numerusform>Зв&apos;язки (%n)</numerusform>
            <numerusform>Зв&apos;язки (%n)</numerusform>
            <numerusform>Зв&apos;язки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Зв&apos;язки</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Import a list…</source>
        <extracomment>A list just imported: shown once the round&apos;s lists are read again. The prisoner index, kept between list matchings and refreshed from broadcast changes.</extracomment>
        <translation>Імпортувати список…</translation>
    </message>
    <message>
        <source>Match again</source>
        <translation>Зіставити знову</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Ім&apos;я як у списку</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Зіставлення</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>No list yet: import the first version.</source>
        <translation>Списку ще немає: імпортуйте першу версію.</translation>
    </message>
    <message>
        <source>First version: %1 entries.</source>
        <translation>Перша версія: рядків — %1.</translation>
    </message>
    <message>
        <source>Since the previous version: %1 added, %2 removed, %3 changed.</source>
        <translation>Порівняно з попередньою версією: додано %1, вилучено %2, змінено %3.</translation>
    </message>
    <message>
        <source>Importing the list…</source>
        <translation>Імпорт списку…</translation>
    </message>
    <message>
        <source>Matching the list…</source>
        <translation>Зіставлення списку…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <extracomment>Where the user was at the last lock: (account id, section, the section&apos;s place).</extracomment>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Облікові записи…</translation>
    </message>
    <message>
        <source>&amp;About CaseApp</source>
        <translation>&amp;Про CaseApp</translation>
    </message>
    <message>
        <source>&amp;Check the vault file…</source>
        <translation>&amp;Перевірити файл сховища…</translation>
    </message>
    <message>
        <source>Close the vault now; your passphrase opens it again</source>
        <translation>Закрити сховище зараз; ваша парольна фраза відкриє його знову</translation>
    </message>
    <message>
        <source>&amp;Purge closed cases…</source>
        <translation>&amp;Очистити закриті справи…</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>Екстрене &amp;знищення…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Змінити мою &amp;парольну фразу…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Зробити резервну копію…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation>Блокувати під час &amp;бездіяльності…</translation>
    </message>
    <message>
        <source>&amp;Backup reminder…</source>
        <translation>Нагадування про &amp;резервну копію…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Посібник користувача</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>A task is still running. Change the language once it has finished.</source>
        <translation>Ще виконується завдання. Змініть мову, коли воно завершиться.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Сховище: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Увійшли: %1 (%2)</translation>
    </message>
    <message>
        <source>Recording in the audit trail…</source>
        <translation>Запис у журнал аудиту…</translation>
    </message>
    <message>
        <source>Emergency wipe</source>
        <translation>Екстрене знищення</translation>
    </message>
    <message>
        <source>Every key slot was destroyed (%1 ms). No passphrase opens this vault now; only the recovery key does.</source>
        <translation>Усі ключові слоти знищено (%1 мс). Тепер жодна парольна фраза не відкриває це сховище; відкриває лише ключ відновлення.</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Змінити мою парольну фразу</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. The old one no longer opens the vault.</source>
        <translation>Вашу парольну фразу змінено. Стара більше не відкриває сховище.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Зміна парольної фрази…</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Блокування під час бездіяльності</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without keyboard or mouse:</source>
        <translation>Блокувати сховище через стільки хвилин без клавіатури та миші:</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервну копію записано: %1</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Нагадування про резервну копію</translation>
    </message>
    <message>
        <source>Remind to back up after this many days without a backup (0: never):</source>
        <translation>Нагадувати про резервну копію через стільки днів без неї (0 — ніколи):</translation>
    </message>
    <message>
        <source>Saving the backup reminder</source>
        <translation>Збереження нагадування</translation>
    </message>
    <message>
        <source>The vault was restored from the backup. Unlock it to go on.</source>
        <translation>Сховище відновлено з резервної копії. Розблокуйте його, щоб продовжити.</translation>
    </message>
    <message>
        <source>The vault it replaced is kept as %1.</source>
        <translation>Замінене сховище збережено як %1.</translation>
    </message>
    <message>
        <source>About CaseApp</source>
        <translation>Про CaseApp</translation>
    </message>
    <message>
        <source>CaseApp %1 — offline casework for tracing detained persons.</source>
        <translation>CaseApp %1 — офлайн-робота з розшуку затриманих осіб.</translation>
    </message>
</context>
<context>
    <name>MatchReview</name>
    <message>
        <source>Tracing request</source>
        <extracomment>What a decision will change, and once made, that it happened. The last decision made here, said plainly (stays while the next one is reviewed). The question asked before a risky decision (non-modal; tests answer it).</extracomment>
        <translation>Запит на розшук</translation>
    </message>
    <message>
        <source>Prisoner record</source>
        <translation>Запис про полоненого</translation>
    </message>
    <message>
        <source>Choose a suggestion above to compare the two records.</source>
        <translation>Виберіть пропозицію вище, щоб порівняти два записи.</translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation>Підтвердити збіг</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>Matching only suggests. Confirm only when you are sure it is the same person.</source>
        <translation>Зіставлення лише пропонує. Підтверджуйте, тільки коли впевнені, що це та сама особа.</translation>
    </message>
    <message>
        <source>Select a suggestion to review it.</source>
        <translation>Виберіть пропозицію, щоб її розглянути.</translation>
    </message>
    <message>
        <source>score %1 (%2)</source>
        <translation>оцінка %1 (%2)</translation>
    </message>
    <message>
        <source>Compared with the others: %1</source>
        <translation>У порівнянні з іншими: %1</translation>
    </message>
    <message>
        <source>Confirming will set the request&apos;s status to “%1”.</source>
        <translation>Підтвердження змінить статус запиту на «%1».</translation>
    </message>
    <message>
        <source>Reopening will set the request&apos;s status back to “%1”.</source>
        <translation>Повторне відкриття поверне статус запиту на «%1».</translation>
    </message>
    <message>
        <source>The request&apos;s status stays “%1”.</source>
        <translation>Статус запиту залишиться «%1».</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Status: %1 by %2 on %3</source>
        <translation>Статус: %1, рішення: %2, %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation>Підтвердження…</translation>
    </message>
    <message>
        <source>Match confirmed.</source>
        <translation>Збіг підтверджено.</translation>
    </message>
    <message>
        <source>Confirm this match?</source>
        <translation>Підтвердити цей збіг?</translation>
    </message>
    <message>
        <source>Confirm anyway</source>
        <translation>Усе одно підтвердити</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Відхилення…</translation>
    </message>
    <message>
        <source>Reopening…</source>
        <translation>Повторне відкриття…</translation>
    </message>
    <message>
        <source>Match reopened.</source>
        <translation>Збіг знову відкрито.</translation>
    </message>
    <message>
        <source>Reopen this match?</source>
        <translation>Знову відкрити цей збіг?</translation>
    </message>
    <message>
        <source>Reopen anyway</source>
        <translation>Усе одно відкрити</translation>
    </message>
    <message>
        <source>The request&apos;s status is now “%1”.</source>
        <translation>Статус запиту тепер «%1».</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Show all requests</source>
        <extracomment>Said with the next re-match&apos;s result (the weights just learned).</extracomment>
        <translation>Показати всі запити</translation>
    </message>
    <message>
        <source>Any band</source>
        <translation>Будь-яка оцінка</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>На розгляд</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <source>Re-match now</source>
        <translation>Зіставити зараз</translation>
    </message>
    <message>
        <source>Look again for prisoner records matching the open tracing requests</source>
        <translation>Знову пошукати записи про полонених, що відповідають відкритим запитам на розшук</translation>
    </message>
    <message>
        <source>Suggested matches for all tracing requests</source>
        <translation>Запропоновані збіги для всіх запитів на розшук</translation>
    </message>
    <message>
        <source>Suggested matches for %1</source>
        <translation>Запропоновані збіги для %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n пропозиція</numerusform>
            <numerusform>%n пропозиції</numerusform>
            <numerusform>%n пропозицій</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestion with this status.</source>
        <translation>Немає пропозицій із цим статусом.</translation>
    </message>
    <message>
        <source>No suggestion to review for this request. Its Links tab shows a confirmed prisoner record; new lists are matched against it as they arrive.</source>
        <translation>Для цього запиту немає пропозицій на розгляд. Вкладка «Зв&apos;язки» показує підтверджений запис про полоненого; нові списки зіставляються з запитом, щойно надходять.</translation>
    </message>
    <message>
        <source>No suggestion to review. Requests and imported lists are matched as they are saved; “Re-match now” compares everything again.</source>
        <translation>Немає пропозицій на розгляд. Запити й імпортовані списки зіставляються під час збереження; «Зіставити знову» порівнює все ще раз.</translation>
    </message>
    <message>
        <source>Re-matching…</source>
        <translation>Зіставлення…</translation>
    </message>
    <message>
        <source>Looking for matches…</source>
        <translation>Пошук збігів…</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Ваги</translation>
    </message>
    <message>
        <source>Which weights the matching uses: shipped, or learned from this vault</source>
        <translation>Які ваги використовує зіставлення: стандартні чи вивчені з цього сховища</translation>
    </message>
    <message>
        <source>Learn from this vault’s records and decisions</source>
        <translation>Вивчити із записів і рішень цього сховища</translation>
    </message>
    <message>
        <source>Use the shipped weights</source>
        <translation>Використовувати стандартні ваги</translation>
    </message>
    <message>
        <source>Use the learned weights</source>
        <translation>Використовувати вивчені ваги</translation>
    </message>
    <message>
        <source>Weights learned from %1 records.</source>
        <translation>Ваги вивчено з %1 записів.</translation>
    </message>
    <message>
        <source>Learning the matching weights…</source>
        <translation>Вивчення ваг зіставлення…</translation>
    </message>
    <message>
        <source>Changing the matching weights…</source>
        <translation>Зміна ваг зіставлення…</translation>
    </message>
    <message>
        <source>Re-match done: %1 new, %2 updated, %3 no longer suggested.</source>
        <translation>Зіставлення завершено: нових — %1, оновлено — %2, більше не пропонуються — %3.</translation>
    </message>
    <message>
        <source>Re-match stopped; nothing was changed.</source>
        <translation>Зіставлення зупинено; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>NewLetterDialog</name>
    <message>
        <source>Correction of letter %1</source>
        <extracomment>The earlier letter this one corrects (recorded with the new letter).</extracomment>
        <translation>Виправлення листа %1</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Новий лист</translation>
    </message>
    <message>
        <source>Request number, e.g. TR-2026-…</source>
        <translation>Номер запиту, напр. TR-2026-…</translation>
    </message>
    <message>
        <source>As on the request</source>
        <translation>Як у запиті</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <source>Find requests by a name or number</source>
        <translation>Знайти запити за ім&apos;ям або номером</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жодного</translation>
    </message>
    <message>
        <source>What the family is asked for</source>
        <translation>Які відомості просимо в родини</translation>
    </message>
    <message>
        <source>Why not in person?</source>
        <translation>Чому не особисто?</translation>
    </message>
    <message>
        <source>Why not in person (needed to send news of death by post or e-mail)</source>
        <translation>Чому не особисто (потрібно, щоб надіслати звістку про смерть поштою чи електронною поштою)</translation>
    </message>
    <message>
        <source>Tracing request</source>
        <translation>Запит на розшук</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Вид листа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Exchange round</source>
        <translation>Раунд обміну</translation>
    </message>
    <message>
        <source>Details asked for</source>
        <translation>Запитувані відомості</translation>
    </message>
    <message>
        <source>Reason for post</source>
        <translation>Причина надсилання поштою</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>No request found</source>
        <translation>Запит не знайдено</translation>
    </message>
    <message>
        <source>Preparing the letter…</source>
        <translation>Підготовка листа…</translation>
    </message>
    <message>
        <source>Generate anyway</source>
        <translation>Все одно створити</translation>
    </message>
    <message>
        <source>This letter is awaiting approval by a second person before it may be printed.</source>
        <translation>Цей лист чекає на затвердження другою особою; до того його не можна друкувати.</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Лист %1</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New exchange round</source>
        <translation>Новий раунд обміну</translation>
    </message>
    <message>
        <source>For example: 185 for 185</source>
        <translation>Наприклад: 185 на 185</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Framework agreement</source>
        <translation>Рамкова домовленість</translation>
    </message>
    <message>
        <source>Agreed, each side (N for N)</source>
        <translation>Погоджено, кожна сторона (N на N)</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Інший запис</translation>
    </message>
</context>
<context>
    <name>PartsTable</name>
    <message>
        <source>Nothing recorded yet: “Add…” records the first one.</source>
        <translation>Ще нічого не записано: «Додати…» записує перший.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Ім&apos;я для показу</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Поточна парольна фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Повторіть її</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Дві парольні фрази різняться.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use three or four unrelated words.</source>
        <translation>Цю парольну фразу надто легко вгадати. Використайте три-чотири не пов&apos;язані між собою слова.</translation>
    </message>
</context>
<context>
    <name>PrisonerEditor</name>
    <message>
        <source>Prisoner record: %1</source>
        <translation>Запис про полоненого: %1</translation>
    </message>
    <message>
        <source>Every name form as written, and its source</source>
        <translation>Усі форми імені, як їх записано, та їхні джерела</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Military and capture</source>
        <translation>Служба та полон</translation>
    </message>
    <message>
        <source>Places of detention over time</source>
        <translation>Місця утримання в часі</translation>
    </message>
    <message>
        <source>Detention and health</source>
        <translation>Утримання та здоров&apos;я</translation>
    </message>
    <message>
        <source>Events: capture, transfers, visits, release…</source>
        <translation>Події: полон, переведення, відвідування, звільнення…</translation>
    </message>
    <message>
        <source>A date known only roughly is a span: &quot;between March and May 2023&quot; is 2023-03 to 2023-05. A single day needs only the first date.</source>
        <translation>Дату, відому лише приблизно, записують проміжком: «між березнем і травнем 2023» — це 2023-03 до 2023-05. Для одного дня потрібна лише перша дата.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Історія статусу</translation>
    </message>
    <message>
        <source>Status and next of kin</source>
        <translation>Статус і найближчі родичі</translation>
    </message>
    <message>
        <source>Sources behind the facts</source>
        <translation>Джерела фактів</translation>
    </message>
    <message>
        <source>Each fact can have several sources (list, ICRC visit, capture card, testimony, media, family). When they disagree, all are kept and shown side by side.</source>
        <translation>Кожен факт може мати кілька джерел (список, візит МКЧХ, картка полоненого, свідчення, ЗМІ, родина). Якщо вони розходяться, зберігаються всі й показуються поруч.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Зв&apos;язки</translation>
    </message>
    <message>
        <source>No sources recorded for this person yet.</source>
        <translation>Для цієї особи ще не записано жодного джерела.</translation>
    </message>
    <message>
        <source>The sources agree.</source>
        <translation>Джерела узгоджуються.</translation>
    </message>
    <message>
        <source>Sources disagree:</source>
        <translation>Джерела розходяться:</translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n conflict(s))</source>
        <translation>
            <numerusform>Джерела (%n розбіжність)</numerusform>
            <numerusform>Джерела (%n розбіжності)</numerusform>
            <numerusform>Джерела (%n розбіжностей)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ще не збережено.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation>Профіль організації</translation>
    </message>
    <message>
        <source>Name, direct phone, office hours (when no caseworker is assigned)</source>
        <translation>Ім’я, прямий телефон, години роботи (коли працівника не призначено)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>Блок підпису</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <source>e.g. URCS</source>
        <translation>напр. ТЧХУ</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Вибрати логотип…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Прибрати логотип</translation>
    </message>
    <message>
        <source>Printed after the assigned caseworker&apos;s name</source>
        <translation>Друкується після імені призначеного працівника</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> тижнів</translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation>Префікс номера</translation>
    </message>
    <message>
        <source>Caseworkers&apos; direct phone</source>
        <translation>Прямий телефон працівників</translation>
    </message>
    <message>
        <source>Periodic letters after</source>
        <translation>Періодичні листи через</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Логотип (PNG або JPEG)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Виберіть логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Не вдалося прочитати файл.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge closed cases</source>
        <extracomment>The period offered when the vault has none set: two years.</extracomment>
        <translation>Очищення закритих справ</translation>
    </message>
    <message>
        <source>Closed cases that nobody has changed for longer than the retention period lose their personal data for good: names, the enquirer&apos;s details, contacts, links, letters and their PDFs, attachments, and the content of their history. Reference numbers, statuses and dates stay for statistics. The purge reaches the other laptops with the next USB bundle.</source>
        <translation>Закриті справи, які ніхто не змінював довше за строк зберігання, назавжди втрачають персональні дані: імена, дані заявника, контакти, зв&apos;язки, листи та їхні PDF, вкладення і зміст їхньої історії. Реєстраційні номери, статуси й дати залишаються для статистики. Очищення потрапить на інші ноутбуки з наступним USB-пакетом.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Keep as the vault&apos;s period</source>
        <translation>Зберегти як строк сховища</translation>
    </message>
    <message>
        <source>Show what would be purged</source>
        <translation>Показати, що буде очищено</translation>
    </message>
    <message>
        <source>Retention period for closed cases:</source>
        <translation>Строк зберігання закритих справ:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Причина закриття</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Частини</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Очистити…</translation>
    </message>
    <message>
        <source>Looking for closed cases…</source>
        <translation>Пошук закритих справ…</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) would be purged, with %1 part(s).</source>
        <translation>
            <numerusform>Буде очищено %n закриту справу (частин: %1).</numerusform>
            <numerusform>Буде очищено %n закриті справи (частин: %1).</numerusform>
            <numerusform>Буде очищено %n закритих справ (частин: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No closed case is older than this period.</source>
        <translation>Немає закритих справ, старших за цей строк.</translation>
    </message>
    <message>
        <source>Saving the retention period</source>
        <translation>Збереження строку зберігання</translation>
    </message>
    <message>
        <source>The period was kept.</source>
        <translation>Строк збережено.</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n closed case(s) for good? Their personal data cannot be brought back, here or on any other laptop.</source>
        <translation>
            <numerusform>Остаточно очистити %n закриту справу? Її персональні дані не можна буде повернути ні тут, ні на іншому ноутбуці.</numerusform>
            <numerusform>Остаточно очистити %n закриті справи? Їхні персональні дані не можна буде повернути ні тут, ні на іншому ноутбуці.</numerusform>
            <numerusform>Остаточно очистити %n закритих справ? Їхні персональні дані не можна буде повернути ні тут, ні на іншому ноутбуці.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) purged.</source>
        <translation>
            <numerusform>Очищено %n закриту справу.</numerusform>
            <numerusform>Очищено %n закриті справи.</numerusform>
            <numerusform>Очищено %n закритих справ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their reference numbers remain.</source>
        <translation>Їхні реєстраційні номери залишаються.</translation>
    </message>
    <message>
        <source>Purging closed cases</source>
        <translation>Очищення закритих справ</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Score</source>
        <extracomment>Wait this long after the last change before re-matching by itself. Our own writes: they never start an automatic re-match.</extracomment>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запит</translation>
    </message>
    <message>
        <source>Sought person</source>
        <translation>Особа, яку шукають</translation>
    </message>
    <message>
        <source>Prisoner record</source>
        <translation>Запис про полоненого</translation>
    </message>
    <message>
        <source>Name in the record</source>
        <translation>Ім&apos;я в записі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>◀ Back to the list</source>
        <extracomment>The user wants to go back to the list (already confirmed if there were changes). A save went through: the record&apos;s id. The reference number, beside the name and never shortened (a cut number reads as another number); the name gives way instead.</extracomment>
        <translation>◀ Назад до списку</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Назад до списку (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Recording in the audit trail…</source>
        <translation>Запис у журнал аудиту…</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>Не збережено. Виправте, будь ласка:</translation>
    </message>
    <message>
        <source>Your role can view this record but not change it.</source>
        <translation>Ваша роль дозволяє переглядати цей запис, але не змінювати.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Discarding changes…</source>
        <translation>Скасування змін…</translation>
    </message>
    <message>
        <source>Throw away the changes made since the last save?</source>
        <translation>Відкинути зміни, зроблені після останнього збереження?</translation>
    </message>
    <message>
        <source>This record has unsaved changes.</source>
        <translation>У цьому записі є незбережені зміни.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Зберегти їх перед виходом?</translation>
    </message>
    <message>
        <source>Keeping a draft…</source>
        <translation>Збереження чернетки…</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were restored. Save them, or use “Discard changes”.</source>
        <translation>Відновлено незбережені зміни від %1. Збережіть їх або натисніть «Скасувати зміни».</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search: a name in any script or spelling, or a number  (Ctrl+F)</source>
        <extracomment>Entity types whose changes can change what a list shows.</extracomment>
        <translation>Пошук: ім&apos;я будь-яким письмом і написанням або номер  (Ctrl+F)</translation>
    </message>
    <message>
        <source>New tracing request</source>
        <translation>Новий запит на розшук</translation>
    </message>
    <message>
        <source>New prisoner record</source>
        <translation>Новий запис про полоненого</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="vanished">Ctrl+N</translation>
    </message>
    <message>
        <source>Register a new tracing request from a family (Ctrl+N)</source>
        <translation>Зареєструвати новий запит на розшук від родини (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a prisoner record by hand (Ctrl+N)</source>
        <translation>Додати запис про полоненого вручну (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Add many records at once from a CSV or Excel file</source>
        <translation>Додати багато записів одразу з файлу CSV або Excel</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Save the records listed here to a CSV or Excel file</source>
        <translation>Зберегти записи цього списку у файл CSV або Excel</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Будь-яка категорія</translation>
    </message>
    <message>
        <source>Any caseworker</source>
        <translation>Будь-який виконавець</translation>
    </message>
    <message>
        <source>Any exchange round</source>
        <translation>Будь-який етап обміну</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Будь-яка дата</translation>
    </message>
    <message>
        <source>from</source>
        <translation>від</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Зберегти фільтр…</translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation>Видалити збережений фільтр</translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation>Збережені фільтри:</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Призначені мені</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без виконавця</translation>
    </message>
    <message>
        <source>(choose a saved filter)</source>
        <translation>(виберіть збережений фільтр)</translation>
    </message>
    <message>
        <source>Use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Type at least three letters to search.</source>
        <translation>Для пошуку введіть щонайменше три літери.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запис</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches: try fewer letters or another spelling, or clear the filters.</source>
        <translation>Нічого не знайдено: введіть менше літер чи інше написання або скиньте фільтри.</translation>
    </message>
    <message>
        <source>Other forms of the names typed are found too: “Why found” says which.</source>
        <translation>Знаходяться й інші форми введених імен: стовпець «Чому знайдено» пояснює, які саме.</translation>
    </message>
    <message>
        <source>Other forms of the names typed are found too; point at a row to see why.</source>
        <translation type="vanished">Знаходяться й інші форми введених імен; наведіть на рядок, щоб побачити чому.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="vanished">
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Зберегти фільтр</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Назва фільтра:</translation>
    </message>
    <message>
        <source>Saving the filter…</source>
        <translation>Збереження фільтра…</translation>
    </message>
    <message>
        <source>Delete the filter “%1”?</source>
        <translation>Видалити фільтр «%1»?</translation>
    </message>
    <message>
        <source>Deleting the filter…</source>
        <translation>Видалення фільтра…</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Why found</source>
        <extracomment>(field name or None, descending): the user asked for another order. rowid -&gt; (record id, *column values) The search the keys answer: rows found through another form of a name say why. Where the &quot;Why found&quot; column sits (after the names), or None when the search takes every typed name literally: the reason is read where the caseworker decides.</extracomment>
        <translation>Чому знайдено</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Повторіть її</translation>
    </message>
    <message>
        <source>The recovery key was printed when the vault was created. It sets a new passphrase for one account.</source>
        <translation>Ключ відновлення було надруковано під час створення сховища. Він дозволяє задати нову парольну фразу для одного облікового запису.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>Встановлення нової парольної фрази…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Новий ключ відновлення</translation>
    </message>
    <message>
        <source>The vault is now encrypted under a new key. Old key files and the old recovery key no longer open it. Write this new recovery key down or print it, and keep it locked away from the laptop. It will not be shown again.</source>
        <translation>Тепер сховище зашифровано новим ключем. Старі файли ключів і старий ключ відновлення більше його не відкривають. Запишіть або надрукуйте новий ключ відновлення і зберігайте його під замком окремо від ноутбука. Його не буде показано знову.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>Я записав(-ла) ключ відновлення</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>CaseApp recovery key</source>
        <translation>Ключ відновлення CaseApp</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Файл сховища: %1</translation>
    </message>
    <message>
        <source>This key opens the vault when every passphrase is forgotten.</source>
        <translation>Цей ключ відкриває сховище, коли всі парольні фрази забуто.</translation>
    </message>
    <message>
        <source>Keep this sheet locked away, apart from the laptop. Anyone who holds it and a copy of the vault can read every record.</source>
        <translation>Зберігайте цей аркуш під замком, окремо від ноутбука. Будь-хто, хто має його та копію сховища, може прочитати всі записи.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Друк ключа відновлення</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject the match</source>
        <translation>Відхилити збіг</translation>
    </message>
    <message>
        <source>For example: different birth date confirmed by the family</source>
        <translation>Наприклад: родина підтвердила іншу дату народження</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <source>Why is this not the same person? (required)</source>
        <translation>Чому це не та сама особа? (обов&apos;язково)</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Write a letter…</source>
        <extracomment>The user was told of a request for the same person and chose to save anyway.</extracomment>
        <translation>Написати лист…</translation>
    </message>
    <message>
        <source>Tracing request: %1</source>
        <translation>Запит на розшук: %1</translation>
    </message>
    <message>
        <source>Other ways the name is written</source>
        <translation>Інші написання імені</translation>
    </message>
    <message>
        <source>Sought person</source>
        <translation>Особа, яку шукають</translation>
    </message>
    <message>
        <source>Enquirer</source>
        <translation>Заявник</translation>
    </message>
    <message>
        <source>Contacts with the family</source>
        <translation>Контакти з родиною</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Історія статусу</translation>
    </message>
    <message>
        <source>Suggested matches…</source>
        <translation>Запропоновані збіги…</translation>
    </message>
    <message>
        <source>Review the prisoner records that may be this person</source>
        <translation>Переглянути записи про полонених, які можуть стосуватися цієї особи</translation>
    </message>
    <message>
        <source>Case and contacts</source>
        <translation>Справа та контакти</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Зв&apos;язки</translation>
    </message>
    <message>
        <source>This person may already be sought</source>
        <translation>Цю особу, можливо, вже шукають</translation>
    </message>
    <message>
        <source>The matcher takes this request for the same person as:
%1

Another family member may already have asked. Open the existing request to add to it, or save this one as a separate request.</source>
        <translation>Зіставлення вважає, що цей запит стосується тієї ж особи, що й:
%1

Можливо, інший член родини вже звертався. Відкрийте наявний запит, щоб доповнити його, або збережіть цей як окремий запит.</translation>
    </message>
    <message>
        <source>Open the existing request</source>
        <translation>Відкрити наявний запит</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Усе одно зберегти</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ще не збережено.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Open it with the recovery key instead</source>
        <translation>Відкрити ключем відновлення</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервної копії</translation>
    </message>
    <message>
        <source>Vault to replace</source>
        <translation>Сховище, яке замінити</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
    <message>
        <source>The backup is opened with your passphrase of the vault it replaces, as it is now, or with the recovery key (the only way after an emergency wipe, a key rotation or on another laptop), and checked page by page before anything is replaced. The vault it replaces is kept next to it, renamed with today&apos;s date.</source>
        <translation>Резервну копію відкривають вашою парольною фразою до сховища, яке вона замінює, у його теперішньому стані, або ключем відновлення (єдиний спосіб після екстреного знищення, заміни ключа чи на іншому ноутбуці) і перевіряють сторінка за сторінкою, перш ніж щось буде замінено. Замінене сховище залишиться поруч, перейменоване з сьогоднішньою датою.</translation>
    </message>
    <message>
        <source>The backup is opened with your passphrase (or the recovery key) and checked page by page before anything is replaced. The vault it replaces is kept next to it, renamed with today&apos;s date.</source>
        <translation type="vanished">Резервну копію буде відкрито вашою парольною фразою (або ключем відновлення) і перевірено сторінка за сторінкою, перш ніж щось буде замінено. Замінене сховище залишиться поруч, перейменоване з сьогоднішньою датою.</translation>
    </message>
    <message>
        <source>Backup made %1.</source>
        <translation>Резервну копію зроблено %1.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase or key.</source>
        <translation>Виберіть файл резервної копії та введіть парольну фразу або ключ.</translation>
    </message>
    <message>
        <source>Replace the vault %1 by this backup? Changes made since the backup are no longer in the restored vault; the current vault is kept next to it.</source>
        <translation>Замінити сховище %1 цією резервною копією? Змін, зроблених після неї, у відновленому сховищі не буде; поточне сховище залишиться поруч.</translation>
    </message>
    <message>
        <source>Restoring from a backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Новий раунд…</translation>
    </message>
    <message>
        <source>Lists and entries</source>
        <translation>Списки та рядки</translation>
    </message>
    <message>
        <source>Reconciliation and execution</source>
        <translation>Звірка та виконання</translation>
    </message>
    <message>
        <source>Round and agreed counts</source>
        <translation>Раунд і погоджені кількості</translation>
    </message>
    <message>
        <source>Candidates for the next round</source>
        <translation>Кандидати на наступний раунд</translation>
    </message>
    <message>
        <source>No exchange round yet. Create one with “New round…”, then import the lists.</source>
        <translation>Раундів обміну ще немає. Створіть раунд кнопкою «Новий раунд…», потім імпортуйте списки.</translation>
    </message>
    <message>
        <source> — closed</source>
        <translation> — закрито</translation>
    </message>
    <message>
        <source>Creating the round…</source>
        <translation>Створення раунду…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
</context>
<context>
    <name>SpecimenDialog</name>
    <message>
        <source>Template specimens</source>
        <translation>Зразки шаблонів</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Вид листа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Preparing the letter…</source>
        <translation>Підготовка листа…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>very weak</source>
        <translation>дуже слабка</translation>
    </message>
    <message>
        <source>too weak</source>
        <translation>надто слабка</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабка</translation>
    </message>
    <message>
        <source>good</source>
        <translation>добра</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надійна</translation>
    </message>
    <message>
        <source>Use at least %1 characters: three or four unrelated words.</source>
        <translation>Щонайменше %1 символів: три-чотири не пов&apos;язані між собою слова.</translation>
    </message>
    <message>
        <source>It contains the user name.</source>
        <translation>Вона містить ім&apos;я користувача.</translation>
    </message>
    <message>
        <source>It leans on a common word, name or password.</source>
        <translation>Вона спирається на поширене слово, ім&apos;я чи пароль.</translation>
    </message>
    <message>
        <source>It contains a keyboard pattern (like qwerty).</source>
        <translation>Вона містить послідовність клавіш (як qwerty).</translation>
    </message>
    <message>
        <source>It repeats characters or words.</source>
        <translation>У ній повторюються символи або слова.</translation>
    </message>
    <message>
        <source>It contains a sequence (like abc or 123).</source>
        <translation>Вона містить послідовність (як abc або 123).</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>Вона містить дату або рік.</translation>
    </message>
    <message>
        <source>Add another unrelated word.</source>
        <translation>Додайте ще одне не пов&apos;язане слово.</translation>
    </message>
    <message>
        <source>Three or four unrelated words make a strong passphrase.</source>
        <translation>Три-чотири не пов&apos;язані між собою слова — це надійна парольна фраза.</translation>
    </message>
    <message>
        <source>Not accepted yet. %1</source>
        <translation>Поки не приймається. %1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>USB handoff</source>
        <translation>Передача через USB</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфлікти</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Конфлікти (%n)</numerusform>
            <numerusform>Конфлікти (%n)</numerusform>
            <numerusform>Конфлікти (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Скасувати</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>%1 (stopping…)</source>
        <translation>%1 (зупинка…)</translation>
    </message>
    <message>
        <source>Stop “%1”; nothing it did is kept.</source>
        <translation>Зупинити «%1»; нічого з уже зробленого не збережеться.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ще %n</numerusform>
            <numerusform>ще %n</numerusform>
            <numerusform>ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every running job, to follow or cancel</source>
        <translation>Усі фонові завдання: стежити або скасувати</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>очікує</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Скасувати «%1»</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Розблокувати сховище</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Файл сховища</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>Counts down the wait after repeated wrong passphrases (the GUI stays usable).</extracomment>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Створити нове сховище…</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery key…</source>
        <translation>Забули парольну фразу? Скористайтеся ключем відновлення…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Відновити з резервної копії…</translation>
    </message>
    <message>
        <source>Too many wrong passphrases for this account. You can try again in %1.</source>
        <translation>Забагато неправильних парольних фраз для цього облікового запису. Спробуйте знову через %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Відкрити сховище</translation>
    </message>
    <message>
        <source>CaseApp vaults (*.caseapp);;All files (*)</source>
        <translation>Сховища CaseApp (*.caseapp);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Розблокування…</translation>
    </message>
</context>
<context>
    <name>VaultCheck</name>
    <message>
        <source>Checking every page of the vault file…</source>
        <translation>Перевірка кожної сторінки файлу сховища…</translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation>Перевірка сховища</translation>
    </message>
    <message numerus="yes">
        <source>The vault file is intact: %n page(s) read and verified.</source>
        <translation>
            <numerusform>Файл сховища цілий: прочитано й перевірено %n сторінку.</numerusform>
            <numerusform>Файл сховища цілий: прочитано й перевірено %n сторінки.</numerusform>
            <numerusform>Файл сховища цілий: прочитано й перевірено %n сторінок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault file is intact: all %1 pages were read and verified.</source>
        <translation type="vanished">Файл сховища цілий: усі %1 сторінок прочитано й перевірено.</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <extracomment>The wipe is done (its duration in ms): the window must lock.</extracomment>
        <translation>Екстрене знищення</translation>
    </message>
    <message>
        <source>DESTROY</source>
        <translation>ЗНИЩИТИ</translation>
    </message>
    <message>
        <source>Use this when the laptop is about to be lost or seized. Every key slot of this vault is destroyed: afterwards no passphrase opens the vault or the backups made with these passphrases. Only the printed recovery key, kept away from this laptop, opens it again.

Type %1 to confirm.</source>
        <translation>Використовуйте це, коли ноутбук от-от буде втрачено чи вилучено. Усі ключові слоти цього сховища буде знищено: після цього жодна парольна фраза не відкриє ні сховище, ні резервні копії, зроблені з цими парольними фразами. Відкрити його знову зможе лише надрукований ключ відновлення, що зберігається окремо від ноутбука.

Введіть %1 для підтвердження.</translation>
    </message>
    <message>
        <source>Use this when the laptop is about to be lost or seized. Every key slot of this vault is destroyed: afterwards no passphrase opens the vault, its unsaved journal or the backups made under these passphrases. Only the printed recovery key, kept away from this laptop, opens it again.

Type %1 to confirm.</source>
        <translation type="vanished">Використовуйте це, коли ноутбук от-от буде втрачено чи вилучено. Усі ключові слоти цього сховища буде знищено: після цього жодна парольна фраза не відкриє ні сховище, ні його незбережений журнал, ні резервні копії, зроблені з цими парольними фразами. Відкрити його знову зможе лише надрукований ключ відновлення, що зберігається окремо від ноутбука.

Введіть %1 для підтвердження.</translation>
    </message>
    <message>
        <source>Destroy every key slot</source>
        <translation>Знищити всі ключові слоти</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This screen is being built. Its data is already kept in the vault.</source>
        <translation type="vanished">Цей екран ще в розробці. Його дані вже зберігаються у сховищі.</translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation>Запити на розшук</translation>
    </message>
    <message>
        <source>Prisoner records</source>
        <translation>Записи про полонених</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дублікати</translation>
    </message>
    <message>
        <source>Exchange rounds</source>
        <translation>Раунди обміну</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал аудиту</translation>
    </message>
</context>
<context>
    <name>_AccountPage</name>
    <message>
        <source>Create a vault</source>
        <translation>Створення сховища</translation>
    </message>
    <message>
        <source>The vault is one encrypted file. Only the accounts you create, or the recovery key, can open it.</source>
        <translation>Сховище — це один зашифрований файл. Відкрити його можуть лише створені вами облікові записи або ключ відновлення.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Файл сховища</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Ім&apos;я адміністратора</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A few unrelated words work well.</source>
        <translation>
            <numerusform>Щонайменше %n символ. Добре підходять кілька не пов&apos;язаних слів.</numerusform>
            <numerusform>Щонайменше %n символи. Добре підходять кілька не пов&apos;язаних слів.</numerusform>
            <numerusform>Щонайменше %n символів. Добре підходять кілька не пов&apos;язаних слів.</numerusform>
        </translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Нове сховище</translation>
    </message>
    <message>
        <source>CaseApp vaults (*.caseapp)</source>
        <translation>Сховища CaseApp (*.caseapp)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Створення сховища…</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ відновлення</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way to open the vault. Write it down or print it, and keep it locked away from the laptop. It will not be shown again.</source>
        <translation>Якщо всі парольні фрази забуто, лише цей ключ відкриє сховище. Запишіть або надрукуйте його і зберігайте під замком, окремо від ноутбука. Його більше не буде показано.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Print it…</source>
        <translation>Надрукувати…</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>Я записав(-ла) або надрукував(-ла) ключ відновлення</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation type="vanished">Я записав(-ла) ключ відновлення</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>CaseApp backups (*%1);;All files (*)</source>
        <translation>Резервні копії CaseApp (*%1);;Усі файли (*)</translation>
    </message>
</context>
<context>
    <name>bands</name>
    <message>
        <source>strong</source>
        <translation>висока</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>можлива</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабка</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and the action was not completed. Nothing was changed. If it happens again, tell your coordinator what you were doing.</source>
        <translation>Сталася помилка, дію не виконано. Нічого не змінено. Якщо це повториться, розкажіть координатору, що ви робили.</translation>
    </message>
    <message>
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Required.</source>
        <extracomment>Fields that hold a paragraph rather than a line. Labels longer than this (characters) may wrap onto a second line.</extracomment>
        <translation>Обов&apos;язкове поле.</translation>
    </message>
    <message>
        <source>A family name or a given name is required.</source>
        <translation>Потрібне прізвище або ім&apos;я.</translation>
    </message>
    <message>
        <source>A closed request needs a reason.</source>
        <translation>Для закритого запиту потрібна причина.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Для відхилення потрібна причина.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Має бути число.</translation>
    </message>
    <message>
        <source>Ends before it starts: check both dates.</source>
        <translation>Закінчується раніше, ніж починається: перевірте обидві дати.</translation>
    </message>
    <message>
        <source>Give the start date too (the earliest it can be).</source>
        <translation>Вкажіть і початкову дату (найранішу можливу).</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Має бути «так» або «ні».</translation>
    </message>
    <message>
        <source>Not a date: use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Це не дата: використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Виберіть одне зі значень списку.</translation>
    </message>
    <message>
        <source>Month %1 does not exist.</source>
        <translation>Місяця %1 не існує.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in that month.</source>
        <translation>Дня %1 немає в цьому місяці.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in %2.</source>
        <translation type="vanished">Дня %1 немає в %2.</translation>
    </message>
    <message>
        <source>Year %1 is outside %2.</source>
        <translation>Рік %1 поза межами %2.</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>Text fields shown as a list to choose from: field -&gt; [(stored value, label)].</extracomment>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Name form</source>
        <translation>Форма імені</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Місце утримання</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>file, %1 bytes</source>
        <translation>файл, %1 байт</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Import batch id -&gt; its source file, for &quot;Imported from&quot;.</extracomment>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Було</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>відновлено</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <source>Power he depends on</source>
        <translation>Держава, від якої залежить</translation>
    </message>
    <message>
        <source>Armed force</source>
        <translation>Збройні сили</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Військова частина</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <source>Father&apos;s first name</source>
        <translation>Ім&apos;я батька</translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name</source>
        <translation>Дівоче прізвище матері</translation>
    </message>
    <message>
        <source>Date of capture</source>
        <translation>Дата полону</translation>
    </message>
    <message>
        <source>Place of capture</source>
        <translation>Місце полону</translation>
    </message>
    <message>
        <source>Circumstances of capture</source>
        <translation>Обставини полону</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоров&apos;я</translation>
    </message>
    <message>
        <source>Wishes to be repatriated</source>
        <translation>Бажає репатріації</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Дата статусу</translation>
    </message>
    <message>
        <source>Source of the status</source>
        <translation>Джерело статусу</translation>
    </message>
    <message>
        <source>Next of kin (name and address)</source>
        <translation>Найближчий родич (ім&apos;я та адреса)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Do not disclose (GC IV art. 137)</source>
        <translation>Не розголошувати (ЖК IV, ст. 137)</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Імпортовано з</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закриття</translation>
    </message>
    <message>
        <source>Enquirer&apos;s name</source>
        <translation>Ім&apos;я заявника</translation>
    </message>
    <message>
        <source>Enquirer&apos;s sex (for the greeting)</source>
        <translation type="vanished">Стать заявника (для звертання)</translation>
    </message>
    <message>
        <source>Form of address in letters (if not automatic)</source>
        <translation type="vanished">Звертання в листах (якщо не автоматичне)</translation>
    </message>
    <message>
        <source>Enquirer&apos;s sex</source>
        <translation>Стать заявника</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Звертання в листах</translation>
    </message>
    <message>
        <source>Relationship to the sought person</source>
        <translation>Ким доводиться особі, яку шукають</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Language for letters</source>
        <translation>Мова листів</translation>
    </message>
    <message>
        <source>Delivery channel</source>
        <translation>Спосіб доставки</translation>
    </message>
    <message>
        <source>Do not contact by phone</source>
        <translation>Не телефонувати</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Примітки щодо безпеки</translation>
    </message>
    <message>
        <source>Consents to sharing their details with the ICRC and other parties</source>
        <translation>Згоден(а) на передачу своїх даних МКЧХ та іншим сторонам</translation>
    </message>
    <message>
        <source>Date last seen / last news</source>
        <translation>Дата, коли бачили востаннє / останні звістки</translation>
    </message>
    <message>
        <source>Place last seen</source>
        <translation>Де бачили востаннє</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Обставини</translation>
    </message>
    <message>
        <source>What the family already knows, and from where</source>
        <translation>Що родина вже знає і звідки</translation>
    </message>
    <message>
        <source>Assigned caseworker</source>
        <translation>Відповідальний працівник</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата наступного контакту</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Посилання на джерело</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Дата джерела</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date (or from)</source>
        <translation>Дата (або від)</translation>
    </message>
    <message>
        <source>To (if a span)</source>
        <translation>До (якщо проміжок)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>Prisoner of war</source>
        <translation>Військовополонений</translation>
    </message>
    <message>
        <source>Civilian internee</source>
        <translation>Інтернована цивільна особа</translation>
    </message>
    <message>
        <source>Detained civilian</source>
        <translation>Затримана цивільна особа</translation>
    </message>
    <message>
        <source>Missing, status unknown</source>
        <translation>Зниклий безвісти, статус невідомий</translation>
    </message>
    <message>
        <source>Exchanged list</source>
        <translation>Список обміну</translation>
    </message>
    <message>
        <source>ICRC visit</source>
        <translation>Візит МКЧХ</translation>
    </message>
    <message>
        <source>Capture card</source>
        <translation>Картка полоненого</translation>
    </message>
    <message>
        <source>Testimony of a released detainee</source>
        <translation>Свідчення звільненого</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Здоровий</translation>
    </message>
    <message>
        <source>Wounded</source>
        <translation>Поранений</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>Тяжко хворий</translation>
    </message>
    <message>
        <source>Seriously wounded</source>
        <translation>Тяжко поранений</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Утримується</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Звільнений</translation>
    </message>
    <message>
        <source>Repatriated</source>
        <translation>Репатрійований</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>Утік</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Помер</translation>
    </message>
    <message>
        <source>Remains returned</source>
        <translation>Тіло повернуто</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкритий</translation>
    </message>
    <message>
        <source>Tracing in progress</source>
        <translation>Триває розшук</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>Можливий збіг</translation>
    </message>
    <message>
        <source>Confirmed held</source>
        <translation>Підтверджено: утримується</translation>
    </message>
    <message>
        <source>Confirmed deceased</source>
        <translation>Підтверджено: помер</translation>
    </message>
    <message>
        <source>Returned / released</source>
        <translation>Повернувся / звільнений</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закритий</translation>
    </message>
    <message>
        <source>Reunited</source>
        <translation>Возз&apos;єднання</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дублікат</translation>
    </message>
    <message>
        <source>No trace found</source>
        <translation>Слідів не знайдено</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <source>Ukrainian Cyrillic</source>
        <translation>Українська кирилиця</translation>
    </message>
    <message>
        <source>Russian Cyrillic</source>
        <translation>Російська кирилиця</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Латиниця</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Імовірно</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Полон</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Переведення</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Лікарня</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Відвідування</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Звільнення</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Репатріація</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Втеча</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <source>Prisoner record</source>
        <translation>Запис про полоненого</translation>
    </message>
    <message>
        <source>Tracing request</source>
        <translation>Запит на розшук</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <source>Acknowledgement of a request</source>
        <translation>Підтвердження отримання запиту</translation>
    </message>
    <message>
        <source>Request for more information</source>
        <translation>Запит додаткових відомостей</translation>
    </message>
    <message>
        <source>Confirmation that the person is held</source>
        <translation>Підтвердження утримання особи</translation>
    </message>
    <message>
        <source>Inclusion in an exchange round</source>
        <translation>Включення до обміну</translation>
    </message>
    <message>
        <source>Return or release</source>
        <translation>Повернення або звільнення</translation>
    </message>
    <message>
        <source>No news yet</source>
        <translation>Поки що без новин</translation>
    </message>
    <message>
        <source>News of death</source>
        <translation>Повідомлення про смерть</translation>
    </message>
    <message>
        <source>Not released in an exchange / postponed</source>
        <translation>Не звільнено під час обміну / обмін відкладено</translation>
    </message>
    <message>
        <source>Remains identified or returned</source>
        <translation>Останки ідентифіковано або повернуто</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Справу закрито</translation>
    </message>
    <message>
        <source>We cannot share information</source>
        <translation>Ми не можемо поділитися відомостями</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Надіслано поштою</translation>
    </message>
    <message>
        <source>Returned undelivered</source>
        <translation>Повернуто, не доставлено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Чекає на затвердження</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Поштою</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>Електронною поштою</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>What can change the letters owed after exchange rounds.</extracomment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Одержувач</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>This letter cannot be made:</source>
        <translation>Цей лист не можна створити:</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>to review</source>
        <translation>на розгляді</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
</context>
<context>
    <name>plain_files</name>
    <message>
        <source>This file is not encrypted</source>
        <extracomment>The warning shown last (non-modal; tests read it).</extracomment>
        <translation>Цей файл не зашифровано</translation>
    </message>
    <message>
        <source>Unlike the vault, a saved file can be read by anyone who gets it or this computer. Keep it only as long as it is needed, and delete it afterwards.</source>
        <translation>На відміну від сховища, збережений файл може прочитати будь-хто, хто отримає його або цей комп&apos;ютер. Зберігайте його лише доки він потрібен, а потім видаліть.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>працівник з розшуку</translation>
    </message>
    <message>
        <source>family liaison</source>
        <translation>зв&apos;язок із родинами</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>перегляд</translation>
    </message>
</context>
<context>
    <name>rounds</name>
    <message>
        <source>Our side</source>
        <translation>Наша сторона</translation>
    </message>
    <message>
        <source>Their side</source>
        <translation>Інша сторона</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>запитуваний</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>запропонований</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>повернені</translation>
    </message>
    <message>
        <source>POW</source>
        <translation>Військовополонений</translation>
    </message>
    <message>
        <source>Civilian</source>
        <translation>Цивільний</translation>
    </message>
    <message>
        <source>Wounded or sick</source>
        <translation>Поранений або хворий</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Неповнолітній</translation>
    </message>
    <message>
        <source>Remains</source>
        <translation>Останки</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Усього</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>запропоновано</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>переговори</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>погоджено</translation>
    </message>
    <message>
        <source>in execution</source>
        <translation>виконується</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>partially executed</source>
        <translation>виконано частково</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасовано</translation>
    </message>
    <message>
        <source>no record found</source>
        <translation>запис не знайдено</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>неоднозначно</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>на розгляді</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>exchanged</source>
        <translation>обміняний</translation>
    </message>
    <message>
        <source>not presented</source>
        <translation>не представлений</translation>
    </message>
    <message>
        <source>refused to return</source>
        <translation>відмовився повертатися</translation>
    </message>
    <message>
        <source>substituted</source>
        <translation>замінений</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>помер</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>відкладено</translation>
    </message>
    <message>
        <source>Listed, did not come</source>
        <translation>У списку, не прибув</translation>
    </message>
    <message>
        <source>Came, not listed</source>
        <translation>Прибув поза списком</translation>
    </message>
    <message>
        <source>Name written differently</source>
        <translation>Ім&apos;я написано інакше</translation>
    </message>
    <message>
        <source>On two entries or rounds</source>
        <translation>У двох рядках або раундах</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Погоджено</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>У списках</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Обміняно</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
</context>
</TS>
