<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/pages/attachments.py" line="63"/>
        <source>This image cannot be shown (unknown or damaged format).</source>
        <translation>Це зображення неможливо показати (невідомий або пошкоджений формат).</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/pages/attachments.py" line="97"/>
        <source>Add a file…</source>
        <translation>Додати файл…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="98"/>
        <source>View</source>
        <translation>Переглянути</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="99"/>
        <source>Save a copy…</source>
        <translation>Зберегти копію…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="100"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="120"/>
        <source>Scans and photos are stored encrypted inside the vault.</source>
        <translation>Скани та фото зберігаються зашифрованими всередині сховища.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="122"/>
        <source>Save the record first to attach files.</source>
        <translation>Щоб додати файли, спершу збережіть запис.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="134"/>
        <source>image</source>
        <translation>зображення</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="151"/>
        <source>Attach a scan or photo</source>
        <translation>Додати скан або фото</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="154"/>
        <source>Scans and photos (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp *.webp *.pdf);;All files (*)</source>
        <translation>Скани та фото (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp *.webp *.pdf);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="177"/>
        <source>Attaching the file…</source>
        <translation>Додавання файлу…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="194"/>
        <source>This file (%1) cannot be shown inside CaseApp. Use “Save a copy…” to open it with another program; the copy will not be encrypted.</source>
        <translation>Цей файл (%1) неможливо показати в CaseApp. Скористайтеся «Зберегти копію…», щоб відкрити його іншою програмою; копія не буде зашифрована.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="208"/>
        <source>Save an unencrypted copy</source>
        <translation>Зберегти незашифровану копію</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="217"/>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="217"/>
        <source>The file cannot be written there.</source>
        <translation>Туди неможливо записати файл.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="228"/>
        <source>Remove attachment</source>
        <translation>Вилучити вкладення</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="229"/>
        <source>Remove “%1” from this record?</source>
        <translation>Вилучити «%1» з цього запису?</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="59"/>
        <source>Batch of letters</source>
        <translation>Пакет листів</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="62"/>
        <source>None</source>
        <translation>Жодного</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="63"/>
        <source>Printed on both sides (blank back pages)</source>
        <translation>Двосторонній друк (порожні зворотні сторінки)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="64"/>
        <source>Find requests owed this letter</source>
        <translation>Знайти запити, яким належить цей лист</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="66"/>
        <source>Generate the letters</source>
        <translation>Створити листи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="72"/>
        <source>Request</source>
        <translation>Запит</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="72"/>
        <source>Why no letter was made</source>
        <translation>Чому лист не створено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="83"/>
        <source>Save merged PDF…</source>
        <translation>Зберегти об&apos;єднаний PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="84"/>
        <source>Save individual files to a folder…</source>
        <translation>Зберегти окремі файли в теку…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="85"/>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="89"/>
        <source>Kind of letter</source>
        <translation>Вид листа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="90"/>
        <source>Exchange round</source>
        <translation>Раунд обміну</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="122"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="138"/>
        <source>Finding requests…</source>
        <translation>Пошук запитів…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_batch.py" line="144"/>
        <source>%n request(s) owed this letter.</source>
        <translation>
            <numerusform>%n запиту належить цей лист.</numerusform>
            <numerusform>%n запитам належить цей лист.</numerusform>
            <numerusform>%n запитам належить цей лист.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="158"/>
        <source>Generating letters…</source>
        <translation>Створення листів…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_batch.py" line="167"/>
        <source>%n letter(s) generated</source>
        <translation>
            <numerusform>Створено %n лист</numerusform>
            <numerusform>Створено %n листи</numerusform>
            <numerusform>Створено %n листів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_batch.py" line="169"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n сторінка</numerusform>
            <numerusform>%n сторінки</numerusform>
            <numerusform>%n сторінок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_batch.py" line="171"/>
        <source>%n request(s) skipped</source>
        <translation>
            <numerusform>пропущено %n запит</numerusform>
            <numerusform>пропущено %n запити</numerusform>
            <numerusform>пропущено %n запитів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="191"/>
        <source>Save merged PDF</source>
        <translation>Зберегти об&apos;єднаний PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="191"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="200"/>
        <source>Folder for the letters</source>
        <translation>Тека для листів</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="210"/>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="210"/>
        <source>The files could not be written.</source>
        <translation>Не вдалося записати файли.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_batch.py" line="213"/>
        <source>%n file(s) saved.</source>
        <translation>
            <numerusform>Збережено %n файл.</numerusform>
            <numerusform>Збережено %n файли.</numerusform>
            <numerusform>Збережено %n файлів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../ui/pages/match_review.py" line="64"/>
        <source>Field</source>
        <extracomment>Background colours by verdict (light, so text stays readable).</extracomment>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="64"/>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="79"/>
        <source>Name order</source>
        <translation>Порядок імен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="96"/>
        <source>match</source>
        <translation>збіг</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="97"/>
        <source>partial match</source>
        <translation>частковий збіг</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="98"/>
        <source>mismatch</source>
        <translation>розбіжність</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="99"/>
        <source>missing</source>
        <translation>немає даних</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../ui/create_vault.py" line="173"/>
        <source>New vault</source>
        <translation>Нове сховище</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="143"/>
        <source>Find duplicates</source>
        <translation>Знайти дублікати</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="148"/>
        <source>Prisoner records that probably describe the same person (one person on several lists). Merging keeps every name form, source and link of both records.</source>
        <translation>Записи про полонених, які, імовірно, описують ту саму особу (одна людина в кількох списках). Об&apos;єднання зберігає всі форми імені, джерела та зв&apos;язки обох записів.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="169"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="169"/>
        <source>Other record</source>
        <translation>Інший запис</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="172"/>
        <source>Merge…</source>
        <translation>Об&apos;єднати…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="176"/>
        <source>Keep:</source>
        <translation>Залишити:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="182"/>
        <source>Unmerge</source>
        <translation>Роз&apos;єднати</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="189"/>
        <source>Merges</source>
        <translation>Об&apos;єднання</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="224"/>
        <source>Looking for duplicates…</source>
        <translation>Пошук дублікатів…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/duplicates.py" line="233"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n імовірна пара дублікатів</numerusform>
            <numerusform>%n імовірні пари дублікатів</numerusform>
            <numerusform>%n імовірних пар дублікатів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="266"/>
        <source>Merge records</source>
        <translation>Об&apos;єднання записів</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="268"/>
        <source>Merge %1 into %2? Its names, sources, detentions, events, attachments and links move to %2, and %1 is removed. You can unmerge later.</source>
        <translation>Об&apos;єднати %1 із %2? Його імена, джерела, місця утримання, події, вкладення та зв&apos;язки перейдуть до %2, а %1 буде вилучено. Пізніше записи можна роз&apos;єднати.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="276"/>
        <source>Merge</source>
        <translation>Об&apos;єднати</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="283"/>
        <source>Merging…</source>
        <translation>Об&apos;єднання…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="291"/>
        <source>Unmerging…</source>
        <translation>Роз&apos;єднання…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="322"/>
        <source>%1: %2 merged into %3</source>
        <translation>%1: %2 об&apos;єднано з %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="48"/>
        <source>Export the list</source>
        <translation>Експорт списку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/export_dialog.py" line="51"/>
        <source>%n record(s), as the list is filtered now. Choose the columns and the format. The exported file is not encrypted: keep it only as long as needed.</source>
        <translation>
            <numerusform>%n запис, як відфільтровано зараз. Виберіть стовпці та формат. Експортований файл не зашифрований: зберігайте його лише стільки, скільки потрібно.</numerusform>
            <numerusform>%n записи, як відфільтровано зараз. Виберіть стовпці та формат. Експортований файл не зашифрований: зберігайте його лише стільки, скільки потрібно.</numerusform>
            <numerusform>%n записів, як відфільтровано зараз. Виберіть стовпці та формат. Експортований файл не зашифрований: зберігайте його лише стільки, скільки потрібно.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="70"/>
        <source>All</source>
        <translation>Усі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="72"/>
        <source>None</source>
        <translation>Жодного</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="74"/>
        <source>CSV (UTF-8, opens in Excel)</source>
        <translation>CSV (UTF-8, відкривається в Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="75"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="81"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="90"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="120"/>
        <source>Choose at least one column.</source>
        <translation>Виберіть принаймні один стовпець.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="125"/>
        <source>Export to</source>
        <translation>Експортувати до</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="153"/>
        <source>Exporting…</source>
        <translation>Експорт…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/pages/history.py" line="158"/>
        <source>No changes yet: the record has not been saved.</source>
        <translation>Змін ще немає: запис не збережено.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="69"/>
        <source>Import tracing requests</source>
        <translation>Імпорт запитів на розшук</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="71"/>
        <source>Import prisoner records</source>
        <translation>Імпорт записів про полонених</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="78"/>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="83"/>
        <location filename="../../ui/pages/import_wizard.py" line="199"/>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="102"/>
        <source>Choose a list in CSV (UTF-8) or Excel (.xlsx) format. The first row must hold the column names. Nothing is imported before you have seen what would happen.</source>
        <translation>Виберіть список у форматі CSV (UTF-8) або Excel (.xlsx). Перший рядок має містити назви стовпців. Нічого не імпортується, доки ви не побачите, що станеться.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="110"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="132"/>
        <source>Column in the file</source>
        <translation>Стовпець у файлі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="132"/>
        <source>First values</source>
        <translation>Перші значення</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="132"/>
        <source>Goes to field</source>
        <translation>Іде в поле</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="146"/>
        <source>Preview of the first rows</source>
        <translation>Перші рядки файлу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="166"/>
        <source>Invalid rows</source>
        <translation>Неправильні рядки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="167"/>
        <source>Possible duplicates</source>
        <translation>Можливі дублікати</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="168"/>
        <source>Leave out the invalid rows and import the rest</source>
        <translation>Пропустити неправильні рядки й імпортувати решту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="195"/>
        <source>Read the file</source>
        <translation>Прочитати файл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="195"/>
        <source>Check the list (dry run)</source>
        <translation>Перевірити список (пробний прогін)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="195"/>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="199"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="231"/>
        <source>Choose a list</source>
        <translation>Виберіть список</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="231"/>
        <source>Lists (*.csv *.xlsx *.tsv *.txt)</source>
        <translation>Списки (*.csv *.xlsx *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="257"/>
        <source>Choose a file first.</source>
        <translation>Спершу виберіть файл.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="270"/>
        <source>Reading the list…</source>
        <translation>Читання списку…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/import_wizard.py" line="277"/>
        <source>%1: %n row(s). Choose the field each column goes to; columns left on “(ignore)” are not imported.</source>
        <translation>
            <numerusform>%1: %n рядок. Виберіть поле для кожного стовпця; стовпці з позначкою «(пропустити)» не імпортуються.</numerusform>
            <numerusform>%1: %n рядки. Виберіть поле для кожного стовпця; стовпці з позначкою «(пропустити)» не імпортуються.</numerusform>
            <numerusform>%1: %n рядків. Виберіть поле для кожного стовпця; стовпці з позначкою «(пропустити)» не імпортуються.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="285"/>
        <source>The mapping used last time for a list with these columns is preselected.</source>
        <translation>Попередньо вибрано відповідність, використану минулого разу для списку з такими стовпцями.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="299"/>
        <source>(ignore)</source>
        <translation>(пропустити)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="330"/>
        <source>Two columns go to the same field: %1. Choose one.</source>
        <translation>Два стовпці йдуть в одне поле: %1. Виберіть один.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="341"/>
        <source>Checking the list…</source>
        <translation>Перевірка списку…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="346"/>
        <source>%1 record(s) would be created, %2 look like records already known, %3 row(s) are invalid.</source>
        <translation>Буде створено записів: %1; схожих на вже відомі: %2; неправильних рядків: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="355"/>
        <source>This very file has been imported before.</source>
        <translation>Саме цей файл уже імпортували раніше.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="358"/>
        <source>The list is not imported while it has invalid rows: correct the file, or leave those rows out.</source>
        <translation>Список не імпортується, доки в ньому є неправильні рядки: виправте файл або пропустіть ці рядки.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="366"/>
        <source>Row %1: %2</source>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="371"/>
        <source>Row %1 looks like %2</source>
        <translation>Рядок %1 схожий на %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="376"/>
        <source>Invalid rows (%1)</source>
        <translation>Неправильні рядки (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="379"/>
        <source>Possible duplicates (%1)</source>
        <translation>Можливі дублікати (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="396"/>
        <source>Importing…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="404"/>
        <source>Imported %1 record(s) from %2.
The file&apos;s SHA-256 (%3) is kept with every record it created.</source>
        <translation>Імпортовано записів: %1 з файлу %2.
SHA-256 файлу (%3) зберігається з кожним створеним з нього записом.</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="53"/>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="56"/>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="59"/>
        <source>Approve</source>
        <translation>Затвердити</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="74"/>
        <source>Save the letter</source>
        <translation>Зберегти лист</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="74"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="82"/>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="82"/>
        <source>The file could not be written.</source>
        <translation>Не вдалося записати файл.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../ui/pages/letters.py" line="140"/>
        <source>Search: letter number, request number or recipient</source>
        <translation>Пошук: номер листа, номер запиту або одержувач</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="143"/>
        <source>Any kind</source>
        <translation>Будь-який вид</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="145"/>
        <source>Any language</source>
        <translation>Будь-яка мова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="149"/>
        <source>Any state</source>
        <translation>Будь-який стан</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="157"/>
        <source>New letter…</source>
        <translation>Новий лист…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="158"/>
        <source>Open / reprint…</source>
        <translation>Відкрити / передрукувати…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="159"/>
        <source>Review and approve…</source>
        <translation>Переглянути й затвердити…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="160"/>
        <source>Correct…</source>
        <translation>Виправити…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="161"/>
        <source>A new letter that corrects the selected one</source>
        <translation>Новий лист, що виправляє вибраний</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="162"/>
        <source>Batch…</source>
        <translation>Пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="163"/>
        <source>Template specimens…</source>
        <translation>Зразки шаблонів…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="164"/>
        <source>Organisation profile…</source>
        <translation>Профіль організації…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="166"/>
        <source>Handed over</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="167"/>
        <source>Posted</source>
        <translation>Надіслано поштою</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="168"/>
        <source>Returned undelivered</source>
        <translation>Повернуто, не доставлено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="169"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="178"/>
        <source>Mark as</source>
        <translation>Позначити як</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="252"/>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters.py" line="259"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n лист</numerusform>
            <numerusform>%n листи</numerusform>
            <numerusform>%n листів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="328"/>
        <location filename="../../ui/pages/letters.py" line="348"/>
        <location filename="../../ui/pages/letters.py" line="377"/>
        <source>Opening the letter…</source>
        <translation>Відкриття листа…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="340"/>
        <location filename="../../ui/pages/letters.py" line="361"/>
        <source>Letter %1</source>
        <translation>Лист %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="365"/>
        <source>News of death: read the letter. Approving it lets it be printed and sent; it must be approved by someone other than the person who generated it.</source>
        <translation>Повідомлення про смерть: прочитайте лист. Після затвердження його можна друкувати й надсилати; затвердити його має не та особа, яка його створила.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="392"/>
        <source>Approving…</source>
        <translation>Затвердження…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="403"/>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="404"/>
        <source>Cancel letter %1? A cancelled letter cannot be sent any more.</source>
        <translation>Скасувати лист %1? Скасований лист більше не можна надіслати.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="414"/>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="149"/>
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;About CaseApp</source>
        <translation>&amp;Про CaseApp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Vault: %1</source>
        <translation>Сховище: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Увійшли: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>About CaseApp</source>
        <translation>Про CaseApp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>CaseApp %1 — offline casework for tracing detained persons.</source>
        <translation>CaseApp %1 — офлайн-робота з розшуку затриманих осіб.</translation>
    </message>
</context>
<context>
    <name>MatchReview</name>
    <message>
        <location filename="../../ui/pages/match_review.py" line="156"/>
        <source>Tracing request</source>
        <translation>Запит на розшук</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="156"/>
        <source>Prisoner record</source>
        <translation>Запис про полоненого</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="157"/>
        <source>Confirm match</source>
        <translation>Підтвердити збіг</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="159"/>
        <source>Reject…</source>
        <translation>Відхилити…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="161"/>
        <source>Reopen</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="172"/>
        <source>Matching only suggests. Confirm only when you are sure it is the same person.</source>
        <translation>Зіставлення лише пропонує. Підтверджуйте, тільки коли впевнені, що це та сама особа.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="191"/>
        <source>Select a suggestion to review it.</source>
        <translation>Виберіть пропозицію, щоб її розглянути.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="199"/>
        <source>score %1 (%2)</source>
        <translation>оцінка %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="213"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="219"/>
        <source>Status: %1 by %2 on %3</source>
        <translation>Статус: %1, рішення: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="225"/>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="242"/>
        <source>Confirming…</source>
        <translation>Підтвердження…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="255"/>
        <source>Rejecting…</source>
        <translation>Відхилення…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="260"/>
        <source>Reopening…</source>
        <translation>Повторне відкриття…</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <location filename="../../ui/pages/matches.py" line="149"/>
        <source>Show all requests</source>
        <extracomment>Requests to re-match at the next automatic run; None = all of them. The prisoner index, kept between runs and refreshed from the broadcast changes.</extracomment>
        <translation>Показати всі запити</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="153"/>
        <source>Any band</source>
        <translation>Будь-яка оцінка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="158"/>
        <source>To review</source>
        <translation>На розгляд</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="159"/>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="160"/>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="161"/>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="164"/>
        <source>Re-match now</source>
        <translation>Зіставити зараз</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="167"/>
        <source>Look again for prisoner records matching the open tracing requests</source>
        <translation>Знову пошукати записи про полонених, що відповідають відкритим запитам на розшук</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="223"/>
        <source>Suggested matches for all tracing requests</source>
        <translation>Запропоновані збіги для всіх запитів на розшук</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="225"/>
        <source>Suggested matches for %1</source>
        <translation>Запропоновані збіги для %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matches.py" line="245"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n пропозиція</numerusform>
            <numerusform>%n пропозиції</numerusform>
            <numerusform>%n пропозицій</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="300"/>
        <source>Re-matching…</source>
        <translation>Зіставлення…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="310"/>
        <source>Looking for matches…</source>
        <translation>Пошук збігів…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="324"/>
        <source>Re-match done: %1 new, %2 updated, %3 no longer suggested.</source>
        <translation>Зіставлення завершено: нових — %1, оновлено — %2, більше не пропонуються — %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="334"/>
        <source>Re-match stopped; nothing was changed.</source>
        <translation>Зіставлення зупинено; нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>NewLetterDialog</name>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="75"/>
        <source>Correction of letter %1</source>
        <extracomment>The earlier letter this one corrects (recorded with the new letter).</extracomment>
        <translation>Виправлення листа %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="77"/>
        <source>New letter</source>
        <translation>Новий лист</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="80"/>
        <source>Request number, e.g. TR-2026-…</source>
        <translation>Номер запиту, напр. TR-2026-…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="83"/>
        <location filename="../../ui/pages/letter_dialog.py" line="86"/>
        <source>As on the request</source>
        <translation>Як у запиті</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="88"/>
        <source>Find</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="89"/>
        <source>Find requests by a name or number</source>
        <translation>Знайти запити за ім&apos;ям або номером</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="99"/>
        <source>None</source>
        <translation>Жодного</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="101"/>
        <source>What the family is asked for</source>
        <translation>Які відомості просимо в родини</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="104"/>
        <source>Tracing request</source>
        <translation>Запит на розшук</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="106"/>
        <source>Kind of letter</source>
        <translation>Вид листа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="107"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="108"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="109"/>
        <source>Exchange round</source>
        <translation>Раунд обміну</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="110"/>
        <source>Details asked for</source>
        <translation>Запитувані відомості</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="122"/>
        <source>Preview</source>
        <translation>Попередній перегляд</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="125"/>
        <source>Generate</source>
        <translation>Створити</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="147"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="156"/>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="164"/>
        <source>No request found</source>
        <translation>Запит не знайдено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="210"/>
        <source>Preparing the letter…</source>
        <translation>Підготовка листа…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="240"/>
        <source>This letter is awaiting approval by a second person before it may be printed.</source>
        <translation>Цей лист чекає на затвердження другою особою; до того його не можна друкувати.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="247"/>
        <source>Letter %1</source>
        <translation>Лист %1</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="122"/>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="123"/>
        <source>Band</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="124"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="125"/>
        <location filename="../../ui/pages/duplicates.py" line="127"/>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="126"/>
        <source>Other record</source>
        <translation>Інший запис</translation>
    </message>
</context>
<context>
    <name>PartsTable</name>
    <message>
        <location filename="../../ui/pages/parts.py" line="202"/>
        <source>Add…</source>
        <translation>Додати…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="203"/>
        <source>Edit…</source>
        <translation>Змінити…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="204"/>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
</context>
<context>
    <name>PrisonerEditor</name>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="41"/>
        <source>Prisoner record: %1</source>
        <translation>Запис про полоненого: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="56"/>
        <source>Every name form as written, and its source</source>
        <translation>Усі форми імені, як їх записано, та їхні джерела</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="67"/>
        <source>Identity</source>
        <translation>Особа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="77"/>
        <source>Military and capture</source>
        <translation>Служба та полон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="86"/>
        <source>Places of detention over time</source>
        <translation>Місця утримання в часі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="93"/>
        <source>Detention and health</source>
        <translation>Утримання та здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="105"/>
        <source>Status history</source>
        <translation>Історія статусу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="109"/>
        <source>Status and next of kin</source>
        <translation>Статус і найближчі родичі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="123"/>
        <source>Sources behind the facts</source>
        <translation>Джерела фактів</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="126"/>
        <source>Each fact can have several sources (list, ICRC visit, capture card, testimony, media, family). When they disagree, all are kept and shown side by side.</source>
        <translation>Кожен факт може мати кілька джерел (список, візит МКЧХ, картка полоненого, свідчення, ЗМІ, родина). Якщо вони розходяться, зберігаються всі й показуються поруч.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="143"/>
        <location filename="../../ui/pages/prisoner_editor.py" line="154"/>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="153"/>
        <source>The sources agree.</source>
        <translation>Джерела узгоджуються.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="167"/>
        <source>Sources disagree:</source>
        <translation>Джерела розходяться:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/prisoner_editor.py" line="169"/>
        <source>Sources (%n conflict(s))</source>
        <translation>
            <numerusform>Джерела (%n розбіжність)</numerusform>
            <numerusform>Джерела (%n розбіжності)</numerusform>
            <numerusform>Джерела (%n розбіжностей)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="174"/>
        <source>Not saved yet.</source>
        <translation>Ще не збережено.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="49"/>
        <source>Organisation profile</source>
        <translation>Профіль організації</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="60"/>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="61"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="62"/>
        <source>Signature block</source>
        <translation>Блок підпису</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="65"/>
        <source>e.g. URCS</source>
        <translation>напр. ТЧХУ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="68"/>
        <source>Choose a logo…</source>
        <translation>Вибрати логотип…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="69"/>
        <source>Remove the logo</source>
        <translation>Прибрати логотип</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="75"/>
        <source>Reference prefix</source>
        <translation>Префікс номера</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="76"/>
        <source>Logo (PNG or JPEG)</source>
        <translation>Логотип (PNG або JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="92"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="111"/>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="115"/>
        <source>Choose a logo</source>
        <translation>Виберіть логотип</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="115"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Зображення (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="122"/>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="122"/>
        <source>The file could not be read.</source>
        <translation>Не вдалося прочитати файл.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="152"/>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/pages/matches.py" line="67"/>
        <source>Score</source>
        <extracomment>Wait this long after the last change before re-matching by itself. Changes that can change the suggestions. Our own writes: they never start an automatic re-match.</extracomment>
        <translation>Оцінка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="68"/>
        <source>Band</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="69"/>
        <source>Request</source>
        <translation>Запит</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="70"/>
        <source>Sought person</source>
        <translation>Особа, яку шукають</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="71"/>
        <source>Prisoner record</source>
        <translation>Запис про полоненого</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="72"/>
        <source>Name in the record</source>
        <translation>Ім&apos;я в записі</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="73"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/pages/editor.py" line="104"/>
        <source>◀ Back to the list</source>
        <extracomment>The user wants to go back to the list (already confirmed if there were changes). A save went through: the record&apos;s id.</extracomment>
        <translation>◀ Назад до списку</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="105"/>
        <source>Back to the list (Esc)</source>
        <translation>Назад до списку (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="107"/>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="108"/>
        <source>Save (Ctrl+S)</source>
        <translation>Зберегти (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="111"/>
        <location filename="../../ui/pages/editor.py" line="341"/>
        <source>Discard changes</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="129"/>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="130"/>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="217"/>
        <source>New record</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="223"/>
        <location filename="../../ui/pages/editor.py" line="355"/>
        <source>Unsaved changes</source>
        <translation>Незбережені зміни</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="252"/>
        <source>Not saved. Please correct:</source>
        <translation>Не збережено. Виправте, будь ласка:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="267"/>
        <source>Your role can view this record but not change it.</source>
        <translation>Ваша роль дозволяє переглядати цей запис, але не змінювати.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="342"/>
        <source>Throw away the changes made since the last save?</source>
        <translation>Відкинути зміни, зроблені після останнього збереження?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="356"/>
        <source>This record has unsaved changes.</source>
        <translation>У цьому записі є незбережені зміни.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="357"/>
        <source>Save them before leaving?</source>
        <translation>Зберегти їх перед виходом?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="438"/>
        <source>Unsaved changes from %1 were restored. Save them, or use “Discard changes”.</source>
        <translation>Відновлено незбережені зміни від %1. Збережіть їх або натисніть «Скасувати зміни».</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../ui/pages/record_list.py" line="95"/>
        <source>Search: a name in any script or spelling, or a number  (Ctrl+F)</source>
        <extracomment>Entity types whose changes can change what a list shows.</extracomment>
        <translation>Пошук: ім&apos;я будь-яким письмом і написанням або номер  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="106"/>
        <source>New tracing request</source>
        <translation>Новий запит на розшук</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="106"/>
        <source>New prisoner record</source>
        <translation>Новий запис про полоненого</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="108"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="111"/>
        <source>Import…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="113"/>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="123"/>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="131"/>
        <source>Any category</source>
        <translation>Будь-яка категорія</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="135"/>
        <source>Any caseworker</source>
        <translation>Будь-який виконавець</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="137"/>
        <source>Any exchange round</source>
        <translation>Будь-який етап обміну</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="140"/>
        <source>Any date</source>
        <translation>Будь-яка дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="143"/>
        <source>from</source>
        <translation>від</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="145"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="149"/>
        <source>Clear filters</source>
        <translation>Скинути фільтри</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="170"/>
        <source>Save filter…</source>
        <translation>Зберегти фільтр…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="172"/>
        <location filename="../../ui/pages/record_list.py" line="443"/>
        <source>Delete saved filter</source>
        <translation>Видалити збережений фільтр</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="177"/>
        <source>Saved filters:</source>
        <translation>Збережені фільтри:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="245"/>
        <source>Assigned to me</source>
        <translation>Призначені мені</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="246"/>
        <source>Unassigned</source>
        <translation>Без виконавця</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="254"/>
        <source>(choose a saved filter)</source>
        <translation>(виберіть збережений фільтр)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="284"/>
        <source>Use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="354"/>
        <location filename="../../ui/pages/record_list.py" line="380"/>
        <source>Type at least three letters to search.</source>
        <translation>Для пошуку введіть щонайменше три літери.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="356"/>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="356"/>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/record_list.py" line="378"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="417"/>
        <source>Save filter</source>
        <translation>Зберегти фільтр</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="417"/>
        <source>Name of this filter:</source>
        <translation>Назва фільтра:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="444"/>
        <source>Delete the filter “%1”?</source>
        <translation>Видалити фільтр «%1»?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="171"/>
        <location filename="../../ui/unlock.py" line="182"/>
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="183"/>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="184"/>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="185"/>
        <source>Repeat it</source>
        <translation>Повторіть її</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="196"/>
        <source>The recovery key was printed when the vault was created. It sets a new passphrase for one account.</source>
        <translation>Ключ відновлення було надруковано під час створення сховища. Він дозволяє задати нову парольну фразу для одного облікового запису.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="210"/>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="224"/>
        <source>Setting the new passphrase…</source>
        <translation>Встановлення нової парольної фрази…</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../ui/pages/match_review.py" line="108"/>
        <source>Reject the match</source>
        <translation>Відхилити збіг</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="112"/>
        <source>For example: different birth date confirmed by the family</source>
        <translation>Наприклад: родина підтвердила іншу дату народження</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="117"/>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="122"/>
        <source>Why is this not the same person? (required)</source>
        <translation>Чому це не та сама особа? (обов&apos;язково)</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="60"/>
        <source>Write a letter…</source>
        <translation>Написати лист…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="77"/>
        <source>Tracing request: %1</source>
        <translation>Запит на розшук: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="94"/>
        <source>Other ways the name is written</source>
        <translation>Інші написання імені</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="105"/>
        <source>Sought person</source>
        <translation>Особа, яку шукають</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="119"/>
        <source>Enquirer</source>
        <translation>Заявник</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="135"/>
        <source>Contacts with the family</source>
        <translation>Контакти з родиною</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="142"/>
        <source>Status history</source>
        <translation>Історія статусу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="144"/>
        <source>Suggested matches…</source>
        <translation>Запропоновані збіги…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="147"/>
        <source>Review the prisoner records that may be this person</source>
        <translation>Переглянути записи про полонених, які можуть стосуватися цієї особи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="155"/>
        <source>Case and contacts</source>
        <translation>Справа та контакти</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="175"/>
        <source>Not saved yet.</source>
        <translation>Ще не збережено.</translation>
    </message>
</context>
<context>
    <name>SpecimenDialog</name>
    <message>
        <location filename="../../ui/pages/letter_specimen.py" line="38"/>
        <source>Template specimens</source>
        <translation>Зразки шаблонів</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_specimen.py" line="41"/>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_specimen.py" line="47"/>
        <source>Kind of letter</source>
        <translation>Вид листа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_specimen.py" line="49"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_specimen.py" line="79"/>
        <source>Preparing the letter…</source>
        <translation>Підготовка листа…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/worker.py" line="113"/>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="47"/>
        <source>Unlock the vault</source>
        <translation>Розблокувати сховище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="54"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="66"/>
        <source>Vault file</source>
        <translation>Файл сховища</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="67"/>
        <source>User name</source>
        <translation>Ім&apos;я користувача</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="68"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="71"/>
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="74"/>
        <source>Create a new vault…</source>
        <translation>Створити нове сховище…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Forgot the passphrase? Use the recovery key…</source>
        <translation>Забули парольну фразу? Скористайтеся ключем відновлення…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="111"/>
        <source>Open a vault</source>
        <translation>Відкрити сховище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113"/>
        <source>CaseApp vaults (*.caseapp);;All files (*)</source>
        <translation>Сховища CaseApp (*.caseapp);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="131"/>
        <source>Type your passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="153"/>
        <source>Unlocking…</source>
        <translation>Розблокування…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>This screen is being built. Its data is already kept in the vault.</source>
        <translation>Цей екран ще в розробці. Його дані вже зберігаються у сховищі.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Tracing requests</source>
        <translation>Запити на розшук</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Prisoner records</source>
        <translation>Записи про полонених</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Matches</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Duplicates</source>
        <translation>Дублікати</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Exchange rounds</source>
        <translation>Раунди обміну</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
</context>
<context>
    <name>_AccountPage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="35"/>
        <source>Create a vault</source>
        <translation>Створення сховища</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="38"/>
        <source>The vault is one encrypted file. Only the accounts you create, or the recovery key, can open it.</source>
        <translation>Сховище — це один зашифрований файл. Відкрити його можуть лише створені вами облікові записи або ключ відновлення.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="43"/>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="55"/>
        <source>Vault file</source>
        <translation>Файл сховища</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="56"/>
        <source>Administrator user name</source>
        <translation>Ім&apos;я адміністратора</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="57"/>
        <source>Full name</source>
        <translation>Повне ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="58"/>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="59"/>
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/create_vault.py" line="62"/>
        <source>At least %n characters. A few unrelated words work well.</source>
        <translation>
            <numerusform>Щонайменше %n символ. Добре підходять кілька не пов&apos;язаних слів.</numerusform>
            <numerusform>Щонайменше %n символи. Добре підходять кілька не пов&apos;язаних слів.</numerusform>
            <numerusform>Щонайменше %n символів. Добре підходять кілька не пов&apos;язаних слів.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="81"/>
        <source>New vault</source>
        <translation>Нове сховище</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="81"/>
        <source>CaseApp vaults (*.caseapp)</source>
        <translation>Сховища CaseApp (*.caseapp)</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="90"/>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="121"/>
        <source>Creating the vault…</source>
        <translation>Створення сховища…</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="133"/>
        <source>Your recovery key</source>
        <translation>Ваш ключ відновлення</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="136"/>
        <source>If every passphrase is forgotten, this key is the only way to open the vault. Write it down or print it, and keep it locked away from the laptop. It will not be shown again.</source>
        <translation>Якщо всі парольні фрази забуто, лише цей ключ відкриє сховище. Запишіть або надрукуйте його і зберігайте під замком, окремо від ноутбука. Його більше не буде показано.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="147"/>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="151"/>
        <source>I have written down the recovery key</source>
        <translation>Я записав(-ла) ключ відновлення</translation>
    </message>
</context>
<context>
    <name>bands</name>
    <message>
        <location filename="../../ui/pages/match_review.py" line="284"/>
        <source>strong</source>
        <translation>висока</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="285"/>
        <source>possible</source>
        <translation>можлива</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="286"/>
        <source>weak</source>
        <translation>слабка</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>Something went wrong and the action was not completed. Nothing was changed. If it happens again, tell your coordinator what you were doing.</source>
        <translation>Сталася помилка, дію не виконано. Нічого не змінено. Якщо це повториться, розкажіть координатору, що ви робили.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31"/>
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../ui/forms.py" line="53"/>
        <source>Required.</source>
        <extracomment>Fields that hold a paragraph rather than a line.</extracomment>
        <translation>Обов&apos;язкове поле.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="55"/>
        <source>A family name or a given name is required.</source>
        <translation>Потрібне прізвище або ім&apos;я.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="57"/>
        <source>A closed request needs a reason.</source>
        <translation>Для закритого запиту потрібна причина.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="59"/>
        <source>A rejection needs a reason.</source>
        <translation>Для відхилення потрібна причина.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="61"/>
        <source>Must be a number.</source>
        <translation>Має бути число.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="63"/>
        <source>Not a date: use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Це не дата: використовуйте РРРР, РРРР-ММ або РРРР-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="65"/>
        <source>Choose one of the listed values.</source>
        <translation>Виберіть одне зі значень списку.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="67"/>
        <source>Month %1 does not exist.</source>
        <translation>Місяця %1 не існує.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="72"/>
        <source>Day %1 does not exist in %2.</source>
        <translation>Дня %1 немає в %2.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="78"/>
        <source>Year %1 is outside %2.</source>
        <translation>Рік %1 поза межами %2.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="172"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>Text fields shown as a list to choose from: field -&gt; [(stored value, label)].</extracomment>
        <translation>РРРР, РРРР-ММ або РРРР-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/pages/history.py" line="33"/>
        <location filename="../../ui/pages/history.py" line="34"/>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="35"/>
        <source>Name form</source>
        <translation>Форма імені</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="36"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="37"/>
        <source>Place of detention</source>
        <translation>Місце утримання</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="38"/>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="39"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="40"/>
        <source>Attachment</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="55"/>
        <source>file, %1 bytes</source>
        <translation>файл, %1 байт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="62"/>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="64"/>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="74"/>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="75"/>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="76"/>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="77"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="78"/>
        <source>Old value</source>
        <translation>Було</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="79"/>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="120"/>
        <source>created</source>
        <translation>створено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="121"/>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="122"/>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="123"/>
        <source>restored</source>
        <translation>відновлено</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="14"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Given name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Patronymic</source>
        <translation>По батькові</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Sex</source>
        <translation>Стать</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Date of birth</source>
        <translation>Дата народження</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Place of birth</source>
        <translation>Місце народження</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Citizenship</source>
        <translation>Громадянство</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Power he depends on</source>
        <translation>Держава, від якої залежить</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Armed force</source>
        <translation>Збройні сили</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Unit</source>
        <translation>Військова частина</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Rank</source>
        <translation>Звання</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Service number</source>
        <translation>Особистий номер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Father&apos;s first name</source>
        <translation>Ім&apos;я батька</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Mother&apos;s maiden name</source>
        <translation>Дівоче прізвище матері</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Date of capture</source>
        <translation>Дата полону</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Place of capture</source>
        <translation>Місце полону</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Circumstances of capture</source>
        <translation>Обставини полону</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Health</source>
        <translation>Здоров&apos;я</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Wishes to be repatriated</source>
        <translation>Бажає репатріації</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Status date</source>
        <translation>Дата статусу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Source of the status</source>
        <translation>Джерело статусу</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Next of kin (name and address)</source>
        <translation>Найближчий родич (ім&apos;я та адреса)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Do not disclose (GC IV art. 137)</source>
        <translation>Не розголошувати (ЖК IV, ст. 137)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Imported from</source>
        <translation>Імпортовано з</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Reason for closing</source>
        <translation>Причина закриття</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Enquirer&apos;s name</source>
        <translation>Ім&apos;я заявника</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Relationship to the sought person</source>
        <translation>Ким доводиться особі, яку шукають</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <location filename="../../ui/labels.py" line="186"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="49"/>
        <location filename="../../ui/labels.py" line="171"/>
        <location filename="../../ui/labels.py" line="189"/>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Language for letters</source>
        <translation>Мова листів</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Delivery channel</source>
        <translation>Спосіб доставки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Do not contact by phone</source>
        <translation>Не телефонувати</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Safety notes</source>
        <translation>Примітки щодо безпеки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Consents to sharing their details with the ICRC and other parties</source>
        <translation>Згоден(а) на передачу своїх даних МКЧХ та іншим сторонам</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Date last seen / last news</source>
        <translation>Дата, коли бачили востаннє / останні звістки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Place last seen</source>
        <translation>Де бачили востаннє</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Circumstances</source>
        <translation>Обставини</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>What the family already knows, and from where</source>
        <translation>Що родина вже знає і звідки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Assigned caseworker</source>
        <translation>Відповідальний працівник</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Follow-up date</source>
        <translation>Дата наступного контакту</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Script</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Source reference</source>
        <translation>Посилання на джерело</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Source date</source>
        <translation>Дата джерела</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Reliability</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="76"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="77"/>
        <location filename="../../ui/labels.py" line="84"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="78"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="79"/>
        <source>Summary</source>
        <translation>Зміст</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="80"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="81"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="82"/>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Prisoner of war</source>
        <translation>Військовополонений</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Civilian internee</source>
        <translation>Інтернована цивільна особа</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Detained civilian</source>
        <translation>Затримана цивільна особа</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Missing, status unknown</source>
        <translation>Зниклий безвісти, статус невідомий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Exchanged list</source>
        <translation>Список обміну</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>ICRC visit</source>
        <translation>Візит МКЧХ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Capture card</source>
        <translation>Картка полоненого</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Testimony of a released detainee</source>
        <translation>Свідчення звільненого</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Media</source>
        <translation>ЗМІ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Family</source>
        <translation>Родина</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <location filename="../../ui/labels.py" line="165"/>
        <location filename="../../ui/labels.py" line="177"/>
        <location filename="../../ui/labels.py" line="190"/>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <location filename="../../ui/labels.py" line="134"/>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>No</source>
        <translation>Ні</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Male</source>
        <translation>Чоловіча</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Female</source>
        <translation>Жіноча</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Well</source>
        <translation>Здоровий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Wounded</source>
        <translation>Поранений</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Seriously ill</source>
        <translation>Тяжко хворий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>Seriously wounded</source>
        <translation>Тяжко поранений</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Held</source>
        <translation>Утримується</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Released</source>
        <translation>Звільнений</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Repatriated</source>
        <translation>Репатрійований</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Escaped</source>
        <translation>Утік</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <location filename="../../ui/labels.py" line="163"/>
        <source>Deceased</source>
        <translation>Помер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Remains returned</source>
        <translation>Тіло повернуто</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151"/>
        <source>Open</source>
        <translation>Відкритий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <source>Tracing in progress</source>
        <translation>Триває розшук</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Possible match</source>
        <translation>Можливий збіг</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Confirmed held</source>
        <translation>Підтверджено: утримується</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Confirmed deceased</source>
        <translation>Підтверджено: помер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156"/>
        <source>Returned / released</source>
        <translation>Повернувся / звільнений</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Closed</source>
        <translation>Закритий</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>Reunited</source>
        <translation>Возз&apos;єднання</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <source>Withdrawn</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <source>Duplicate</source>
        <translation>Дублікат</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>No trace found</source>
        <translation>Слідів не знайдено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169"/>
        <location filename="../../ui/labels.py" line="188"/>
        <source>Post</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <location filename="../../ui/labels.py" line="187"/>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Ukrainian Cyrillic</source>
        <translation>Українська кирилиця</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Russian Cyrillic</source>
        <translation>Російська кирилиця</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Latin</source>
        <translation>Латиниця</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Confirmed</source>
        <translation>Підтверджено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Probable</source>
        <translation>Імовірно</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Unverified</source>
        <translation>Не перевірено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="193"/>
        <source>Prisoner record</source>
        <translation>Запис про полоненого</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194"/>
        <source>Tracing request</source>
        <translation>Запит на розшук</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="35"/>
        <source>Acknowledgement of a request</source>
        <translation>Підтвердження отримання запиту</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="36"/>
        <source>Request for more information</source>
        <translation>Запит додаткових відомостей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="37"/>
        <source>Confirmation that the person is held</source>
        <translation>Підтвердження утримання особи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="40"/>
        <source>Inclusion in an exchange round</source>
        <translation>Включення до обміну</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="43"/>
        <source>Return or release</source>
        <translation>Повернення або звільнення</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="44"/>
        <source>No news yet</source>
        <translation>Поки що без новин</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="45"/>
        <source>News of death</source>
        <translation>Повідомлення про смерть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="51"/>
        <location filename="../../ui/pages/letters.py" line="101"/>
        <source>Generated</source>
        <translation>Створено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="52"/>
        <source>Handed over</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="53"/>
        <source>Posted</source>
        <translation>Надіслано поштою</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="54"/>
        <source>Returned undelivered</source>
        <translation>Повернуто, не доставлено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="55"/>
        <source>Cancelled</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="56"/>
        <source>Awaiting approval</source>
        <translation>Чекає на затвердження</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="62"/>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="63"/>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="64"/>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="70"/>
        <source>By post</source>
        <translation>Поштою</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="71"/>
        <source>In person</source>
        <translation>Особисто</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="72"/>
        <source>By e-mail</source>
        <translation>Електронною поштою</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="97"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="98"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="99"/>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="100"/>
        <source>Recipient</source>
        <translation>Одержувач</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="102"/>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="103"/>
        <source>This letter cannot be made:</source>
        <translation>Цей лист не можна створити:</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../ui/pages/match_review.py" line="294"/>
        <source>to review</source>
        <translation>на розгляді</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="295"/>
        <source>confirmed</source>
        <translation>підтверджено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="296"/>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>caseworker</source>
        <translation>працівник з розшуку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>family liaison</source>
        <translation>зв&apos;язок із родинами</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>viewer</source>
        <translation>перегляд</translation>
    </message>
</context>
</TS>
