<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <extracomment>The database key was rotated: the window must lock; carries the new recovery key.</extracomment>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last sign-in here</source>
        <translation>Последний вход здесь</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Включить…</translation>
    </message>
    <message>
        <source>New passphrase…</source>
        <translation>Новая парольная фраза…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Team…</source>
        <translation>Команда…</translation>
    </message>
    <message>
        <source>Caseworkers see only the tracing requests assigned to them or to their team (from their next sign-in)</source>
        <extracomment>The vault-wide need-to-know setting (caseapp.access): off = every request.</extracomment>
        <translation>Сотрудники по розыску видят только запросы о розыске, назначенные им или их команде (со следующего входа)</translation>
    </message>
    <message>
        <source>Rotate the database key…</source>
        <translation>Заменить ключ базы данных…</translation>
    </message>
    <message>
        <source>Disabling or removing an account destroys its key slot. Copies of the key file made earlier (backups, USB bundles) still hold the old key: rotate the database key to make them useless.</source>
        <translation>Отключение или удаление учётной записи уничтожает её слот ключа. Копии файла ключей, сделанные раньше (резервные копии, пакеты для USB), ещё содержат старый ключ: замените ключ базы данных, чтобы они стали непригодными.</translation>
    </message>
    <message>
        <source>Accounts are per laptop. Those that sign in on another laptop were made there: they are listed so that History can name who did what, and cannot sign in here. To let someone work on this laptop, add an account for them here.</source>
        <translation>Учётные записи принадлежат ноутбуку. Те, что входят на другом ноутбуке, созданы там: они показаны, чтобы История могла назвать, кто что сделал, и не могут войти здесь. Чтобы человек работал на этом ноутбуке, добавьте для него учётную запись здесь.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>needs a new passphrase</source>
        <translation>нужна новая парольная фраза</translation>
    </message>
    <message>
        <source>signs in on %1 only</source>
        <translation>входит только на %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>Adding the account…</source>
        <translation>Добавление учётной записи…</translation>
    </message>
    <message>
        <source>Disabling the account…</source>
        <translation>Отключение учётной записи…</translation>
    </message>
    <message>
        <source>Remove the account %1? Its history stays in the journal.</source>
        <translation>Удалить учётную запись %1? Её история останется в журнале.</translation>
    </message>
    <message>
        <source>Removing the account…</source>
        <translation>Удаление учётной записи…</translation>
    </message>
    <message>
        <source>Enable the account</source>
        <translation>Включить учётную запись</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Setting the passphrase…</source>
        <translation>Установка парольной фразы…</translation>
    </message>
    <message>
        <source>Team of %1 (empty: none)</source>
        <translation>Команда пользователя %1 (пусто — без команды)</translation>
    </message>
    <message>
        <source>Saving the team…</source>
        <translation>Сохранение команды…</translation>
    </message>
    <message>
        <source>Saving who sees which requests…</source>
        <translation>Сохранение доступа к запросам…</translation>
    </message>
    <message>
        <source>Rotate the database key</source>
        <translation>Заменить ключ базы данных</translation>
    </message>
    <message>
        <source>The whole vault is re-encrypted under a new key. Afterwards old copies of the key file, old passphrases and the old recovery key open nothing, and a new recovery key is shown once. Other accounts will need a new passphrase from an administrator. The vault locks when it is done.

Type your passphrase to go on.</source>
        <translation>Всё хранилище будет перешифровано новым ключом. После этого старые копии файла ключей, старые парольные фразы и старый ключ восстановления ничего не открывают, а новый ключ восстановления будет показан один раз. Другим учётным записям администратор должен дать новые парольные фразы. После завершения хранилище будет заблокировано.

Введите свою парольную фразу, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Re-encrypting the vault…</source>
        <translation>Перешифрование хранилища…</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>This image cannot be shown (unknown or damaged format).</source>
        <translation>Это изображение невозможно показать (неизвестный или повреждённый формат).</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>No files attached. “Add a file…” keeps a scanned letter, capture card or photo with this record.</source>
        <translation>Файлы не добавлены. «Добавить файл…» сохраняет скан письма, карточку пленного или фото вместе с этой записью.</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Просмотреть</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Scans and photos are stored encrypted inside the vault.</source>
        <translation>Сканы и фото хранятся в зашифрованном виде внутри хранилища.</translation>
    </message>
    <message>
        <source>Save the record first to attach files.</source>
        <translation>Чтобы прикрепить файлы, сначала сохраните запись.</translation>
    </message>
    <message>
        <source>Files can be attached once the record is saved.</source>
        <translation>Файлы можно добавить, когда запись будет сохранена.</translation>
    </message>
    <message>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>Attach a scan or photo</source>
        <translation>Прикрепить скан или фото</translation>
    </message>
    <message>
        <source>Scans and photos (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp *.webp *.pdf);;All files (*)</source>
        <translation>Сканы и фото (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp *.webp *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Attaching the file…</source>
        <translation>Прикрепление файла…</translation>
    </message>
    <message>
        <source>This file (%1) cannot be shown inside CaseApp. Use “Save a copy…” to open it with another program; the copy will not be encrypted.</source>
        <translation>Этот файл (%1) невозможно показать в CaseApp. Используйте «Сохранить копию…», чтобы открыть его другой программой; копия не будет зашифрована.</translation>
    </message>
    <message>
        <source>Recording in the audit trail…</source>
        <translation>Запись в журнал аудита…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>The file cannot be written there.</source>
        <translation>Туда невозможно записать файл.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>Remove “%1” from this record?</source>
        <translation>Удалить «%1» из этой записи?</translation>
    </message>
    <message>
        <source>Removing the attachment…</source>
        <translation>Удаление вложения…</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>Неудачный вход</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>Использован ключ восстановления</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source>Sensitive details opened</source>
        <translation>Открыты конфиденциальные данные</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Letter batch</source>
        <translation>Пакет писем</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Пакет записан</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Пакет импортирован</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Удаление по сроку хранения</translation>
    </message>
    <message>
        <source>Emergency wipe</source>
        <translation>Экстренное уничтожение</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Журнал аудита экспортирован</translation>
    </message>
    <message>
        <source>Conflicting audit entries</source>
        <translation>Противоречивые записи аудита</translation>
    </message>
    <message>
        <source>Enquirer&apos;s contact details</source>
        <translation>Контакты заявителя</translation>
    </message>
    <message>
        <source>Detention details</source>
        <translation>Сведения о содержании</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>created %1, changed %2, deleted %3</source>
        <translation>создано %1, изменено %2, удалено %3</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Any action</source>
        <translation>Любое действие</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Учётная запись:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Действие:</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Verify the chains</source>
        <translation>Проверить цепочки</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <source>Who changed, exported or opened what, on which laptop and when. Entries hold ids and action codes, never names or values; each laptop&apos;s entries form a chain that shows any later edit, removal or reordering.</source>
        <translation>Кто что изменил, экспортировал или открыл, на каком ноутбуке и когда. Записи содержат только идентификаторы и коды действий, никогда не имена или значения; записи каждого ноутбука образуют цепочку, которая выявляет любое последующее изменение, удаление или перестановку.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любая</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Любая учётная запись</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries checked: every chain is intact.</source>
        <translation>
            <numerusform>Проверена %n запись: все цепочки целы.</numerusform>
            <numerusform>Проверены %n записи: все цепочки целы.</numerusform>
            <numerusform>Проверено %n записей: все цепочки целы.</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1 of laptop %2 was changed after it was written</source>
        <translation>запись %1 ноутбука %2 изменена после того, как была сделана</translation>
    </message>
    <message>
        <source>an entry of laptop %2 before entry %1 is missing</source>
        <translation>отсутствует запись ноутбука %2 перед записью %1</translation>
    </message>
    <message>
        <source>entry %1 of laptop %2 is out of order</source>
        <translation>запись %1 ноутбука %2 стоит не на своём месте</translation>
    </message>
    <message>
        <source>entry %1 of laptop %2 does not follow the one before</source>
        <translation>запись %1 ноутбука %2 не продолжает предыдущую</translation>
    </message>
    <message>
        <source>the newest entries of laptop %2 after %1 are missing</source>
        <translation>отсутствуют новейшие записи ноутбука %2 после %1</translation>
    </message>
    <message>
        <source>The audit trail does not verify: %1.</source>
        <translation>Журнал аудита не проходит проверку: %1.</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Проверка журнала аудита…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Экспорт журнала аудита</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Экспорт журнала аудита…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Back up the vault</source>
        <extracomment>A backup was written: (path, size).</extracomment>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <source>Backing up the vault</source>
        <translation>Создание резервной копии хранилища</translation>
    </message>
    <message>
        <source>No backup of this vault yet: back up now</source>
        <translation>Резервной копии этого хранилища ещё нет: сделайте её сейчас</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n day(s) ago: back up now</source>
        <translation>
            <numerusform>Последняя резервная копия — %n день назад: сделайте новую</numerusform>
            <numerusform>Последняя резервная копия — %n дня назад: сделайте новую</numerusform>
            <numerusform>Последняя резервная копия — %n дней назад: сделайте новую</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch of letters</source>
        <translation>Пакет писем</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <source>Printed on both sides (blank back pages)</source>
        <translation>Двусторонняя печать (пустые оборотные страницы)</translation>
    </message>
    <message>
        <source>Find requests owed this letter</source>
        <translation>Найти запросы, которым положено это письмо</translation>
    </message>
    <message>
        <source>Generate the letters</source>
        <translation>Создать письма</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Why no letter was made</source>
        <translation>Почему письмо не создано</translation>
    </message>
    <message>
        <source>Save merged PDF…</source>
        <translation>Сохранить объединённый PDF…</translation>
    </message>
    <message>
        <source>Save individual files to a folder…</source>
        <translation>Сохранить отдельные файлы в папку…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <source>Exchange round</source>
        <translation>Раунд обмена</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Finding requests…</source>
        <translation>Поиск запросов…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) owed this letter.</source>
        <translation>
            <numerusform>%n запросу положено это письмо.</numerusform>
            <numerusform>%n запросам положено это письмо.</numerusform>
            <numerusform>%n запросам положено это письмо.</numerusform>
        </translation>
    </message>
    <message>
        <source>Generating letters…</source>
        <translation>Создание писем…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) generated</source>
        <translation>
            <numerusform>Создано %n письмо</numerusform>
            <numerusform>Создано %n письма</numerusform>
            <numerusform>Создано %n писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) skipped</source>
        <translation>
            <numerusform>пропущен %n запрос</numerusform>
            <numerusform>пропущено %n запроса</numerusform>
            <numerusform>пропущено %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Save merged PDF</source>
        <translation>Сохранить объединённый PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>Папка для писем</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>The files could not be written.</source>
        <translation>Не удалось записать файлы.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) saved.</source>
        <translation>
            <numerusform>Сохранён %n файл.</numerusform>
            <numerusform>Сохранено %n файла.</numerusform>
            <numerusform>Сохранено %n файлов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CandidatesTab</name>
    <message>
        <source>Name or reference</source>
        <translation>Имя или номер</translation>
    </message>
    <message>
        <source>Priority only (wounded, sick, 60+)</source>
        <translation>Только приоритетные (раненые, больные, 60+)</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Prisoners of war</source>
        <translation>Военнопленные</translation>
    </message>
    <message>
        <source>Civilians</source>
        <translation>Гражданские</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>В плену с</translation>
    </message>
    <message>
        <source>Priority reasons</source>
        <translation>Основания приоритета</translation>
    </message>
    <message>
        <source>Add the selected people to a draft list</source>
        <translation>Добавить выбранных в черновик списка</translation>
    </message>
    <message>
        <source>seriously wounded</source>
        <translation>тяжело ранен</translation>
    </message>
    <message>
        <source>seriously ill</source>
        <translation>тяжело болен</translation>
    </message>
    <message>
        <source>long captivity</source>
        <translation>длительный плен</translation>
    </message>
    <message>
        <source>age</source>
        <translation>возраст</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n кандидат</numerusform>
            <numerusform>%n кандидата</numerusform>
            <numerusform>%n кандидатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Добавление…</translation>
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
        <translation>Почему</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Порядок имён</translation>
    </message>
    <message>
        <source>match</source>
        <translation>совпадение</translation>
    </message>
    <message>
        <source>partial match</source>
        <translation>частичное совпадение</translation>
    </message>
    <message>
        <source>mismatch</source>
        <translation>расхождение</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кто изменил</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Keep the selected value</source>
        <translation>Оставить выбранное значение</translation>
    </message>
    <message>
        <source>Or type the right value…</source>
        <translation>Или введите правильное значение…</translation>
    </message>
    <message>
        <source>Use the typed value</source>
        <translation>Использовать введённое значение</translation>
    </message>
    <message>
        <source>Marked ★: the value shown until someone decides (the same on every laptop). Your decision travels with the next bundle and closes the conflict everywhere.</source>
        <translation>Отмечено ★: значение, которое показывается, пока кто-то не решит (одинаковое на всех ноутбуках). Ваше решение передаётся со следующим пакетом и закрывает конфликт везде.</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s).</source>
        <translation>
            <numerusform>%n открытый конфликт.</numerusform>
            <numerusform>%n открытых конфликта.</numerusform>
            <numerusform>%n открытых конфликтов.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open conflicts: every laptop agrees on every value it has seen.</source>
        <translation>Открытых конфликтов нет: все ноутбуки согласны по каждому значению, которое видели.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from bundles were kept aside because this version of CaseApp refuses them (caseapp sync conflicts lists them); update CaseApp.</source>
        <translation>
            <numerusform>%n запись из пакетов отложена, так как эта версия CaseApp её не принимает (их показывает caseapp sync conflicts); обновите CaseApp.</numerusform>
            <numerusform>%n записи из пакетов отложены, так как эта версия CaseApp их не принимает (их показывает caseapp sync conflicts); обновите CaseApp.</numerusform>
            <numerusform>%n записей из пакетов отложено, так как эта версия CaseApp их не принимает (их показывает caseapp sync conflicts); обновите CaseApp.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving the decision…</source>
        <translation>Сохранение решения…</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>New vault</source>
        <translation>Новое хранилище</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <source>Find duplicates</source>
        <translation>Найти дубликаты</translation>
    </message>
    <message>
        <source>Prisoner records that probably describe the same person (one person on several lists). Merging keeps every name form, source and link of both records.</source>
        <translation>Записи о пленных, которые, вероятно, описывают одно и то же лицо (один человек в нескольких списках). Объединение сохраняет все формы имени, источники и связи обеих записей.</translation>
    </message>
    <message>
        <source>“Find duplicates” compares every prisoner record with the others, in any script, and lists the pairs that probably describe one person.</source>
        <translation>«Найти дубликаты» сравнивает каждую запись о пленном с остальными, в любом письме, и показывает пары, которые, вероятно, описывают одного человека.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Другая запись</translation>
    </message>
    <message>
        <source>Choose a pair above to compare the two records.</source>
        <translation>Выберите пару выше, чтобы сравнить две записи.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Оставить:</translation>
    </message>
    <message>
        <source>No records merged yet.</source>
        <translation>Записи ещё не объединялись.</translation>
    </message>
    <message>
        <source>Unmerge</source>
        <translation>Разъединить</translation>
    </message>
    <message>
        <source>Merges</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <source>No likely duplicates among the prisoner records. Search again after importing a list.</source>
        <translation>Среди записей о пленных вероятных дубликатов нет. Поищите снова после импорта списка.</translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n вероятная пара дубликатов</numerusform>
            <numerusform>%n вероятные пары дубликатов</numerusform>
            <numerusform>%n вероятных пар дубликатов</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Объединение записей</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Its names, sources, detentions, events, attachments and links move to %2, and %1 is removed. You can unmerge later.</source>
        <translation>Объединить %1 с %2? Его имена, источники, места содержания, события, вложения и связи перейдут к %2, а %1 будет удалена. Позже записи можно разъединить.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <source>Unmerging…</source>
        <translation>Разъединение…</translation>
    </message>
    <message>
        <source>%1: %2 merged into %3</source>
        <translation>%1: %2 объединена с %3</translation>
    </message>
</context>
<context>
    <name>EmptyListWelcome</name>
    <message>
        <source>No tracing requests yet</source>
        <extracomment>How many invented records &quot;Load demo data&quot; adds: enough to try searching and matching, quick to create on a field laptop. Share of demo requests that seek one of the demo prisoners, so matching has work to show.</extracomment>
        <translation>Запросов на розыск ещё нет</translation>
    </message>
    <message>
        <source>No prisoner records yet</source>
        <translation>Записей о пленных ещё нет</translation>
    </message>
    <message>
        <source>A tracing request is what a family asks: whom they are looking for, and how to reach them with news. Register one when a family contacts you, or import the requests you already keep in a spreadsheet.</source>
        <translation>Запрос на розыск — это обращение семьи: кого она ищет и как сообщить ей новости. Зарегистрируйте запрос, когда к вам обращается семья, или импортируйте запросы, которые вы уже ведёте в таблице.</translation>
    </message>
    <message>
        <source>Prisoner records come from lists of detained persons (from the other party, released persons, or other sources). Import a list, or add a record by hand. CaseApp then suggests which records may match a family&apos;s request.</source>
        <translation>Записи о пленных поступают из списков удерживаемых лиц (от другой стороны, от освобождённых, из других источников). Импортируйте список или добавьте запись вручную. CaseApp подскажет, какие записи могут соответствовать запросу семьи.</translation>
    </message>
    <message>
        <source>Register the first tracing request</source>
        <translation>Зарегистрировать первый запрос на розыск</translation>
    </message>
    <message>
        <source>Add the first prisoner record</source>
        <translation>Добавить первую запись о пленном</translation>
    </message>
    <message>
        <source>Import a list (CSV or Excel)…</source>
        <translation>Импортировать список (CSV или Excel)…</translation>
    </message>
    <message>
        <source>Load demo data…</source>
        <translation>Загрузить демонстрационные данные…</translation>
    </message>
    <message>
        <source>Invented people, to try the app in a practice vault</source>
        <translation>Вымышленные люди — чтобы попробовать программу в учебном хранилище</translation>
    </message>
    <message>
        <source>Open the user guide (F1)</source>
        <translation>Открыть руководство пользователя (F1)</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузить демонстрационные данные</translation>
    </message>
    <message>
        <source>Add %1 invented tracing requests and %2 invented prisoner records, so you can try searching, matching and letters?

Use this only in a practice vault, never in one with real cases. Each demo record says in its notes that it is invented.</source>
        <translation>Добавить вымышленные запросы на розыск (%1) и вымышленные записи о пленных (%2), чтобы попробовать поиск, сопоставление и письма?

Делайте это только в учебном хранилище, никогда — в хранилище с настоящими делами. В примечаниях каждой демонстрационной записи указано, что она вымышлена.</translation>
    </message>
    <message>
        <source>Invented demo record, not a real person.</source>
        <translation>Вымышленная демонстрационная запись, не настоящий человек.</translation>
    </message>
    <message>
        <source>Creating demo records…</source>
        <translation>Создание демонстрационных записей…</translation>
    </message>
</context>
<context>
    <name>EntryPanel</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Name in the record</source>
        <translation>Имя в записи</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>As written on the list</source>
        <translation>Как в списке</translation>
    </message>
    <message>
        <source>Prisoner record</source>
        <translation>Запись о пленном</translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation>Подтвердить совпадение</translation>
    </message>
    <message>
        <source>None of these…</source>
        <translation>Ни один из них…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Create a record from the entry</source>
        <translation>Создать запись из строки списка</translation>
    </message>
    <message>
        <source>Undo this person&apos;s exchange</source>
        <translation>Отменить обмен этого лица</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Priority reasons</source>
        <translation>Основания приоритета</translation>
    </message>
    <message>
        <source>ICRC private interview done</source>
        <translation>Конфиденциальная беседа МККК проведена</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Дата беседы</translation>
    </message>
    <message>
        <source>Wishes to return</source>
        <translation>Желает вернуться</translation>
    </message>
    <message>
        <source>Medically fit to travel</source>
        <translation>Годен к переезду по состоянию здоровья</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Substituted by</source>
        <translation>Заменён на</translation>
    </message>
    <message>
        <source>Handover time</source>
        <translation>Время передачи</translation>
    </message>
    <message>
        <source>Discrepancy note</source>
        <translation>Примечание о расхождении</translation>
    </message>
    <message>
        <source>seriously_wounded, seriously_ill, long_captivity, age</source>
        <translation type="vanished">seriously_wounded (тяжело ранен), seriously_ill (тяжело болен), long_captivity (долгий плен), age (возраст)</translation>
    </message>
    <message>
        <source>Save entry</source>
        <translation>Сохранить строку</translation>
    </message>
    <message>
        <source>Matching only suggests. Confirm only when you are sure it is the same person.</source>
        <translation>Сопоставление только предлагает. Подтверждайте, только когда уверены, что это то же лицо.</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Исполнение</translation>
    </message>
    <message>
        <source>Seriously wounded</source>
        <translation>Тяжело ранен</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>Тяжело болен</translation>
    </message>
    <message>
        <source>Long captivity</source>
        <translation>Длительный плен</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Select an entry to review it.</source>
        <translation>Выберите строку списка, чтобы её проверить.</translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation>Подтверждение…</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Отклонение…</translation>
    </message>
    <message>
        <source>Reopening…</source>
        <translation>Повторное открытие…</translation>
    </message>
    <message>
        <source>Creating the record…</source>
        <translation>Создание записи…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>ExecutionTab</name>
    <message>
        <source>Discrepancy</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Other entry</source>
        <translation>Другая строка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Execute the round…</source>
        <translation>Исполнить раунд…</translation>
    </message>
    <message>
        <source>Undo the execution</source>
        <translation>Отменить исполнение</translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation>Закрыть раунд</translation>
    </message>
    <message>
        <source>Cyrillic, as recorded</source>
        <translation>Кириллицей, как записано</translation>
    </message>
    <message>
        <source>Latin: %1</source>
        <translation>Латиницей: %1</translation>
    </message>
    <message>
        <source>Agreed people</source>
        <translation>Согласованные лица</translation>
    </message>
    <message>
        <source>List as XLSX…</source>
        <translation>Список в XLSX…</translation>
    </message>
    <message>
        <source>List as PDF…</source>
        <translation>Список в PDF…</translation>
    </message>
    <message>
        <source>Summary report (PDF)…</source>
        <translation>Итоговый отчёт (PDF)…</translation>
    </message>
    <message>
        <source>For the mediator:</source>
        <translation>Для посредника:</translation>
    </message>
    <message>
        <source>%1 of %2 confirmed people are on the returned list; %3 discrepancies to settle.</source>
        <translation>%1 из %2 подтверждённых лиц есть в списке вернувшихся; расхождений для рассмотрения: %3.</translation>
    </message>
    <message>
        <source>No returned list yet. After the exchange, import the returnees&apos; list (Lists → Import a list…, list: returned) to reconcile it with the agreed list.</source>
        <translation>Списка вернувшихся ещё нет. После обмена импортируйте его (Списки → Импортировать список…, список: вернувшиеся), чтобы сверить с согласованным списком.</translation>
    </message>
    <message>
        <source>Execute the round</source>
        <translation>Исполнение раунда</translation>
    </message>
    <message>
        <source>Mark the people who came as exchanged, change their status and the status of their families&apos; tracing requests, and queue the letters owed? You can undo it until the round is closed.</source>
        <translation>Отметить прибывших как обменянных, изменить их статус и статус запросов их семей и поставить в очередь положенные письма? Это можно отменить, пока раунд не закрыт.</translation>
    </message>
    <message>
        <source>Executing the round…</source>
        <translation>Исполнение раунда…</translation>
    </message>
    <message>
        <source>%1 exchanged, %2 listed but did not come, %3 came unlisted. %4 tracing requests updated. Letters owed, waiting in Letters → Batch: %5 return or release, %6 inclusion in the round.</source>
        <translation>Обменяно: %1; в списке, но не прибыли: %2; прибыли вне списка: %3. Обновлено запросов: %4. Положенные письма ждут в Письма → Пакет: возвращение или освобождение — %5, включение в раунд — %6.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>After closing, the round&apos;s execution can no longer be undone. Close it?</source>
        <translation>После закрытия исполнение раунда уже нельзя будет отменить. Закрыть?</translation>
    </message>
    <message>
        <source>Closing…</source>
        <translation>Закрытие…</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Exported %1 entries.</source>
        <translation>Экспортировано строк: %1.</translation>
    </message>
    <message>
        <source>Round summary</source>
        <translation>Итоги раунда</translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation>Создание итогов…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), as the list is filtered now. Choose the columns and the format. The exported file is not encrypted: keep it only as long as needed.</source>
        <translation>
            <numerusform>%n запись с текущим фильтром. Выберите столбцы и формат. Экспортированный файл не зашифрован: храните его только столько, сколько нужно.</numerusform>
            <numerusform>%n записи с текущим фильтром. Выберите столбцы и формат. Экспортированный файл не зашифрован: храните его только столько, сколько нужно.</numerusform>
            <numerusform>%n записей с текущим фильтром. Выберите столбцы и формат. Экспортированный файл не зашифрован: храните его только столько, сколько нужно.</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <source>CSV (UTF-8, opens in Excel)</source>
        <translation>CSV (UTF-8, открывается в Excel)</translation>
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
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Choose at least one column.</source>
        <translation>Выберите хотя бы один столбец.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>FactsTab</name>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Framework agreement</source>
        <translation>Рамочное соглашение</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Mediators</source>
        <translation>Посредники</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Исполнено</translation>
    </message>
    <message>
        <source>Handover place</source>
        <translation>Место передачи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Agreed, our side</source>
        <translation>Согласовано, наша сторона</translation>
    </message>
    <message>
        <source>Agreed, their side</source>
        <translation>Согласовано, другая сторона</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Agreed per category</source>
        <translation>Согласовано по категориям</translation>
    </message>
    <message>
        <source>Save the round</source>
        <translation>Сохранить раунд</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <source>hidden for your role</source>
        <translation>скрыто для вашей роли</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>CaseApp user guide</source>
        <extracomment>Pages of the guide, by file name, in reading order (the contents page links them all).</extracomment>
        <translation>Руководство пользователя CaseApp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
</context>
<context>
    <name>HandoffPage</name>
    <message>
        <source>This vault was copied from another laptop. It now has a device id of its own and can import bundles, but it cannot send any: ask a coordinator for a provisioning file and create this laptop&apos;s own vault from it.</source>
        <translation>Это хранилище скопировано с другого ноутбука. Теперь у него собственный идентификатор устройства, и оно может импортировать пакеты, но не может их отправлять: попросите координатора о файле подключения и создайте из него собственное хранилище этого ноутбука.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Other folder…</source>
        <translation>Другая папка…</translation>
    </message>
    <message>
        <source>Write bundle to the drive</source>
        <translation>Записать пакет на диск</translation>
    </message>
    <message>
        <source>Import a bundle from the drive…</source>
        <translation>Импортировать пакет с диска…</translation>
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
        <translation>Пакет содержит изменения, которых выбранный ноутбук ещё не получал, зашифрованные для вашей команды и подписанные этим ноутбуком. При импорте сначала проверяется весь пакет: повреждённый, изменённый или чужой пакет отклоняется, и ничего не меняется.</translation>
    </message>
    <message>
        <source>Laptop of the team</source>
        <translation>Ноутбук команды</translation>
    </message>
    <message>
        <source>Last bundle made for it</source>
        <translation>Последний пакет для него</translation>
    </message>
    <message>
        <source>Last bundle from it</source>
        <translation>Последний пакет от него</translation>
    </message>
    <message>
        <source>Add a laptop to the team…</source>
        <translation>Добавить ноутбук в команду…</translation>
    </message>
    <message>
        <source>Writes a provisioning file to the drive: the new laptop creates its vault from it (its own identity, a copy of the data). Give the one-time passphrase separately.</source>
        <translation>Записывает на диск файл подключения: новый ноутбук создаёт из него своё хранилище (собственная идентичность, копия данных). Одноразовую парольную фразу передайте отдельно.</translation>
    </message>
    <message>
        <source>Revoke the selected laptop…</source>
        <translation>Отозвать выбранный ноутбук…</translation>
    </message>
    <message>
        <source>No USB drive found: plug one in, or choose a folder</source>
        <translation>USB-диск не найден: вставьте его или выберите папку</translation>
    </message>
    <message>
        <source>Folder for bundles</source>
        <translation>Папка для пакетов</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (этот ноутбук)</translation>
    </message>
    <message>
        <source>%1 (revoked)</source>
        <translation>%1 (отозван)</translation>
    </message>
    <message>
        <source>Everything (any laptop, all changes)</source>
        <translation>Всё (любой ноутбук, все изменения)</translation>
    </message>
    <message>
        <source>Add a laptop</source>
        <translation>Добавить ноутбук</translation>
    </message>
    <message>
        <source>Choose the drive first.</source>
        <translation>Сначала выберите диск.</translation>
    </message>
    <message>
        <source>Name of the new laptop (e.g. its asset tag):</source>
        <translation>Название нового ноутбука (например, инвентарный номер):</translation>
    </message>
    <message>
        <source>One-time passphrase for the file (at least 10 characters):</source>
        <translation>Одноразовая парольная фраза для файла (не менее 10 символов):</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <translation>Повторите парольную фразу:</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>Парольные фразы различаются. Ничего не записано.</translation>
    </message>
    <message>
        <source>Provisioning file written: %1. On the new laptop: caseapp init --provision FILE. Delete the file once used: it opens the team&apos;s data.</source>
        <translation>Файл подключения записан: %1. На новом ноутбуке: caseapp init --provision FILE. После использования удалите файл: он открывает данные команды.</translation>
    </message>
    <message>
        <source>Writing the provisioning file…</source>
        <translation>Запись файла подключения…</translation>
    </message>
    <message>
        <source>Revoke a laptop</source>
        <translation>Отозвать ноутбук</translation>
    </message>
    <message>
        <source>Select the lost or stolen laptop first.</source>
        <translation>Сначала выберите утерянный или украденный ноутбук.</translation>
    </message>
    <message>
        <source>Revoke %1? Its bundles will be refused by every laptop that has received the revocation. This cannot be undone.</source>
        <translation>Отозвать %1? Его пакеты будет отклонять каждый ноутбук, получивший отзыв. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Reason (e.g. lost at the checkpoint):</source>
        <translation>Причина (например, утерян на блокпосту):</translation>
    </message>
    <message>
        <source>%1 is revoked. Its bundles are refused from now on, and bundles written from now on use a new team key it does not hold.</source>
        <translation>%1 отозван. Отныне его пакеты не принимаются, а пакеты, записанные отныне, шифруются новым ключом команды, которого у него нет.</translation>
    </message>
    <message>
        <source>%1 is revoked. Its bundles are refused from now on.</source>
        <translation type="vanished">%1 отозван. Отныне его пакеты отклоняются.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Отзыв…</translation>
    </message>
    <message>
        <source>Written: %1 (%2 changes, %3 files, %4 KB). Take the drive to the laptop.</source>
        <translation>Записано: %1 (изменений: %2, файлов: %3, %4 КБ). Отнесите диск к ноутбуку.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
    <message>
        <source>Bundle to import</source>
        <translation>Пакет для импорта</translation>
    </message>
    <message>
        <source>CaseApp bundles (*%1)</source>
        <translation>Пакеты CaseApp (*%1)</translation>
    </message>
    <message>
        <source>Checking and importing the bundle…</source>
        <translation>Проверка и импорт пакета…</translation>
    </message>
    <message>
        <source>Imported from %1: %2 new, %3 changed, %4 new conflict(s), %5 already here.</source>
        <translation>Импортировано с %1: новых — %2, изменённых — %3, новых конфликтов — %4, уже имеющихся — %5.</translation>
    </message>
    <message>
        <source>%1 record(s) were kept aside: this version of CaseApp refuses them.</source>
        <translation>Отложено записей: %1 — эта версия CaseApp их не принимает.</translation>
    </message>
    <message>
        <source>Some reference numbers were used twice; both records are kept.</source>
        <translation>Некоторые номера использованы дважды; обе записи сохранены.</translation>
    </message>
    <message>
        <source>The sending laptop&apos;s clock is more than a day ahead.</source>
        <translation>Часы ноутбука-отправителя спешат более чем на сутки.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No changes yet: the record has not been saved.</source>
        <translation>Изменений пока нет: запись не сохранена.</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>Import a round list</source>
        <extracomment>The priority reasons an entry can carry (stored comma-separated in ``priority_reasons``).</extracomment>
        <translation>Импорт списка раунда</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>For example: ICRC</source>
        <translation>Например: МККК</translation>
    </message>
    <message>
        <source>File (CSV or XLSX)</source>
        <translation>Файл (CSV или XLSX)</translation>
    </message>
    <message>
        <source>Whose people</source>
        <translation>Чьи люди</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Received or sent on</source>
        <translation>Получено или отправлено</translation>
    </message>
    <message>
        <source>Received from / sent to</source>
        <translation>От кого / кому</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Goes to field</source>
        <translation>Идёт в поле</translation>
    </message>
    <message>
        <source>Round list</source>
        <translation>Список раунда</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx)</source>
        <translation>Списки (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Чтение списка…</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <source>Choose the file of the list.</source>
        <translation>Выберите файл списка.</translation>
    </message>
    <message>
        <source>Two columns go to the same field: %1. Choose one.</source>
        <translation>Два столбца идут в одно поле: %1. Выберите один.</translation>
    </message>
    <message>
        <source>Choose the field each column goes to: at least the name (as written, or family and given name).</source>
        <translation>Выберите, в какое поле идёт каждый столбец: как минимум имя (как написано, или фамилия и имя).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s). Choose the field each column goes to; columns left on “(ignore)” are kept with the entry as written but not read.</source>
        <translation>
            <numerusform>%1: %n строка. Выберите, в какое поле идёт каждый столбец; столбцы с «(пропустить)» сохраняются с записью как написано, но не читаются.</numerusform>
            <numerusform>%1: %n строки. Выберите, в какое поле идёт каждый столбец; столбцы с «(пропустить)» сохраняются с записью как написано, но не читаются.</numerusform>
            <numerusform>%1: %n строк. Выберите, в какое поле идёт каждый столбец; столбцы с «(пропустить)» сохраняются с записью как написано, но не читаются.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping used last time for a list with these columns is preselected.</source>
        <translation>Выбрано соответствие, использованное в прошлый раз для списка с такими столбцами.</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Имя как в списке</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import tracing requests</source>
        <translation>Импорт запросов о розыске</translation>
    </message>
    <message>
        <source>Import prisoner records</source>
        <translation>Импорт записей о пленных</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose a list in CSV (UTF-8) or Excel (.xlsx) format. The first row must hold the column names. Nothing is imported before you have seen what would happen.</source>
        <translation>Выберите список в формате CSV (UTF-8) или Excel (.xlsx). Первая строка должна содержать названия столбцов. Ничего не импортируется, пока вы не увидите, что произойдёт.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <source>Goes to field</source>
        <translation>Идёт в поле</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>Every row is valid.</source>
        <translation>Все строки правильные.</translation>
    </message>
    <message>
        <source>No row looks like a record already in the vault (same name and birth date).</source>
        <translation>Ни одна строка не похожа на запись, которая уже есть в хранилище (то же имя и дата рождения).</translation>
    </message>
    <message>
        <source>Invalid rows</source>
        <translation>Неверные строки</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Leave out the invalid rows and import the rest</source>
        <translation>Пропустить неверные строки и импортировать остальные</translation>
    </message>
    <message>
        <source>Read the file</source>
        <translation>Прочитать файл</translation>
    </message>
    <message>
        <source>Check the list (dry run)</source>
        <translation>Проверить список (пробный прогон)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose a list</source>
        <translation>Выберите список</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.tsv *.txt)</source>
        <translation>Списки (*.csv *.xlsx *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Чтение списка…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s). Choose the field each column goes to; columns left on “(ignore)” are not imported.</source>
        <translation>
            <numerusform>%1: %n строка. Выберите поле для каждого столбца; столбцы с пометкой «(пропустить)» не импортируются.</numerusform>
            <numerusform>%1: %n строки. Выберите поле для каждого столбца; столбцы с пометкой «(пропустить)» не импортируются.</numerusform>
            <numerusform>%1: %n строк. Выберите поле для каждого столбца; столбцы с пометкой «(пропустить)» не импортируются.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping used last time for a list with these columns is preselected.</source>
        <translation>Предварительно выбрано сопоставление, использованное в прошлый раз для списка с такими столбцами.</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <source>Two columns go to the same field: %1. Choose one.</source>
        <translation>Два столбца идут в одно поле: %1. Выберите один.</translation>
    </message>
    <message>
        <source>Checking the list…</source>
        <translation>Проверка списка…</translation>
    </message>
    <message>
        <source>%1 record(s) would be created, %2 look like records already known, %3 row(s) are invalid.</source>
        <translation>Будет создано записей: %1; похожих на уже известные: %2; неверных строк: %3.</translation>
    </message>
    <message>
        <source>%1 row(s) name a record by its reference number and would update it; %2 already match.</source>
        <translation>%1 строк(и) называют запись её номером и обновят её; %2 уже совпадают.</translation>
    </message>
    <message>
        <source>This very file has been imported before.</source>
        <translation>Именно этот файл уже импортировали раньше.</translation>
    </message>
    <message>
        <source>The list is not imported while it has invalid rows: correct the file, or leave those rows out.</source>
        <translation>Список не импортируется, пока в нём есть неверные строки: исправьте файл или пропустите эти строки.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>Row %1 looks like %2</source>
        <translation>Строка %1 похожа на %2</translation>
    </message>
    <message>
        <source>Invalid rows (%1)</source>
        <translation>Неверные строки (%1)</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Возможные дубликаты (%1)</translation>
    </message>
    <message>
        <source>Import the same file again?</source>
        <translation>Импортировать тот же файл ещё раз?</translation>
    </message>
    <message>
        <source>This very file has been imported before. Importing it again creates %1 record(s) a second time. Import it again anyway?</source>
        <translation>Именно этот файл уже импортирован раньше. Повторный импорт создаст %1 запис(ей) второй раз. Всё равно импортировать?</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Imported %1 record(s) from %2.
The file&apos;s SHA-256 (%3) is kept with every record it created.</source>
        <translation>Импортировано записей: %1 из файла %2.
SHA-256 файла (%3) хранится с каждой созданной из него записью.</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>Сохранить письмо</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="vanished">Не удалось записать файл.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Search: letter number, request number or recipient</source>
        <translation>Поиск: номер письма, номер запроса или получатель</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>New letter…</source>
        <translation>Новое письмо…</translation>
    </message>
    <message>
        <source>Open / reprint…</source>
        <translation>Открыть / перепечатать…</translation>
    </message>
    <message>
        <source>Review and approve…</source>
        <translation>Просмотреть и утвердить…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>A new letter that corrects the selected one</source>
        <translation>Новое письмо, исправляющее выбранное</translation>
    </message>
    <message>
        <source>Batch…</source>
        <translation>Пакет…</translation>
    </message>
    <message>
        <source>Template specimens…</source>
        <translation>Образцы шаблонов…</translation>
    </message>
    <message>
        <source>Organisation profile…</source>
        <translation>Профиль организации…</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Отправлено почтой</translation>
    </message>
    <message>
        <source>Returned undelivered</source>
        <translation>Возвращено, не доставлено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Отметить как</translation>
    </message>
    <message>
        <source>No letter matches. “New letter” writes one for a tracing request; “Batch” writes the letters a round or a status change owes.</source>
        <translation>Ни одно письмо не подходит. «Новое письмо» пишет письмо по запросу о розыске; «Пакет» пишет письма, положенные после раунда или смены статуса.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <extracomment>On the reader thread, latest answer only: a change never queues it behind the writer.</extracomment>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding letters owed…</source>
        <translation type="vanished">Поиск причитающихся писем…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n request(s)</source>
        <translation>
            <numerusform>%1 — %2: %n запрос</numerusform>
            <numerusform>%1 — %2: %n запроса</numerusform>
            <numerusform>%1 — %2: %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <source>Owed after exchange rounds:</source>
        <translation>Положены письма после раундов обмена:</translation>
    </message>
    <message>
        <source>Open the batch of letters for that round and kind</source>
        <translation>Открыть пакет писем для этого раунда и вида</translation>
    </message>
    <message>
        <source>Opening the letter…</source>
        <translation>Открытие письма…</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Письмо %1</translation>
    </message>
    <message>
        <source>News of death: read the letter. Approving it lets it be printed and sent; it must be approved by someone other than the person who generated it.</source>
        <translation>Извещение о смерти: прочитайте письмо. После утверждения его можно печатать и отправлять; утвердить его должен не тот, кто его создал.</translation>
    </message>
    <message>
        <source>Not delivered in person, because: %1</source>
        <translation>Вручается не лично, потому что: %1</translation>
    </message>
    <message>
        <source>Approving…</source>
        <translation>Утверждение…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Cancel letter %1? A cancelled letter cannot be sent any more.</source>
        <translation>Отменить письмо %1? Отменённое письмо больше нельзя отправить.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>LinksPanel</name>
    <message>
        <source>Link</source>
        <extracomment>The links were read again (the owner updates its tab title).</extracomment>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Suggested (%1)</source>
        <translation>Предложено (%1)</translation>
    </message>
    <message>
        <source>Links appear here once the record is saved.</source>
        <translation>Связи появятся здесь, когда запись будет сохранена.</translation>
    </message>
    <message>
        <source>Prisoner records this request is linked to. Double-click one to open it.</source>
        <translation>Записи о пленных, связанные с этим запросом. Дважды щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <source>Tracing requests linked to this person. Double-click one to open it.</source>
        <translation>Запросы о розыске, связанные с этим человеком. Дважды щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <source>No prisoner record is linked yet. Suggestions appear after the next matching run (Suggested matches…).</source>
        <translation>Ни одна запись о пленном ещё не связана. Предложения появятся после следующего сопоставления (Предложенные совпадения…).</translation>
    </message>
    <message>
        <source>No tracing request is linked to this person yet.</source>
        <translation>С этим человеком ещё не связан ни один запрос о розыске.</translation>
    </message>
    <message numerus="yes">
        <source>Links (%n)</source>
        <translation>
            <numerusform>Связи (%n)</numerusform>
            <numerusform>Связи (%n)</numerusform>
            <numerusform>Связи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
</context>
<context>
    <name>ListsTab</name>
    <message>
        <source>Import a list…</source>
        <extracomment>A list just imported: shown once the round&apos;s lists are read again. The prisoner index, kept between list matchings and refreshed from broadcast changes.</extracomment>
        <translation>Импортировать список…</translation>
    </message>
    <message>
        <source>Match again</source>
        <translation>Сопоставить снова</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Имя как в списке</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Сопоставление</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>No list yet: import the first version.</source>
        <translation>Списка ещё нет: импортируйте первую версию.</translation>
    </message>
    <message>
        <source>First version: %1 entries.</source>
        <translation>Первая версия: строк — %1.</translation>
    </message>
    <message>
        <source>Since the previous version: %1 added, %2 removed, %3 changed.</source>
        <translation>По сравнению с предыдущей версией: добавлено %1, удалено %2, изменено %3.</translation>
    </message>
    <message>
        <source>Importing the list…</source>
        <translation>Импорт списка…</translation>
    </message>
    <message>
        <source>Matching the list…</source>
        <translation>Сопоставление списка…</translation>
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
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Учётные записи…</translation>
    </message>
    <message>
        <source>&amp;About CaseApp</source>
        <translation>&amp;О CaseApp</translation>
    </message>
    <message>
        <source>&amp;Check the vault file…</source>
        <translation>&amp;Проверить файл хранилища…</translation>
    </message>
    <message>
        <source>Close the vault now; your passphrase opens it again</source>
        <translation>Закрыть хранилище сейчас; ваша парольная фраза откроет его снова</translation>
    </message>
    <message>
        <source>&amp;Purge closed cases…</source>
        <translation>&amp;Очистить закрытые дела…</translation>
    </message>
    <message>
        <source>Emergency &amp;wipe…</source>
        <translation>Экстренное &amp;уничтожение…</translation>
    </message>
    <message>
        <source>Change my &amp;passphrase…</source>
        <translation>Сменить мою &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Сделать резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Lock when &amp;idle…</source>
        <translation>Блокировать при &amp;бездействии…</translation>
    </message>
    <message>
        <source>&amp;Backup reminder…</source>
        <translation>Напоминание о &amp;резервной копии…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>A task is still running. Change the language once it has finished.</source>
        <translation>Ещё выполняется задача. Измените язык, когда она завершится.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Вход: %1 (%2)</translation>
    </message>
    <message>
        <source>Recording in the audit trail…</source>
        <translation>Запись в журнал аудита…</translation>
    </message>
    <message>
        <source>Emergency wipe</source>
        <translation>Экстренное уничтожение</translation>
    </message>
    <message>
        <source>Every key slot was destroyed (%1 ms). No passphrase opens this vault now; only the recovery key does.</source>
        <translation>Все ключевые слоты уничтожены (%1 мс). Теперь ни одна парольная фраза не открывает это хранилище; открывает только ключ восстановления.</translation>
    </message>
    <message>
        <source>Change my passphrase</source>
        <translation>Сменить мою парольную фразу</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. The old one no longer opens the vault.</source>
        <translation>Ваша парольная фраза изменена. Старая больше не открывает хранилище.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
    <message>
        <source>Lock when idle</source>
        <translation>Блокировка при бездействии</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without keyboard or mouse:</source>
        <translation>Блокировать хранилище через столько минут без клавиатуры и мыши:</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Backup reminder</source>
        <translation>Напоминание о резервной копии</translation>
    </message>
    <message>
        <source>Remind to back up after this many days without a backup (0: never):</source>
        <translation>Напоминать о резервной копии через столько дней без неё (0 — никогда):</translation>
    </message>
    <message>
        <source>Saving the backup reminder</source>
        <translation>Сохранение напоминания</translation>
    </message>
    <message>
        <source>The vault was restored from the backup. Unlock it to go on.</source>
        <translation>Хранилище восстановлено из резервной копии. Разблокируйте его, чтобы продолжить.</translation>
    </message>
    <message>
        <source>The vault it replaced is kept as %1.</source>
        <translation>Заменённое хранилище сохранено как %1.</translation>
    </message>
    <message>
        <source>About CaseApp</source>
        <translation>О CaseApp</translation>
    </message>
    <message>
        <source>CaseApp %1 — offline casework for tracing detained persons.</source>
        <translation>CaseApp %1 — офлайн-работа по розыску задержанных лиц.</translation>
    </message>
</context>
<context>
    <name>MatchReview</name>
    <message>
        <source>Tracing request</source>
        <extracomment>What a decision will change, and once made, that it happened. The last decision made here, said plainly (stays while the next one is reviewed). The question asked before a risky decision (non-modal; tests answer it).</extracomment>
        <translation>Запрос о розыске</translation>
    </message>
    <message>
        <source>Prisoner record</source>
        <translation>Запись о пленном</translation>
    </message>
    <message>
        <source>Choose a suggestion above to compare the two records.</source>
        <translation>Выберите предложение выше, чтобы сравнить две записи.</translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation>Подтвердить совпадение</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Matching only suggests. Confirm only when you are sure it is the same person.</source>
        <translation>Сопоставление только предлагает. Подтверждайте, только когда уверены, что это то же лицо.</translation>
    </message>
    <message>
        <source>Select a suggestion to review it.</source>
        <translation>Выберите предложение, чтобы его рассмотреть.</translation>
    </message>
    <message>
        <source>score %1 (%2)</source>
        <translation>оценка %1 (%2)</translation>
    </message>
    <message>
        <source>Compared with the others: %1</source>
        <translation>В сравнении с другими: %1</translation>
    </message>
    <message>
        <source>Confirming will set the request&apos;s status to “%1”.</source>
        <translation>Подтверждение изменит статус запроса на «%1».</translation>
    </message>
    <message>
        <source>Reopening will set the request&apos;s status back to “%1”.</source>
        <translation>Повторное открытие вернёт статус запроса на «%1».</translation>
    </message>
    <message>
        <source>The request&apos;s status stays “%1”.</source>
        <translation>Статус запроса останется «%1».</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Status: %1 by %2 on %3</source>
        <translation>Статус: %1, решение: %2, %3</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <source>Confirming…</source>
        <translation>Подтверждение…</translation>
    </message>
    <message>
        <source>Match confirmed.</source>
        <translation>Совпадение подтверждено.</translation>
    </message>
    <message>
        <source>Confirm this match?</source>
        <translation>Подтвердить это совпадение?</translation>
    </message>
    <message>
        <source>Confirm anyway</source>
        <translation>Всё равно подтвердить</translation>
    </message>
    <message>
        <source>Rejecting…</source>
        <translation>Отклонение…</translation>
    </message>
    <message>
        <source>Reopening…</source>
        <translation>Повторное открытие…</translation>
    </message>
    <message>
        <source>Match reopened.</source>
        <translation>Совпадение снова открыто.</translation>
    </message>
    <message>
        <source>Reopen this match?</source>
        <translation>Снова открыть это совпадение?</translation>
    </message>
    <message>
        <source>Reopen anyway</source>
        <translation>Всё равно открыть</translation>
    </message>
    <message>
        <source>The request&apos;s status is now “%1”.</source>
        <translation>Статус запроса теперь «%1».</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <source>Show all requests</source>
        <extracomment>Said with the next re-match&apos;s result (the weights just learned).</extracomment>
        <translation>Показать все запросы</translation>
    </message>
    <message>
        <source>Any band</source>
        <translation>Любая оценка</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>На рассмотрение</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Re-match now</source>
        <translation>Сопоставить сейчас</translation>
    </message>
    <message>
        <source>Look again for prisoner records matching the open tracing requests</source>
        <translation>Снова поискать записи о пленных, соответствующие открытым запросам о розыске</translation>
    </message>
    <message>
        <source>Suggested matches for all tracing requests</source>
        <translation>Предложенные совпадения для всех запросов о розыске</translation>
    </message>
    <message>
        <source>Suggested matches for %1</source>
        <translation>Предложенные совпадения для %1</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n предложение</numerusform>
            <numerusform>%n предложения</numerusform>
            <numerusform>%n предложений</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestion with this status.</source>
        <translation>Нет предложений с этим статусом.</translation>
    </message>
    <message>
        <source>No suggestion to review for this request. Its Links tab shows a confirmed prisoner record; new lists are matched against it as they arrive.</source>
        <translation>Для этого запроса нет предложений на рассмотрение. Вкладка «Связи» показывает подтверждённую запись о пленном; новые списки сопоставляются с запросом, как только поступают.</translation>
    </message>
    <message>
        <source>No suggestion to review. Requests and imported lists are matched as they are saved; “Re-match now” compares everything again.</source>
        <translation>Нет предложений на рассмотрение. Запросы и импортированные списки сопоставляются при сохранении; «Сопоставить заново» сравнивает всё ещё раз.</translation>
    </message>
    <message>
        <source>Re-matching…</source>
        <translation>Сопоставление…</translation>
    </message>
    <message>
        <source>Looking for matches…</source>
        <translation>Поиск совпадений…</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <source>Which weights the matching uses: shipped, or learned from this vault</source>
        <translation>Какие веса использует сопоставление: стандартные или выученные из этого хранилища</translation>
    </message>
    <message>
        <source>Learn from this vault’s records and decisions</source>
        <translation>Выучить из записей и решений этого хранилища</translation>
    </message>
    <message>
        <source>Use the shipped weights</source>
        <translation>Использовать стандартные веса</translation>
    </message>
    <message>
        <source>Use the learned weights</source>
        <translation>Использовать выученные веса</translation>
    </message>
    <message>
        <source>Weights learned from %1 records.</source>
        <translation>Веса выучены из %1 записей.</translation>
    </message>
    <message>
        <source>Learning the matching weights…</source>
        <translation>Обучение весов сопоставления…</translation>
    </message>
    <message>
        <source>Changing the matching weights…</source>
        <translation>Смена весов сопоставления…</translation>
    </message>
    <message>
        <source>Re-match done: %1 new, %2 updated, %3 no longer suggested.</source>
        <translation>Сопоставление завершено: новых — %1, обновлено — %2, больше не предлагаются — %3.</translation>
    </message>
    <message>
        <source>Re-match stopped; nothing was changed.</source>
        <translation>Сопоставление остановлено; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>NewLetterDialog</name>
    <message>
        <source>Correction of letter %1</source>
        <extracomment>The earlier letter this one corrects (recorded with the new letter).</extracomment>
        <translation>Исправление письма %1</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <source>Request number, e.g. TR-2026-…</source>
        <translation>Номер запроса, напр. TR-2026-…</translation>
    </message>
    <message>
        <source>As on the request</source>
        <translation>Как в запросе</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Find requests by a name or number</source>
        <translation>Найти запросы по имени или номеру</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <source>What the family is asked for</source>
        <translation>Какие сведения просим у семьи</translation>
    </message>
    <message>
        <source>Why not in person?</source>
        <translation>Почему не лично?</translation>
    </message>
    <message>
        <source>Why not in person (needed to send news of death by post or e-mail)</source>
        <translation>Почему не лично (нужно, чтобы отправить известие о смерти почтой или электронной почтой)</translation>
    </message>
    <message>
        <source>Tracing request</source>
        <translation>Запрос о розыске</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Exchange round</source>
        <translation>Раунд обмена</translation>
    </message>
    <message>
        <source>Details asked for</source>
        <translation>Запрашиваемые сведения</translation>
    </message>
    <message>
        <source>Reason for post</source>
        <translation>Причина отправки почтой</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>No request found</source>
        <translation>Запрос не найден</translation>
    </message>
    <message>
        <source>Preparing the letter…</source>
        <translation>Подготовка письма…</translation>
    </message>
    <message>
        <source>Generate anyway</source>
        <translation>Всё равно создать</translation>
    </message>
    <message>
        <source>This letter is awaiting approval by a second person before it may be printed.</source>
        <translation>Это письмо ожидает утверждения вторым лицом; до этого его нельзя печатать.</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Письмо %1</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <source>New exchange round</source>
        <translation>Новый раунд обмена</translation>
    </message>
    <message>
        <source>For example: 185 for 185</source>
        <translation>Например: 185 на 185</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Framework agreement</source>
        <translation>Рамочное соглашение</translation>
    </message>
    <message>
        <source>Agreed, each side (N for N)</source>
        <translation>Согласовано, каждая сторона (N на N)</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Other record</source>
        <translation>Другая запись</translation>
    </message>
</context>
<context>
    <name>PartsTable</name>
    <message>
        <source>Nothing recorded yet: “Add…” records the first one.</source>
        <translation>Пока ничего не записано: «Добавить…» записывает первый.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Отображаемое имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Две парольные фразы различаются.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use three or four unrelated words.</source>
        <translation>Эту парольную фразу слишком легко угадать. Используйте три-четыре не связанных между собой слова.</translation>
    </message>
</context>
<context>
    <name>PrisonerEditor</name>
    <message>
        <source>Prisoner record: %1</source>
        <translation>Запись о пленном: %1</translation>
    </message>
    <message>
        <source>Every name form as written, and its source</source>
        <translation>Все формы имени, как они записаны, и их источники</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Личность</translation>
    </message>
    <message>
        <source>Military and capture</source>
        <translation>Служба и пленение</translation>
    </message>
    <message>
        <source>Places of detention over time</source>
        <translation>Места содержания во времени</translation>
    </message>
    <message>
        <source>Detention and health</source>
        <translation>Содержание и здоровье</translation>
    </message>
    <message>
        <source>Events: capture, transfers, visits, release…</source>
        <translation>События: пленение, переводы, посещения, освобождение…</translation>
    </message>
    <message>
        <source>A date known only roughly is a span: &quot;between March and May 2023&quot; is 2023-03 to 2023-05. A single day needs only the first date.</source>
        <translation>Дату, известную лишь приблизительно, записывают промежутком: «между мартом и маем 2023» — это 2023-03 по 2023-05. Для одного дня нужна только первая дата.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статуса</translation>
    </message>
    <message>
        <source>Status and next of kin</source>
        <translation>Статус и ближайшие родственники</translation>
    </message>
    <message>
        <source>Sources behind the facts</source>
        <translation>Источники фактов</translation>
    </message>
    <message>
        <source>Each fact can have several sources (list, ICRC visit, capture card, testimony, media, family). When they disagree, all are kept and shown side by side.</source>
        <translation>У каждого факта может быть несколько источников (список, визит МККК, карточка пленного, показания, СМИ, семья). Если они расходятся, сохраняются все и показываются рядом.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>No sources recorded for this person yet.</source>
        <translation>Для этого человека ещё не записано ни одного источника.</translation>
    </message>
    <message>
        <source>The sources agree.</source>
        <translation>Источники согласуются.</translation>
    </message>
    <message>
        <source>Sources disagree:</source>
        <translation>Источники расходятся:</translation>
    </message>
    <message numerus="yes">
        <source>Sources (%n conflict(s))</source>
        <translation>
            <numerusform>Источники (%n расхождение)</numerusform>
            <numerusform>Источники (%n расхождения)</numerusform>
            <numerusform>Источники (%n расхождений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Organisation profile</source>
        <translation>Профиль организации</translation>
    </message>
    <message>
        <source>Name, direct phone, office hours (when no caseworker is assigned)</source>
        <translation>Имя, прямой телефон, часы работы (когда сотрудник не назначен)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Signature block</source>
        <translation>Блок подписи</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <source>e.g. URCS</source>
        <translation>напр. ТКК</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <source>Printed after the assigned caseworker&apos;s name</source>
        <translation>Печатается после имени назначенного сотрудника</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> недель</translation>
    </message>
    <message>
        <source>Reference prefix</source>
        <translation>Префикс номера</translation>
    </message>
    <message>
        <source>Caseworkers&apos; direct phone</source>
        <translation>Прямой телефон сотрудников</translation>
    </message>
    <message>
        <source>Periodic letters after</source>
        <translation>Периодические письма через</translation>
    </message>
    <message>
        <source>Logo (PNG or JPEG)</source>
        <translation>Логотип (PNG или JPEG)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Purge closed cases</source>
        <extracomment>The period offered when the vault has none set: two years.</extracomment>
        <translation>Очистка закрытых дел</translation>
    </message>
    <message>
        <source>Closed cases that nobody has changed for longer than the retention period lose their personal data for good: names, the enquirer&apos;s details, contacts, links, letters and their PDFs, attachments, and the content of their history. Reference numbers, statuses and dates stay for statistics. The purge reaches the other laptops with the next USB bundle.</source>
        <translation>Закрытые дела, которые никто не менял дольше срока хранения, навсегда теряют персональные данные: имена, данные заявителя, контакты, связи, письма и их PDF, вложения и содержание их истории. Регистрационные номера, статусы и даты остаются для статистики. Очистка попадёт на другие ноутбуки со следующим USB-пакетом.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Keep as the vault&apos;s period</source>
        <translation>Сохранить как срок хранилища</translation>
    </message>
    <message>
        <source>Show what would be purged</source>
        <translation>Показать, что будет очищено</translation>
    </message>
    <message>
        <source>Retention period for closed cases:</source>
        <translation>Срок хранения закрытых дел:</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Closed because</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Части</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Очистить…</translation>
    </message>
    <message>
        <source>Looking for closed cases…</source>
        <translation>Поиск закрытых дел…</translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) would be purged, with %1 part(s).</source>
        <translation>
            <numerusform>Будет очищено %n закрытое дело (частей: %1).</numerusform>
            <numerusform>Будет очищено %n закрытых дела (частей: %1).</numerusform>
            <numerusform>Будет очищено %n закрытых дел (частей: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No closed case is older than this period.</source>
        <translation>Нет закрытых дел старше этого срока.</translation>
    </message>
    <message>
        <source>Saving the retention period</source>
        <translation>Сохранение срока хранения</translation>
    </message>
    <message>
        <source>The period was kept.</source>
        <translation>Срок сохранён.</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n closed case(s) for good? Their personal data cannot be brought back, here or on any other laptop.</source>
        <translation>
            <numerusform>Окончательно очистить %n закрытое дело? Его персональные данные нельзя будет вернуть ни здесь, ни на другом ноутбуке.</numerusform>
            <numerusform>Окончательно очистить %n закрытых дела? Их персональные данные нельзя будет вернуть ни здесь, ни на другом ноутбуке.</numerusform>
            <numerusform>Окончательно очистить %n закрытых дел? Их персональные данные нельзя будет вернуть ни здесь, ни на другом ноутбуке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) purged.</source>
        <translation>
            <numerusform>Очищено %n закрытое дело.</numerusform>
            <numerusform>Очищено %n закрытых дела.</numerusform>
            <numerusform>Очищено %n закрытых дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their reference numbers remain.</source>
        <translation>Их регистрационные номера остаются.</translation>
    </message>
    <message>
        <source>Purging closed cases</source>
        <translation>Очистка закрытых дел</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Score</source>
        <extracomment>Wait this long after the last change before re-matching by itself. Our own writes: they never start an automatic re-match.</extracomment>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Sought person</source>
        <translation>Разыскиваемое лицо</translation>
    </message>
    <message>
        <source>Prisoner record</source>
        <translation>Запись о пленном</translation>
    </message>
    <message>
        <source>Name in the record</source>
        <translation>Имя в записи</translation>
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
        <translation>◀ Назад к списку</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Назад к списку (Esc)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Recording in the audit trail…</source>
        <translation>Запись в журнал аудита…</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Not saved. Please correct:</source>
        <translation>Не сохранено. Исправьте, пожалуйста:</translation>
    </message>
    <message>
        <source>Your role can view this record but not change it.</source>
        <translation>Ваша роль позволяет просматривать эту запись, но не изменять.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Discarding changes…</source>
        <translation>Отмена изменений…</translation>
    </message>
    <message>
        <source>Throw away the changes made since the last save?</source>
        <translation>Отбросить изменения, сделанные после последнего сохранения?</translation>
    </message>
    <message>
        <source>This record has unsaved changes.</source>
        <translation>В этой записи есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Сохранить их перед выходом?</translation>
    </message>
    <message>
        <source>Keeping a draft…</source>
        <translation>Сохранение черновика…</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were restored. Save them, or use “Discard changes”.</source>
        <translation>Восстановлены несохранённые изменения от %1. Сохраните их или нажмите «Отменить изменения».</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Search: a name in any script or spelling, or a number  (Ctrl+F)</source>
        <extracomment>Entity types whose changes can change what a list shows.</extracomment>
        <translation>Поиск: имя любым письмом и написанием или номер  (Ctrl+F)</translation>
    </message>
    <message>
        <source>New tracing request</source>
        <translation>Новый запрос о розыске</translation>
    </message>
    <message>
        <source>New prisoner record</source>
        <translation>Новая запись о пленном</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="vanished">Ctrl+N</translation>
    </message>
    <message>
        <source>Register a new tracing request from a family (Ctrl+N)</source>
        <translation>Зарегистрировать новый запрос на розыск от семьи (Ctrl+N)</translation>
    </message>
    <message>
        <source>Add a prisoner record by hand (Ctrl+N)</source>
        <translation>Добавить запись о пленном вручную (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Add many records at once from a CSV or Excel file</source>
        <translation>Добавить много записей сразу из файла CSV или Excel</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Save the records listed here to a CSV or Excel file</source>
        <translation>Сохранить записи этого списка в файл CSV или Excel</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <source>Any caseworker</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <source>Any exchange round</source>
        <translation>Любой этап обмена</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Сохранить фильтр…</translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation>Удалить сохранённый фильтр</translation>
    </message>
    <message>
        <source>Saved filters:</source>
        <translation>Сохранённые фильтры:</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Назначенные мне</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>(choose a saved filter)</source>
        <translation>(выберите сохранённый фильтр)</translation>
    </message>
    <message>
        <source>Use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Type at least three letters to search.</source>
        <translation>Для поиска введите не меньше трёх букв.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches: try fewer letters or another spelling, or clear the filters.</source>
        <translation>Ничего не найдено: введите меньше букв или другое написание либо сбросьте фильтры.</translation>
    </message>
    <message>
        <source>Other forms of the names typed are found too: “Why found” says which.</source>
        <translation>Находятся и другие формы введённых имён: столбец «Почему найдено» объясняет, какие именно.</translation>
    </message>
    <message>
        <source>Other forms of the names typed are found too; point at a row to see why.</source>
        <translation type="vanished">Находятся и другие формы введённых имён; наведите на строку, чтобы увидеть почему.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="vanished">
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Сохранить фильтр</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>Название фильтра:</translation>
    </message>
    <message>
        <source>Saving the filter…</source>
        <translation>Сохранение фильтра…</translation>
    </message>
    <message>
        <source>Delete the filter “%1”?</source>
        <translation>Удалить фильтр «%1»?</translation>
    </message>
    <message>
        <source>Deleting the filter…</source>
        <translation>Удаление фильтра…</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Why found</source>
        <extracomment>(field name or None, descending): the user asked for another order. rowid -&gt; (record id, *column values) The search the keys answer: rows found through another form of a name say why. Where the &quot;Why found&quot; column sits (after the names), or None when the search takes every typed name literally: the reason is read where the caseworker decides.</extracomment>
        <translation>Почему найдено</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <source>The recovery key was printed when the vault was created. It sets a new passphrase for one account.</source>
        <translation>Ключ восстановления был напечатан при создании хранилища. Он позволяет задать новую парольную фразу для одной учётной записи.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Setting the new passphrase…</source>
        <translation>Установка новой парольной фразы…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Новый ключ восстановления</translation>
    </message>
    <message>
        <source>The vault is now encrypted under a new key. Old key files and the old recovery key no longer open it. Write this new recovery key down or print it, and keep it locked away from the laptop. It will not be shown again.</source>
        <translation>Теперь хранилище зашифровано новым ключом. Старые файлы ключей и старый ключ восстановления больше его не открывают. Запишите или распечатайте новый ключ восстановления и храните его под замком отдельно от ноутбука. Он больше не будет показан.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>Я записал(а) ключ восстановления</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>CaseApp recovery key</source>
        <translation>Ключ восстановления CaseApp</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Файл хранилища: %1</translation>
    </message>
    <message>
        <source>This key opens the vault when every passphrase is forgotten.</source>
        <translation>Этот ключ открывает хранилище, когда все парольные фразы забыты.</translation>
    </message>
    <message>
        <source>Keep this sheet locked away, apart from the laptop. Anyone who holds it and a copy of the vault can read every record.</source>
        <translation>Храните этот лист под замком, отдельно от ноутбука. Любой, у кого есть он и копия хранилища, может прочитать все записи.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Печать ключа восстановления</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject the match</source>
        <translation>Отклонить совпадение</translation>
    </message>
    <message>
        <source>For example: different birth date confirmed by the family</source>
        <translation>Например: семья подтвердила другую дату рождения</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Why is this not the same person? (required)</source>
        <translation>Почему это не то же лицо? (обязательно)</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Write a letter…</source>
        <extracomment>The user was told of a request for the same person and chose to save anyway.</extracomment>
        <translation>Написать письмо…</translation>
    </message>
    <message>
        <source>Tracing request: %1</source>
        <translation>Запрос о розыске: %1</translation>
    </message>
    <message>
        <source>Other ways the name is written</source>
        <translation>Другие написания имени</translation>
    </message>
    <message>
        <source>Sought person</source>
        <translation>Разыскиваемое лицо</translation>
    </message>
    <message>
        <source>Enquirer</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Contacts with the family</source>
        <translation>Контакты с семьёй</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статуса</translation>
    </message>
    <message>
        <source>Suggested matches…</source>
        <translation>Предложенные совпадения…</translation>
    </message>
    <message>
        <source>Review the prisoner records that may be this person</source>
        <translation>Просмотреть записи о пленных, которые могут относиться к этому лицу</translation>
    </message>
    <message>
        <source>Case and contacts</source>
        <translation>Дело и контакты</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Связи</translation>
    </message>
    <message>
        <source>This person may already be sought</source>
        <translation>Этого человека, возможно, уже ищут</translation>
    </message>
    <message>
        <source>The matcher takes this request for the same person as:
%1

Another family member may already have asked. Open the existing request to add to it, or save this one as a separate request.</source>
        <translation>Сопоставление считает, что этот запрос касается того же человека, что и:
%1

Возможно, другой член семьи уже обращался. Откройте существующий запрос, чтобы дополнить его, или сохраните этот как отдельный запрос.</translation>
    </message>
    <message>
        <source>Open the existing request</source>
        <translation>Открыть существующий запрос</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Open it with the recovery key instead</source>
        <translation>Открыть ключом восстановления</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>Vault to replace</source>
        <translation>Заменяемое хранилище</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>The backup is opened with your passphrase of the vault it replaces, as it is now, or with the recovery key (the only way after an emergency wipe, a key rotation or on another laptop), and checked page by page before anything is replaced. The vault it replaces is kept next to it, renamed with today&apos;s date.</source>
        <translation>Резервную копию открывают вашей парольной фразой к хранилищу, которое она заменяет, в его нынешнем состоянии, или ключом восстановления (единственный способ после экстренного уничтожения, замены ключа или на другом ноутбуке) и проверяют страница за страницей, прежде чем что-либо будет заменено. Заменённое хранилище останется рядом, переименованное с сегодняшней датой.</translation>
    </message>
    <message>
        <source>The backup is opened with your passphrase (or the recovery key) and checked page by page before anything is replaced. The vault it replaces is kept next to it, renamed with today&apos;s date.</source>
        <translation type="vanished">Резервная копия будет открыта вашей парольной фразой (или ключом восстановления) и проверена страница за страницей, прежде чем что-либо будет заменено. Заменённое хранилище останется рядом, переименованное с сегодняшней датой.</translation>
    </message>
    <message>
        <source>Backup made %1.</source>
        <translation>Резервная копия сделана %1.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Choose the backup file and type the passphrase or key.</source>
        <translation>Выберите файл резервной копии и введите парольную фразу или ключ.</translation>
    </message>
    <message>
        <source>Replace the vault %1 by this backup? Changes made since the backup are no longer in the restored vault; the current vault is kept next to it.</source>
        <translation>Заменить хранилище %1 этой резервной копией? Изменений, сделанных после неё, в восстановленном хранилище не будет; текущее хранилище останется рядом.</translation>
    </message>
    <message>
        <source>Restoring from a backup</source>
        <translation>Восстановление из резервной копии</translation>
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
        <translation>Новый раунд…</translation>
    </message>
    <message>
        <source>Lists and entries</source>
        <translation>Списки и строки</translation>
    </message>
    <message>
        <source>Reconciliation and execution</source>
        <translation>Сверка и исполнение</translation>
    </message>
    <message>
        <source>Round and agreed counts</source>
        <translation>Раунд и согласованные количества</translation>
    </message>
    <message>
        <source>Candidates for the next round</source>
        <translation>Кандидаты на следующий раунд</translation>
    </message>
    <message>
        <source>No exchange round yet. Create one with “New round…”, then import the lists.</source>
        <translation>Раундов обмена ещё нет. Создайте раунд кнопкой «Новый раунд…», затем импортируйте списки.</translation>
    </message>
    <message>
        <source> — closed</source>
        <translation> — закрыт</translation>
    </message>
    <message>
        <source>Creating the round…</source>
        <translation>Создание раунда…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>SpecimenDialog</name>
    <message>
        <source>Template specimens</source>
        <translation>Образцы шаблонов</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Preparing the letter…</source>
        <translation>Подготовка письма…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>very weak</source>
        <translation>очень слабая</translation>
    </message>
    <message>
        <source>too weak</source>
        <translation>слишком слабая</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
    <message>
        <source>Use at least %1 characters: three or four unrelated words.</source>
        <translation>Не менее %1 символов: три-четыре не связанных между собой слова.</translation>
    </message>
    <message>
        <source>It contains the user name.</source>
        <translation>Она содержит имя пользователя.</translation>
    </message>
    <message>
        <source>It leans on a common word, name or password.</source>
        <translation>Она опирается на распространённое слово, имя или пароль.</translation>
    </message>
    <message>
        <source>It contains a keyboard pattern (like qwerty).</source>
        <translation>Она содержит последовательность клавиш (как qwerty).</translation>
    </message>
    <message>
        <source>It repeats characters or words.</source>
        <translation>В ней повторяются символы или слова.</translation>
    </message>
    <message>
        <source>It contains a sequence (like abc or 123).</source>
        <translation>Она содержит последовательность (как abc или 123).</translation>
    </message>
    <message>
        <source>It contains a date or a year.</source>
        <translation>Она содержит дату или год.</translation>
    </message>
    <message>
        <source>Add another unrelated word.</source>
        <translation>Добавьте ещё одно не связанное слово.</translation>
    </message>
    <message>
        <source>Three or four unrelated words make a strong passphrase.</source>
        <translation>Три-четыре не связанных между собой слова — это надёжная парольная фраза.</translation>
    </message>
    <message>
        <source>Not accepted yet. %1</source>
        <translation>Пока не принимается. %1</translation>
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
        <translation>Конфликты</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Конфликты (%n)</numerusform>
            <numerusform>Конфликты (%n)</numerusform>
            <numerusform>Конфликты (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="vanished">Отмена</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>%1 (stopping…)</source>
        <translation>%1 (остановка…)</translation>
    </message>
    <message>
        <source>Stop “%1”; nothing it did is kept.</source>
        <translation>Остановить «%1»; ничего из уже сделанного не сохранится.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
            <numerusform>ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Every running job, to follow or cancel</source>
        <translation>Все фоновые задачи: следить или отменить</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation>Отменить «%1»</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <extracomment>Counts down the wait after repeated wrong passphrases (the GUI stays usable).</extracomment>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Create a new vault…</source>
        <translation>Создать новое хранилище…</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery key…</source>
        <translation>Забыли парольную фразу? Воспользуйтесь ключом восстановления…</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Too many wrong passphrases for this account. You can try again in %1.</source>
        <translation>Слишком много неверных парольных фраз для этой учётной записи. Попробуйте снова через %1.</translation>
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
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>CaseApp vaults (*.caseapp);;All files (*)</source>
        <translation>Хранилища CaseApp (*.caseapp);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
</context>
<context>
    <name>VaultCheck</name>
    <message>
        <source>Checking every page of the vault file…</source>
        <translation>Проверка каждой страницы файла хранилища…</translation>
    </message>
    <message>
        <source>Vault check</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message numerus="yes">
        <source>The vault file is intact: %n page(s) read and verified.</source>
        <translation>
            <numerusform>Файл хранилища цел: прочитана и проверена %n страница.</numerusform>
            <numerusform>Файл хранилища цел: прочитаны и проверены %n страницы.</numerusform>
            <numerusform>Файл хранилища цел: прочитано и проверено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault file is intact: all %1 pages were read and verified.</source>
        <translation type="vanished">Файл хранилища цел: все %1 страниц прочитаны и проверены.</translation>
    </message>
</context>
<context>
    <name>WipeDialog</name>
    <message>
        <source>Emergency wipe</source>
        <extracomment>The wipe is done (its duration in ms): the window must lock.</extracomment>
        <translation>Экстренное уничтожение</translation>
    </message>
    <message>
        <source>DESTROY</source>
        <translation>УНИЧТОЖИТЬ</translation>
    </message>
    <message>
        <source>Use this when the laptop is about to be lost or seized. Every key slot of this vault is destroyed: afterwards no passphrase opens the vault or the backups made with these passphrases. Only the printed recovery key, kept away from this laptop, opens it again.

Type %1 to confirm.</source>
        <translation>Используйте это, когда ноутбук вот-вот будет потерян или изъят. Все ключевые слоты этого хранилища будут уничтожены: после этого ни одна парольная фраза не откроет ни хранилище, ни резервные копии, сделанные с этими парольными фразами. Открыть его снова сможет только напечатанный ключ восстановления, хранящийся отдельно от ноутбука.

Введите %1 для подтверждения.</translation>
    </message>
    <message>
        <source>Use this when the laptop is about to be lost or seized. Every key slot of this vault is destroyed: afterwards no passphrase opens the vault, its unsaved journal or the backups made under these passphrases. Only the printed recovery key, kept away from this laptop, opens it again.

Type %1 to confirm.</source>
        <translation type="vanished">Используйте это, когда ноутбук вот-вот будет потерян или изъят. Все ключевые слоты этого хранилища будут уничтожены: после этого ни одна парольная фраза не откроет ни хранилище, ни его несохранённый журнал, ни резервные копии, сделанные с этими парольными фразами. Открыть его снова сможет только напечатанный ключ восстановления, хранящийся отдельно от ноутбука.

Введите %1 для подтверждения.</translation>
    </message>
    <message>
        <source>Destroy every key slot</source>
        <translation>Уничтожить все ключевые слоты</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>This screen is being built. Its data is already kept in the vault.</source>
        <translation type="vanished">Этот экран ещё в разработке. Его данные уже хранятся в хранилище.</translation>
    </message>
    <message>
        <source>Tracing requests</source>
        <translation>Запросы на розыск</translation>
    </message>
    <message>
        <source>Prisoner records</source>
        <translation>Записи о пленных</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <source>Exchange rounds</source>
        <translation>Раунды обмена</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Журнал аудита</translation>
    </message>
</context>
<context>
    <name>_AccountPage</name>
    <message>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>The vault is one encrypted file. Only the accounts you create, or the recovery key, can open it.</source>
        <translation>Хранилище — это один зашифрованный файл. Открыть его могут только созданные вами учётные записи или ключ восстановления.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Vault file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Имя администратора</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A few unrelated words work well.</source>
        <translation>
            <numerusform>Не менее %n символа. Хорошо подходят несколько не связанных слов.</numerusform>
            <numerusform>Не менее %n символов. Хорошо подходят несколько не связанных слов.</numerusform>
            <numerusform>Не менее %n символов. Хорошо подходят несколько не связанных слов.</numerusform>
        </translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Новое хранилище</translation>
    </message>
    <message>
        <source>CaseApp vaults (*.caseapp)</source>
        <translation>Хранилища CaseApp (*.caseapp)</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>Создание хранилища…</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way to open the vault. Write it down or print it, and keep it locked away from the laptop. It will not be shown again.</source>
        <translation>Если все парольные фразы забыты, только этот ключ откроет хранилище. Запишите или распечатайте его и храните под замком, отдельно от ноутбука. Он больше не будет показан.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Print it…</source>
        <translation>Распечатать…</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key</source>
        <translation>Я записал(а) или распечатал(а) ключ восстановления</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation type="vanished">Я записал(а) ключ восстановления</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>CaseApp backups (*%1);;All files (*)</source>
        <translation>Резервные копии CaseApp (*%1);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>bands</name>
    <message>
        <source>strong</source>
        <translation>высокая</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>возможная</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and the action was not completed. Nothing was changed. If it happens again, tell your coordinator what you were doing.</source>
        <translation>Произошла ошибка, действие не выполнено. Ничего не изменено. Если это повторится, расскажите координатору, что вы делали.</translation>
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
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <source>A family name or a given name is required.</source>
        <translation>Нужна фамилия или имя.</translation>
    </message>
    <message>
        <source>A closed request needs a reason.</source>
        <translation>Для закрытого запроса нужна причина.</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Для отклонения нужна причина.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Должно быть число.</translation>
    </message>
    <message>
        <source>Ends before it starts: check both dates.</source>
        <translation>Заканчивается раньше, чем начинается: проверьте обе даты.</translation>
    </message>
    <message>
        <source>Give the start date too (the earliest it can be).</source>
        <translation>Укажите и начальную дату (самую раннюю возможную).</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Должно быть «да» или «нет».</translation>
    </message>
    <message>
        <source>Not a date: use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Это не дата: используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>Выберите одно из значений списка.</translation>
    </message>
    <message>
        <source>Month %1 does not exist.</source>
        <translation>Месяца %1 не существует.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in that month.</source>
        <translation>Дня %1 нет в этом месяце.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in %2.</source>
        <translation type="vanished">Дня %1 нет в %2.</translation>
    </message>
    <message>
        <source>Year %1 is outside %2.</source>
        <translation>Год %1 вне диапазона %2.</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>Text fields shown as a list to choose from: field -&gt; [(stored value, label)].</extracomment>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Name form</source>
        <translation>Форма имени</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>file, %1 bytes</source>
        <translation>файл, %1 байт</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Import batch id -&gt; its source file, for &quot;Imported from&quot;.</extracomment>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Power he depends on</source>
        <translation>Держава, от которой зависит</translation>
    </message>
    <message>
        <source>Armed force</source>
        <translation>Вооружённые силы</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Воинская часть</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <source>Father&apos;s first name</source>
        <translation>Имя отца</translation>
    </message>
    <message>
        <source>Mother&apos;s maiden name</source>
        <translation>Девичья фамилия матери</translation>
    </message>
    <message>
        <source>Date of capture</source>
        <translation>Дата пленения</translation>
    </message>
    <message>
        <source>Place of capture</source>
        <translation>Место пленения</translation>
    </message>
    <message>
        <source>Circumstances of capture</source>
        <translation>Обстоятельства пленения</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <source>Wishes to be repatriated</source>
        <translation>Желает репатриации</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <source>Source of the status</source>
        <translation>Источник статуса</translation>
    </message>
    <message>
        <source>Next of kin (name and address)</source>
        <translation>Ближайший родственник (имя и адрес)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Do not disclose (GC IV art. 137)</source>
        <translation>Не разглашать (ЖК IV, ст. 137)</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Импортировано из</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <source>Enquirer&apos;s name</source>
        <translation>Имя заявителя</translation>
    </message>
    <message>
        <source>Enquirer&apos;s sex (for the greeting)</source>
        <translation type="vanished">Пол заявителя (для обращения)</translation>
    </message>
    <message>
        <source>Form of address in letters (if not automatic)</source>
        <translation type="vanished">Обращение в письмах (если не автоматическое)</translation>
    </message>
    <message>
        <source>Enquirer&apos;s sex</source>
        <translation>Пол заявителя</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation>Обращение в письмах</translation>
    </message>
    <message>
        <source>Relationship to the sought person</source>
        <translation>Кем приходится разыскиваемому</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Language for letters</source>
        <translation>Язык писем</translation>
    </message>
    <message>
        <source>Delivery channel</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <source>Do not contact by phone</source>
        <translation>Не звонить</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Заметки о безопасности</translation>
    </message>
    <message>
        <source>Consents to sharing their details with the ICRC and other parties</source>
        <translation>Согласен(на) на передачу своих данных МККК и другим сторонам</translation>
    </message>
    <message>
        <source>Date last seen / last news</source>
        <translation>Дата, когда видели в последний раз / последние известия</translation>
    </message>
    <message>
        <source>Place last seen</source>
        <translation>Где видели в последний раз</translation>
    </message>
    <message>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <source>What the family already knows, and from where</source>
        <translation>Что семья уже знает и откуда</translation>
    </message>
    <message>
        <source>Assigned caseworker</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Дата следующего контакта</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Дата источника</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
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
        <translation>Содержание</translation>
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
        <translation>Размер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date (or from)</source>
        <translation>Дата (или с)</translation>
    </message>
    <message>
        <source>To (if a span)</source>
        <translation>По (если промежуток)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Prisoner of war</source>
        <translation>Военнопленный</translation>
    </message>
    <message>
        <source>Civilian internee</source>
        <translation>Интернированное гражданское лицо</translation>
    </message>
    <message>
        <source>Detained civilian</source>
        <translation>Задержанное гражданское лицо</translation>
    </message>
    <message>
        <source>Missing, status unknown</source>
        <translation>Пропавший без вести, статус неизвестен</translation>
    </message>
    <message>
        <source>Exchanged list</source>
        <translation>Список обмена</translation>
    </message>
    <message>
        <source>ICRC visit</source>
        <translation>Визит МККК</translation>
    </message>
    <message>
        <source>Capture card</source>
        <translation>Карточка пленного</translation>
    </message>
    <message>
        <source>Testimony of a released detainee</source>
        <translation>Показания освобождённого</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Здоров</translation>
    </message>
    <message>
        <source>Wounded</source>
        <translation>Ранен</translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation>Тяжело болен</translation>
    </message>
    <message>
        <source>Seriously wounded</source>
        <translation>Тяжело ранен</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Содержится</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Освобождён</translation>
    </message>
    <message>
        <source>Repatriated</source>
        <translation>Репатриирован</translation>
    </message>
    <message>
        <source>Escaped</source>
        <translation>Бежал</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Умер</translation>
    </message>
    <message>
        <source>Remains returned</source>
        <translation>Тело возвращено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Tracing in progress</source>
        <translation>Идёт розыск</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>Возможное совпадение</translation>
    </message>
    <message>
        <source>Confirmed held</source>
        <translation>Подтверждено: содержится</translation>
    </message>
    <message>
        <source>Confirmed deceased</source>
        <translation>Подтверждено: умер</translation>
    </message>
    <message>
        <source>Returned / released</source>
        <translation>Вернулся / освобождён</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Reunited</source>
        <translation>Воссоединение</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <source>No trace found</source>
        <translation>Следов не найдено</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>Ukrainian Cyrillic</source>
        <translation>Украинская кириллица</translation>
    </message>
    <message>
        <source>Russian Cyrillic</source>
        <translation>Русская кириллица</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Probable</source>
        <translation>Вероятно</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Пленение</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Больница</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <source>Repatriation</source>
        <translation>Репатриация</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Побег</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Смерть</translation>
    </message>
    <message>
        <source>Prisoner record</source>
        <translation>Запись о пленном</translation>
    </message>
    <message>
        <source>Tracing request</source>
        <translation>Запрос о розыске</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <source>Acknowledgement of a request</source>
        <translation>Подтверждение получения запроса</translation>
    </message>
    <message>
        <source>Request for more information</source>
        <translation>Запрос дополнительных сведений</translation>
    </message>
    <message>
        <source>Confirmation that the person is held</source>
        <translation>Подтверждение содержания лица</translation>
    </message>
    <message>
        <source>Inclusion in an exchange round</source>
        <translation>Включение в обмен</translation>
    </message>
    <message>
        <source>Return or release</source>
        <translation>Возвращение или освобождение</translation>
    </message>
    <message>
        <source>No news yet</source>
        <translation>Пока без новостей</translation>
    </message>
    <message>
        <source>News of death</source>
        <translation>Извещение о смерти</translation>
    </message>
    <message>
        <source>Not released in an exchange / postponed</source>
        <translation>Не освобождён во время обмена / обмен отложен</translation>
    </message>
    <message>
        <source>Remains identified or returned</source>
        <translation>Останки идентифицированы или возвращены</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Дело закрыто</translation>
    </message>
    <message>
        <source>We cannot share information</source>
        <translation>Мы не можем поделиться сведениями</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Отправлено почтой</translation>
    </message>
    <message>
        <source>Returned undelivered</source>
        <translation>Возвращено, не доставлено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Ожидает утверждения</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Почтой</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>По электронной почте</translation>
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
        <translation>Язык</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>This letter cannot be made:</source>
        <translation>Это письмо нельзя создать:</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <source>to review</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>plain_files</name>
    <message>
        <source>This file is not encrypted</source>
        <extracomment>The warning shown last (non-modal; tests read it).</extracomment>
        <translation>Этот файл не зашифрован</translation>
    </message>
    <message>
        <source>Unlike the vault, a saved file can be read by anyone who gets it or this computer. Keep it only as long as it is needed, and delete it afterwards.</source>
        <translation>В отличие от хранилища, сохранённый файл может прочитать любой, кто получит его или этот компьютер. Храните его только пока он нужен, а затем удалите.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>сотрудник по розыску</translation>
    </message>
    <message>
        <source>family liaison</source>
        <translation>связь с семьями</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>просмотр</translation>
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
        <translation>Другая сторона</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>запрашиваемый</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>предложенный</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>вернувшиеся</translation>
    </message>
    <message>
        <source>POW</source>
        <translation>Военнопленный</translation>
    </message>
    <message>
        <source>Civilian</source>
        <translation>Гражданский</translation>
    </message>
    <message>
        <source>Wounded or sick</source>
        <translation>Раненый или больной</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Несовершеннолетний</translation>
    </message>
    <message>
        <source>Remains</source>
        <translation>Останки</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложен</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>переговоры</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>согласован</translation>
    </message>
    <message>
        <source>in execution</source>
        <translation>исполняется</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>исполнен</translation>
    </message>
    <message>
        <source>partially executed</source>
        <translation>исполнен частично</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>no record found</source>
        <translation>запись не найдена</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>неоднозначно</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>exchanged</source>
        <translation>обменян</translation>
    </message>
    <message>
        <source>not presented</source>
        <translation>не представлен</translation>
    </message>
    <message>
        <source>refused to return</source>
        <translation>отказался возвращаться</translation>
    </message>
    <message>
        <source>substituted</source>
        <translation>заменён</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>умер</translation>
    </message>
    <message>
        <source>postponed</source>
        <translation>отложен</translation>
    </message>
    <message>
        <source>Listed, did not come</source>
        <translation>В списке, не прибыл</translation>
    </message>
    <message>
        <source>Came, not listed</source>
        <translation>Прибыл вне списка</translation>
    </message>
    <message>
        <source>Name written differently</source>
        <translation>Имя написано иначе</translation>
    </message>
    <message>
        <source>On two entries or rounds</source>
        <translation>В двух строках или раундах</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>В списках</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Exchanged</source>
        <translation>Обменяно</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
</context>
</TS>
