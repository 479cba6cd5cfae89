<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachmentViewer</name>
    <message>
        <location filename="../../ui/pages/attachments.py" line="63"/>
        <source>This image cannot be shown (unknown or damaged format).</source>
        <translation>Это изображение невозможно показать (неизвестный или повреждённый формат).</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/pages/attachments.py" line="97"/>
        <source>Add a file…</source>
        <translation>Добавить файл…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="98"/>
        <source>View</source>
        <translation>Просмотреть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="99"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="100"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="120"/>
        <source>Scans and photos are stored encrypted inside the vault.</source>
        <translation>Сканы и фото хранятся в зашифрованном виде внутри хранилища.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="122"/>
        <source>Save the record first to attach files.</source>
        <translation>Чтобы прикрепить файлы, сначала сохраните запись.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="134"/>
        <source>image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="151"/>
        <source>Attach a scan or photo</source>
        <translation>Прикрепить скан или фото</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="154"/>
        <source>Scans and photos (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp *.webp *.pdf);;All files (*)</source>
        <translation>Сканы и фото (*.png *.jpg *.jpeg *.tif *.tiff *.gif *.bmp *.webp *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="177"/>
        <source>Attaching the file…</source>
        <translation>Прикрепление файла…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="194"/>
        <source>This file (%1) cannot be shown inside CaseApp. Use “Save a copy…” to open it with another program; the copy will not be encrypted.</source>
        <translation>Этот файл (%1) невозможно показать в CaseApp. Используйте «Сохранить копию…», чтобы открыть его другой программой; копия не будет зашифрована.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="208"/>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="217"/>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="217"/>
        <source>The file cannot be written there.</source>
        <translation>Туда невозможно записать файл.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="228"/>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/attachments.py" line="229"/>
        <source>Remove “%1” from this record?</source>
        <translation>Удалить «%1» из этой записи?</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="59"/>
        <source>Batch of letters</source>
        <translation>Пакет писем</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="62"/>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="63"/>
        <source>Printed on both sides (blank back pages)</source>
        <translation>Двусторонняя печать (пустые оборотные страницы)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="64"/>
        <source>Find requests owed this letter</source>
        <translation>Найти запросы, которым положено это письмо</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="66"/>
        <source>Generate the letters</source>
        <translation>Создать письма</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="72"/>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="72"/>
        <source>Why no letter was made</source>
        <translation>Почему письмо не создано</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="83"/>
        <source>Save merged PDF…</source>
        <translation>Сохранить объединённый PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="84"/>
        <source>Save individual files to a folder…</source>
        <translation>Сохранить отдельные файлы в папку…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="85"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="89"/>
        <source>Kind of letter</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="90"/>
        <source>Exchange round</source>
        <translation>Раунд обмена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="122"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="138"/>
        <source>Finding requests…</source>
        <translation>Поиск запросов…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_batch.py" line="144"/>
        <source>%n request(s) owed this letter.</source>
        <translation>
            <numerusform>%n запросу положено это письмо.</numerusform>
            <numerusform>%n запросам положено это письмо.</numerusform>
            <numerusform>%n запросам положено это письмо.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="158"/>
        <source>Generating letters…</source>
        <translation>Создание писем…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_batch.py" line="167"/>
        <source>%n letter(s) generated</source>
        <translation>
            <numerusform>Создано %n письмо</numerusform>
            <numerusform>Создано %n письма</numerusform>
            <numerusform>Создано %n писем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_batch.py" line="169"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_batch.py" line="171"/>
        <source>%n request(s) skipped</source>
        <translation>
            <numerusform>пропущен %n запрос</numerusform>
            <numerusform>пропущено %n запроса</numerusform>
            <numerusform>пропущено %n запросов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="191"/>
        <source>Save merged PDF</source>
        <translation>Сохранить объединённый PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="191"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="200"/>
        <source>Folder for the letters</source>
        <translation>Папка для писем</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="210"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_batch.py" line="210"/>
        <source>The files could not be written.</source>
        <translation>Не удалось записать файлы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letter_batch.py" line="213"/>
        <source>%n file(s) saved.</source>
        <translation>
            <numerusform>Сохранён %n файл.</numerusform>
            <numerusform>Сохранено %n файла.</numerusform>
            <numerusform>Сохранено %n файлов.</numerusform>
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
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="79"/>
        <source>Name order</source>
        <translation>Порядок имён</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="96"/>
        <source>match</source>
        <translation>совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="97"/>
        <source>partial match</source>
        <translation>частичное совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="98"/>
        <source>mismatch</source>
        <translation>расхождение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="99"/>
        <source>missing</source>
        <translation>нет данных</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../ui/create_vault.py" line="173"/>
        <source>New vault</source>
        <translation>Новое хранилище</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="143"/>
        <source>Find duplicates</source>
        <translation>Найти дубликаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="148"/>
        <source>Prisoner records that probably describe the same person (one person on several lists). Merging keeps every name form, source and link of both records.</source>
        <translation>Записи о пленных, которые, вероятно, описывают одно и то же лицо (один человек в нескольких списках). Объединение сохраняет все формы имени, источники и связи обеих записей.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="169"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="169"/>
        <source>Other record</source>
        <translation>Другая запись</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="172"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="176"/>
        <source>Keep:</source>
        <translation>Оставить:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="182"/>
        <source>Unmerge</source>
        <translation>Разъединить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="189"/>
        <source>Merges</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="224"/>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/duplicates.py" line="233"/>
        <source>%n likely duplicate pair(s)</source>
        <translation>
            <numerusform>%n вероятная пара дубликатов</numerusform>
            <numerusform>%n вероятные пары дубликатов</numerusform>
            <numerusform>%n вероятных пар дубликатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="266"/>
        <source>Merge records</source>
        <translation>Объединение записей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="268"/>
        <source>Merge %1 into %2? Its names, sources, detentions, events, attachments and links move to %2, and %1 is removed. You can unmerge later.</source>
        <translation>Объединить %1 с %2? Его имена, источники, места содержания, события, вложения и связи перейдут к %2, а %1 будет удалена. Позже записи можно разъединить.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="276"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="283"/>
        <source>Merging…</source>
        <translation>Объединение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="291"/>
        <source>Unmerging…</source>
        <translation>Разъединение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="322"/>
        <source>%1: %2 merged into %3</source>
        <translation>%1: %2 объединена с %3</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="48"/>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/export_dialog.py" line="51"/>
        <source>%n record(s), as the list is filtered now. Choose the columns and the format. The exported file is not encrypted: keep it only as long as needed.</source>
        <translation>
            <numerusform>%n запись с текущим фильтром. Выберите столбцы и формат. Экспортированный файл не зашифрован: храните его только столько, сколько нужно.</numerusform>
            <numerusform>%n записи с текущим фильтром. Выберите столбцы и формат. Экспортированный файл не зашифрован: храните его только столько, сколько нужно.</numerusform>
            <numerusform>%n записей с текущим фильтром. Выберите столбцы и формат. Экспортированный файл не зашифрован: храните его только столько, сколько нужно.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="70"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="72"/>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="74"/>
        <source>CSV (UTF-8, opens in Excel)</source>
        <translation>CSV (UTF-8, открывается в Excel)</translation>
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
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="120"/>
        <source>Choose at least one column.</source>
        <translation>Выберите хотя бы один столбец.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="125"/>
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location filename="../../ui/pages/export_dialog.py" line="153"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/pages/history.py" line="158"/>
        <source>No changes yet: the record has not been saved.</source>
        <translation>Изменений пока нет: запись не сохранена.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="69"/>
        <source>Import tracing requests</source>
        <translation>Импорт запросов о розыске</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="71"/>
        <source>Import prisoner records</source>
        <translation>Импорт записей о пленных</translation>
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
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="102"/>
        <source>Choose a list in CSV (UTF-8) or Excel (.xlsx) format. The first row must hold the column names. Nothing is imported before you have seen what would happen.</source>
        <translation>Выберите список в формате CSV (UTF-8) или Excel (.xlsx). Первая строка должна содержать названия столбцов. Ничего не импортируется, пока вы не увидите, что произойдёт.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="110"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="132"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="132"/>
        <source>First values</source>
        <translation>Первые значения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="132"/>
        <source>Goes to field</source>
        <translation>Идёт в поле</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="146"/>
        <source>Preview of the first rows</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="166"/>
        <source>Invalid rows</source>
        <translation>Неверные строки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="167"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="168"/>
        <source>Leave out the invalid rows and import the rest</source>
        <translation>Пропустить неверные строки и импортировать остальные</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="195"/>
        <source>Read the file</source>
        <translation>Прочитать файл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="195"/>
        <source>Check the list (dry run)</source>
        <translation>Проверить список (пробный прогон)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="195"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="199"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="231"/>
        <source>Choose a list</source>
        <translation>Выберите список</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="231"/>
        <source>Lists (*.csv *.xlsx *.tsv *.txt)</source>
        <translation>Списки (*.csv *.xlsx *.tsv *.txt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="257"/>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="270"/>
        <source>Reading the list…</source>
        <translation>Чтение списка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/import_wizard.py" line="277"/>
        <source>%1: %n row(s). Choose the field each column goes to; columns left on “(ignore)” are not imported.</source>
        <translation>
            <numerusform>%1: %n строка. Выберите поле для каждого столбца; столбцы с пометкой «(пропустить)» не импортируются.</numerusform>
            <numerusform>%1: %n строки. Выберите поле для каждого столбца; столбцы с пометкой «(пропустить)» не импортируются.</numerusform>
            <numerusform>%1: %n строк. Выберите поле для каждого столбца; столбцы с пометкой «(пропустить)» не импортируются.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="285"/>
        <source>The mapping used last time for a list with these columns is preselected.</source>
        <translation>Предварительно выбрано сопоставление, использованное в прошлый раз для списка с такими столбцами.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="299"/>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="330"/>
        <source>Two columns go to the same field: %1. Choose one.</source>
        <translation>Два столбца идут в одно поле: %1. Выберите один.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="341"/>
        <source>Checking the list…</source>
        <translation>Проверка списка…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="346"/>
        <source>%1 record(s) would be created, %2 look like records already known, %3 row(s) are invalid.</source>
        <translation>Будет создано записей: %1; похожих на уже известные: %2; неверных строк: %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="355"/>
        <source>This very file has been imported before.</source>
        <translation>Именно этот файл уже импортировали раньше.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="358"/>
        <source>The list is not imported while it has invalid rows: correct the file, or leave those rows out.</source>
        <translation>Список не импортируется, пока в нём есть неверные строки: исправьте файл или пропустите эти строки.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="366"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="371"/>
        <source>Row %1 looks like %2</source>
        <translation>Строка %1 похожа на %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="376"/>
        <source>Invalid rows (%1)</source>
        <translation>Неверные строки (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="379"/>
        <source>Possible duplicates (%1)</source>
        <translation>Возможные дубликаты (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="396"/>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/import_wizard.py" line="404"/>
        <source>Imported %1 record(s) from %2.
The file&apos;s SHA-256 (%3) is kept with every record it created.</source>
        <translation>Импортировано записей: %1 из файла %2.
SHA-256 файла (%3) хранится с каждой созданной из него записью.</translation>
    </message>
</context>
<context>
    <name>LetterViewer</name>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="53"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="56"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="59"/>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="74"/>
        <source>Save the letter</source>
        <translation>Сохранить письмо</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="74"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="82"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_viewer.py" line="82"/>
        <source>The file could not be written.</source>
        <translation>Не удалось записать файл.</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../ui/pages/letters.py" line="140"/>
        <source>Search: letter number, request number or recipient</source>
        <translation>Поиск: номер письма, номер запроса или получатель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="143"/>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="145"/>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="149"/>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="157"/>
        <source>New letter…</source>
        <translation>Новое письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="158"/>
        <source>Open / reprint…</source>
        <translation>Открыть / перепечатать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="159"/>
        <source>Review and approve…</source>
        <translation>Просмотреть и утвердить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="160"/>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="161"/>
        <source>A new letter that corrects the selected one</source>
        <translation>Новое письмо, исправляющее выбранное</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="162"/>
        <source>Batch…</source>
        <translation>Пакет…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="163"/>
        <source>Template specimens…</source>
        <translation>Образцы шаблонов…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="164"/>
        <source>Organisation profile…</source>
        <translation>Профиль организации…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="166"/>
        <source>Handed over</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="167"/>
        <source>Posted</source>
        <translation>Отправлено почтой</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="168"/>
        <source>Returned undelivered</source>
        <translation>Возвращено, не доставлено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="169"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="178"/>
        <source>Mark as</source>
        <translation>Отметить как</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="252"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/letters.py" line="259"/>
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n письмо</numerusform>
            <numerusform>%n письма</numerusform>
            <numerusform>%n писем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="328"/>
        <location filename="../../ui/pages/letters.py" line="348"/>
        <location filename="../../ui/pages/letters.py" line="377"/>
        <source>Opening the letter…</source>
        <translation>Открытие письма…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="340"/>
        <location filename="../../ui/pages/letters.py" line="361"/>
        <source>Letter %1</source>
        <translation>Письмо %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="365"/>
        <source>News of death: read the letter. Approving it lets it be printed and sent; it must be approved by someone other than the person who generated it.</source>
        <translation>Извещение о смерти: прочитайте письмо. После утверждения его можно печатать и отправлять; утвердить его должен не тот, кто его создал.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="392"/>
        <source>Approving…</source>
        <translation>Утверждение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="403"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="404"/>
        <source>Cancel letter %1? A cancelled letter cannot be sent any more.</source>
        <translation>Отменить письмо %1? Отменённое письмо больше нельзя отправить.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="414"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
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
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>&amp;About CaseApp</source>
        <translation>&amp;О CaseApp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="220"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Вход: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="249"/>
        <source>About CaseApp</source>
        <translation>О CaseApp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>CaseApp %1 — offline casework for tracing detained persons.</source>
        <translation>CaseApp %1 — офлайн-работа по розыску задержанных лиц.</translation>
    </message>
</context>
<context>
    <name>MatchReview</name>
    <message>
        <location filename="../../ui/pages/match_review.py" line="156"/>
        <source>Tracing request</source>
        <translation>Запрос о розыске</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="156"/>
        <source>Prisoner record</source>
        <translation>Запись о пленном</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="157"/>
        <source>Confirm match</source>
        <translation>Подтвердить совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="159"/>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="161"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="172"/>
        <source>Matching only suggests. Confirm only when you are sure it is the same person.</source>
        <translation>Сопоставление только предлагает. Подтверждайте, только когда уверены, что это то же лицо.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="191"/>
        <source>Select a suggestion to review it.</source>
        <translation>Выберите предложение, чтобы его рассмотреть.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="199"/>
        <source>score %1 (%2)</source>
        <translation>оценка %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="213"/>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="219"/>
        <source>Status: %1 by %2 on %3</source>
        <translation>Статус: %1, решение: %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="225"/>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="242"/>
        <source>Confirming…</source>
        <translation>Подтверждение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="255"/>
        <source>Rejecting…</source>
        <translation>Отклонение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="260"/>
        <source>Reopening…</source>
        <translation>Повторное открытие…</translation>
    </message>
</context>
<context>
    <name>MatchesPage</name>
    <message>
        <location filename="../../ui/pages/matches.py" line="149"/>
        <source>Show all requests</source>
        <extracomment>Requests to re-match at the next automatic run; None = all of them. The prisoner index, kept between runs and refreshed from the broadcast changes.</extracomment>
        <translation>Показать все запросы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="153"/>
        <source>Any band</source>
        <translation>Любая оценка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="158"/>
        <source>To review</source>
        <translation>На рассмотрение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="159"/>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="160"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="161"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="164"/>
        <source>Re-match now</source>
        <translation>Сопоставить сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="167"/>
        <source>Look again for prisoner records matching the open tracing requests</source>
        <translation>Снова поискать записи о пленных, соответствующие открытым запросам о розыске</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="223"/>
        <source>Suggested matches for all tracing requests</source>
        <translation>Предложенные совпадения для всех запросов о розыске</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="225"/>
        <source>Suggested matches for %1</source>
        <translation>Предложенные совпадения для %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/matches.py" line="245"/>
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n предложение</numerusform>
            <numerusform>%n предложения</numerusform>
            <numerusform>%n предложений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="300"/>
        <source>Re-matching…</source>
        <translation>Сопоставление…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="310"/>
        <source>Looking for matches…</source>
        <translation>Поиск совпадений…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="324"/>
        <source>Re-match done: %1 new, %2 updated, %3 no longer suggested.</source>
        <translation>Сопоставление завершено: новых — %1, обновлено — %2, больше не предлагаются — %3.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="334"/>
        <source>Re-match stopped; nothing was changed.</source>
        <translation>Сопоставление остановлено; ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>NewLetterDialog</name>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="75"/>
        <source>Correction of letter %1</source>
        <extracomment>The earlier letter this one corrects (recorded with the new letter).</extracomment>
        <translation>Исправление письма %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="77"/>
        <source>New letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="80"/>
        <source>Request number, e.g. TR-2026-…</source>
        <translation>Номер запроса, напр. TR-2026-…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="83"/>
        <location filename="../../ui/pages/letter_dialog.py" line="86"/>
        <source>As on the request</source>
        <translation>Как в запросе</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="88"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="89"/>
        <source>Find requests by a name or number</source>
        <translation>Найти запросы по имени или номеру</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="99"/>
        <source>None</source>
        <translation>Ни одного</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="101"/>
        <source>What the family is asked for</source>
        <translation>Какие сведения просим у семьи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="104"/>
        <source>Tracing request</source>
        <translation>Запрос о розыске</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="106"/>
        <source>Kind of letter</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="107"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="108"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="109"/>
        <source>Exchange round</source>
        <translation>Раунд обмена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="110"/>
        <source>Details asked for</source>
        <translation>Запрашиваемые сведения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="122"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="125"/>
        <source>Generate</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="147"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="156"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="164"/>
        <source>No request found</source>
        <translation>Запрос не найден</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="210"/>
        <source>Preparing the letter…</source>
        <translation>Подготовка письма…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="240"/>
        <source>This letter is awaiting approval by a second person before it may be printed.</source>
        <translation>Это письмо ожидает утверждения вторым лицом; до этого его нельзя печатать.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_dialog.py" line="247"/>
        <source>Letter %1</source>
        <translation>Письмо %1</translation>
    </message>
</context>
<context>
    <name>PairModel</name>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="122"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="123"/>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="124"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="125"/>
        <location filename="../../ui/pages/duplicates.py" line="127"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/duplicates.py" line="126"/>
        <source>Other record</source>
        <translation>Другая запись</translation>
    </message>
</context>
<context>
    <name>PartsTable</name>
    <message>
        <location filename="../../ui/pages/parts.py" line="202"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="203"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/parts.py" line="204"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>PrisonerEditor</name>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="41"/>
        <source>Prisoner record: %1</source>
        <translation>Запись о пленном: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="56"/>
        <source>Every name form as written, and its source</source>
        <translation>Все формы имени, как они записаны, и их источники</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="67"/>
        <source>Identity</source>
        <translation>Личность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="77"/>
        <source>Military and capture</source>
        <translation>Служба и пленение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="86"/>
        <source>Places of detention over time</source>
        <translation>Места содержания во времени</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="93"/>
        <source>Detention and health</source>
        <translation>Содержание и здоровье</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="105"/>
        <source>Status history</source>
        <translation>История статуса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="109"/>
        <source>Status and next of kin</source>
        <translation>Статус и ближайшие родственники</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="123"/>
        <source>Sources behind the facts</source>
        <translation>Источники фактов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="126"/>
        <source>Each fact can have several sources (list, ICRC visit, capture card, testimony, media, family). When they disagree, all are kept and shown side by side.</source>
        <translation>У каждого факта может быть несколько источников (список, визит МККК, карточка пленного, показания, СМИ, семья). Если они расходятся, сохраняются все и показываются рядом.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="143"/>
        <location filename="../../ui/pages/prisoner_editor.py" line="154"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="153"/>
        <source>The sources agree.</source>
        <translation>Источники согласуются.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="167"/>
        <source>Sources disagree:</source>
        <translation>Источники расходятся:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/prisoner_editor.py" line="169"/>
        <source>Sources (%n conflict(s))</source>
        <translation>
            <numerusform>Источники (%n расхождение)</numerusform>
            <numerusform>Источники (%n расхождения)</numerusform>
            <numerusform>Источники (%n расхождений)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/prisoner_editor.py" line="174"/>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="49"/>
        <source>Organisation profile</source>
        <translation>Профиль организации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="60"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="61"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="62"/>
        <source>Signature block</source>
        <translation>Блок подписи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="65"/>
        <source>e.g. URCS</source>
        <translation>напр. ТКК</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="68"/>
        <source>Choose a logo…</source>
        <translation>Выбрать логотип…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="69"/>
        <source>Remove the logo</source>
        <translation>Убрать логотип</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="75"/>
        <source>Reference prefix</source>
        <translation>Префикс номера</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="76"/>
        <source>Logo (PNG or JPEG)</source>
        <translation>Логотип (PNG или JPEG)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="92"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="111"/>
        <source>No logo</source>
        <translation>Без логотипа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="115"/>
        <source>Choose a logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="115"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="122"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="122"/>
        <source>The file could not be read.</source>
        <translation>Не удалось прочитать файл.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_profile.py" line="152"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ui/pages/matches.py" line="67"/>
        <source>Score</source>
        <extracomment>Wait this long after the last change before re-matching by itself. Changes that can change the suggestions. Our own writes: they never start an automatic re-match.</extracomment>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="68"/>
        <source>Band</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="69"/>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="70"/>
        <source>Sought person</source>
        <translation>Разыскиваемое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="71"/>
        <source>Prisoner record</source>
        <translation>Запись о пленном</translation>
    </message>
    <message>
        <location filename="../../ui/pages/matches.py" line="72"/>
        <source>Name in the record</source>
        <translation>Имя в записи</translation>
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
        <translation>◀ Назад к списку</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="105"/>
        <source>Back to the list (Esc)</source>
        <translation>Назад к списку (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="107"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="108"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="111"/>
        <location filename="../../ui/pages/editor.py" line="341"/>
        <source>Discard changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="129"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="130"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="217"/>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="223"/>
        <location filename="../../ui/pages/editor.py" line="355"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="252"/>
        <source>Not saved. Please correct:</source>
        <translation>Не сохранено. Исправьте, пожалуйста:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="267"/>
        <source>Your role can view this record but not change it.</source>
        <translation>Ваша роль позволяет просматривать эту запись, но не изменять.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="342"/>
        <source>Throw away the changes made since the last save?</source>
        <translation>Отбросить изменения, сделанные после последнего сохранения?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="356"/>
        <source>This record has unsaved changes.</source>
        <translation>В этой записи есть несохранённые изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="357"/>
        <source>Save them before leaving?</source>
        <translation>Сохранить их перед выходом?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/editor.py" line="438"/>
        <source>Unsaved changes from %1 were restored. Save them, or use “Discard changes”.</source>
        <translation>Восстановлены несохранённые изменения от %1. Сохраните их или нажмите «Отменить изменения».</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../ui/pages/record_list.py" line="95"/>
        <source>Search: a name in any script or spelling, or a number  (Ctrl+F)</source>
        <extracomment>Entity types whose changes can change what a list shows.</extracomment>
        <translation>Поиск: имя любым письмом и написанием или номер  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="106"/>
        <source>New tracing request</source>
        <translation>Новый запрос о розыске</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="106"/>
        <source>New prisoner record</source>
        <translation>Новая запись о пленном</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="108"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="111"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="113"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="123"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="131"/>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="135"/>
        <source>Any caseworker</source>
        <translation>Любой исполнитель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="137"/>
        <source>Any exchange round</source>
        <translation>Любой этап обмена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="140"/>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="143"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="145"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="149"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="170"/>
        <source>Save filter…</source>
        <translation>Сохранить фильтр…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="172"/>
        <location filename="../../ui/pages/record_list.py" line="443"/>
        <source>Delete saved filter</source>
        <translation>Удалить сохранённый фильтр</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="177"/>
        <source>Saved filters:</source>
        <translation>Сохранённые фильтры:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="245"/>
        <source>Assigned to me</source>
        <translation>Назначенные мне</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="246"/>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="254"/>
        <source>(choose a saved filter)</source>
        <translation>(выберите сохранённый фильтр)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="284"/>
        <source>Use YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="354"/>
        <location filename="../../ui/pages/record_list.py" line="380"/>
        <source>Type at least three letters to search.</source>
        <translation>Для поиска введите не меньше трёх букв.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="356"/>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="356"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/record_list.py" line="378"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="417"/>
        <source>Save filter</source>
        <translation>Сохранить фильтр</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="417"/>
        <source>Name of this filter:</source>
        <translation>Название фильтра:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/record_list.py" line="444"/>
        <source>Delete the filter “%1”?</source>
        <translation>Удалить фильтр «%1»?</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="171"/>
        <location filename="../../ui/unlock.py" line="182"/>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="183"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="184"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="185"/>
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="196"/>
        <source>The recovery key was printed when the vault was created. It sets a new passphrase for one account.</source>
        <translation>Ключ восстановления был напечатан при создании хранилища. Он позволяет задать новую парольную фразу для одной учётной записи.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="210"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="224"/>
        <source>Setting the new passphrase…</source>
        <translation>Установка новой парольной фразы…</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../ui/pages/match_review.py" line="108"/>
        <source>Reject the match</source>
        <translation>Отклонить совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="112"/>
        <source>For example: different birth date confirmed by the family</source>
        <translation>Например: семья подтвердила другую дату рождения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="117"/>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="122"/>
        <source>Why is this not the same person? (required)</source>
        <translation>Почему это не то же лицо? (обязательно)</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="60"/>
        <source>Write a letter…</source>
        <translation>Написать письмо…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="77"/>
        <source>Tracing request: %1</source>
        <translation>Запрос о розыске: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="94"/>
        <source>Other ways the name is written</source>
        <translation>Другие написания имени</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="105"/>
        <source>Sought person</source>
        <translation>Разыскиваемое лицо</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="119"/>
        <source>Enquirer</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="135"/>
        <source>Contacts with the family</source>
        <translation>Контакты с семьёй</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="142"/>
        <source>Status history</source>
        <translation>История статуса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="144"/>
        <source>Suggested matches…</source>
        <translation>Предложенные совпадения…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="147"/>
        <source>Review the prisoner records that may be this person</source>
        <translation>Просмотреть записи о пленных, которые могут относиться к этому лицу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="155"/>
        <source>Case and contacts</source>
        <translation>Дело и контакты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_editor.py" line="175"/>
        <source>Not saved yet.</source>
        <translation>Ещё не сохранено.</translation>
    </message>
</context>
<context>
    <name>SpecimenDialog</name>
    <message>
        <location filename="../../ui/pages/letter_specimen.py" line="38"/>
        <source>Template specimens</source>
        <translation>Образцы шаблонов</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_specimen.py" line="41"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_specimen.py" line="47"/>
        <source>Kind of letter</source>
        <translation>Вид письма</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_specimen.py" line="49"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_specimen.py" line="79"/>
        <source>Preparing the letter…</source>
        <translation>Подготовка письма…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/worker.py" line="113"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="47"/>
        <source>Unlock the vault</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="54"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="66"/>
        <source>Vault file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="67"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="68"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="71"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="74"/>
        <source>Create a new vault…</source>
        <translation>Создать новое хранилище…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76"/>
        <source>Forgot the passphrase? Use the recovery key…</source>
        <translation>Забыли парольную фразу? Воспользуйтесь ключом восстановления…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="111"/>
        <source>Open a vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113"/>
        <source>CaseApp vaults (*.caseapp);;All files (*)</source>
        <translation>Хранилища CaseApp (*.caseapp);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="131"/>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="153"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>This screen is being built. Its data is already kept in the vault.</source>
        <translation>Этот экран ещё в разработке. Его данные уже хранятся в хранилище.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>Tracing requests</source>
        <translation>Запросы на розыск</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>Prisoner records</source>
        <translation>Записи о пленных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119"/>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Exchange rounds</source>
        <translation>Раунды обмена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
</context>
<context>
    <name>_AccountPage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="35"/>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="38"/>
        <source>The vault is one encrypted file. Only the accounts you create, or the recovery key, can open it.</source>
        <translation>Хранилище — это один зашифрованный файл. Открыть его могут только созданные вами учётные записи или ключ восстановления.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="43"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="55"/>
        <source>Vault file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="56"/>
        <source>Administrator user name</source>
        <translation>Имя администратора</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="57"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="58"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="59"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/create_vault.py" line="62"/>
        <source>At least %n characters. A few unrelated words work well.</source>
        <translation>
            <numerusform>Не менее %n символа. Хорошо подходят несколько не связанных слов.</numerusform>
            <numerusform>Не менее %n символов. Хорошо подходят несколько не связанных слов.</numerusform>
            <numerusform>Не менее %n символов. Хорошо подходят несколько не связанных слов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="81"/>
        <source>New vault</source>
        <translation>Новое хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="81"/>
        <source>CaseApp vaults (*.caseapp)</source>
        <translation>Хранилища CaseApp (*.caseapp)</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="90"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="121"/>
        <source>Creating the vault…</source>
        <translation>Создание хранилища…</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="133"/>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="136"/>
        <source>If every passphrase is forgotten, this key is the only way to open the vault. Write it down or print it, and keep it locked away from the laptop. It will not be shown again.</source>
        <translation>Если все парольные фразы забыты, только этот ключ откроет хранилище. Запишите или распечатайте его и храните под замком, отдельно от ноутбука. Он больше не будет показан.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="147"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="151"/>
        <source>I have written down the recovery key</source>
        <translation>Я записал(а) ключ восстановления</translation>
    </message>
</context>
<context>
    <name>bands</name>
    <message>
        <location filename="../../ui/pages/match_review.py" line="284"/>
        <source>strong</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="285"/>
        <source>possible</source>
        <translation>возможная</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="286"/>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="23"/>
        <source>Something went wrong and the action was not completed. Nothing was changed. If it happens again, tell your coordinator what you were doing.</source>
        <translation>Произошла ошибка, действие не выполнено. Ничего не изменено. Если это повторится, расскажите координатору, что вы делали.</translation>
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
        <translation>Обязательное поле.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="55"/>
        <source>A family name or a given name is required.</source>
        <translation>Нужна фамилия или имя.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="57"/>
        <source>A closed request needs a reason.</source>
        <translation>Для закрытого запроса нужна причина.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="59"/>
        <source>A rejection needs a reason.</source>
        <translation>Для отклонения нужна причина.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="61"/>
        <source>Must be a number.</source>
        <translation>Должно быть число.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="63"/>
        <source>Not a date: use YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Это не дата: используйте ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="65"/>
        <source>Choose one of the listed values.</source>
        <translation>Выберите одно из значений списка.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="67"/>
        <source>Month %1 does not exist.</source>
        <translation>Месяца %1 не существует.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="72"/>
        <source>Day %1 does not exist in %2.</source>
        <translation>Дня %1 нет в %2.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="78"/>
        <source>Year %1 is outside %2.</source>
        <translation>Год %1 вне диапазона %2.</translation>
    </message>
    <message>
        <location filename="../../ui/forms.py" line="172"/>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <extracomment>Text fields shown as a list to choose from: field -&gt; [(stored value, label)].</extracomment>
        <translation>ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/pages/history.py" line="33"/>
        <location filename="../../ui/pages/history.py" line="34"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="35"/>
        <source>Name form</source>
        <translation>Форма имени</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="36"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="37"/>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="38"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="39"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="40"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="55"/>
        <source>file, %1 bytes</source>
        <translation>файл, %1 байт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="62"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="64"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="74"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="75"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="76"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="77"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="78"/>
        <source>Old value</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="79"/>
        <source>New value</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="120"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="121"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="122"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/history.py" line="123"/>
        <source>restored</source>
        <translation>восстановлено</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>Power he depends on</source>
        <translation>Держава, от которой зависит</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Armed force</source>
        <translation>Вооружённые силы</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Unit</source>
        <translation>Воинская часть</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="26"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Service number</source>
        <translation>Личный номер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Father&apos;s first name</source>
        <translation>Имя отца</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Mother&apos;s maiden name</source>
        <translation>Девичья фамилия матери</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>Date of capture</source>
        <translation>Дата пленения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>Place of capture</source>
        <translation>Место пленения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Circumstances of capture</source>
        <translation>Обстоятельства пленения</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Health</source>
        <translation>Здоровье</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Wishes to be repatriated</source>
        <translation>Желает репатриации</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Status date</source>
        <translation>Дата статуса</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Source of the status</source>
        <translation>Источник статуса</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Next of kin (name and address)</source>
        <translation>Ближайший родственник (имя и адрес)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Do not disclose (GC IV art. 137)</source>
        <translation>Не разглашать (ЖК IV, ст. 137)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="41"/>
        <source>Imported from</source>
        <translation>Импортировано из</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="42"/>
        <source>Reason for closing</source>
        <translation>Причина закрытия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Enquirer&apos;s name</source>
        <translation>Имя заявителя</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Relationship to the sought person</source>
        <translation>Кем приходится разыскиваемому</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Address</source>
        <translation>Адрес</translation>
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
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="50"/>
        <source>Language for letters</source>
        <translation>Язык писем</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Delivery channel</source>
        <translation>Способ доставки</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Do not contact by phone</source>
        <translation>Не звонить</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>Safety notes</source>
        <translation>Заметки о безопасности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="54"/>
        <source>Consents to sharing their details with the ICRC and other parties</source>
        <translation>Согласен(на) на передачу своих данных МККК и другим сторонам</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>Date last seen / last news</source>
        <translation>Дата, когда видели в последний раз / последние известия</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="58"/>
        <source>Place last seen</source>
        <translation>Где видели в последний раз</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="59"/>
        <source>Circumstances</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>What the family already knows, and from where</source>
        <translation>Что семья уже знает и откуда</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="63"/>
        <source>Assigned caseworker</source>
        <translation>Ответственный сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="64"/>
        <source>Follow-up date</source>
        <translation>Дата следующего контакта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="66"/>
        <source>Script</source>
        <translation>Письменность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="67"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="68"/>
        <source>Source reference</source>
        <translation>Ссылка на источник</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="69"/>
        <source>Source date</source>
        <translation>Дата источника</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="70"/>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="71"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="72"/>
        <source>Reliability</source>
        <translation>Достоверность</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="73"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="74"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="75"/>
        <source>From</source>
        <translation>С</translation>
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
        <translation>Содержание</translation>
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
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="83"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="85"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="103"/>
        <source>Prisoner of war</source>
        <translation>Военнопленный</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="104"/>
        <source>Civilian internee</source>
        <translation>Интернированное гражданское лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="105"/>
        <source>Detained civilian</source>
        <translation>Задержанное гражданское лицо</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="106"/>
        <source>Missing, status unknown</source>
        <translation>Пропавший без вести, статус неизвестен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="109"/>
        <source>Exchanged list</source>
        <translation>Список обмена</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="110"/>
        <source>ICRC visit</source>
        <translation>Визит МККК</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="111"/>
        <source>Capture card</source>
        <translation>Карточка пленного</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="112"/>
        <source>Testimony of a released detainee</source>
        <translation>Показания освобождённого</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="113"/>
        <source>Media</source>
        <translation>СМИ</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="114"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="115"/>
        <location filename="../../ui/labels.py" line="165"/>
        <location filename="../../ui/labels.py" line="177"/>
        <location filename="../../ui/labels.py" line="190"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="118"/>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="119"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="120"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="123"/>
        <location filename="../../ui/labels.py" line="134"/>
        <location filename="../../ui/labels.py" line="148"/>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="124"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="125"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="130"/>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="131"/>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="135"/>
        <source>Well</source>
        <translation>Здоров</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="136"/>
        <source>Wounded</source>
        <translation>Ранен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="137"/>
        <source>Seriously ill</source>
        <translation>Тяжело болен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="138"/>
        <source>Seriously wounded</source>
        <translation>Тяжело ранен</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="142"/>
        <source>Held</source>
        <translation>Содержится</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="143"/>
        <source>Released</source>
        <translation>Освобождён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="144"/>
        <source>Repatriated</source>
        <translation>Репатриирован</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="145"/>
        <source>Escaped</source>
        <translation>Бежал</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="146"/>
        <location filename="../../ui/labels.py" line="163"/>
        <source>Deceased</source>
        <translation>Умер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="147"/>
        <source>Remains returned</source>
        <translation>Тело возвращено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="151"/>
        <source>Open</source>
        <translation>Открыт</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="152"/>
        <source>Tracing in progress</source>
        <translation>Идёт розыск</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="153"/>
        <source>Possible match</source>
        <translation>Возможное совпадение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="154"/>
        <source>Confirmed held</source>
        <translation>Подтверждено: содержится</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="155"/>
        <source>Confirmed deceased</source>
        <translation>Подтверждено: умер</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="156"/>
        <source>Returned / released</source>
        <translation>Вернулся / освобождён</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="157"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="160"/>
        <source>Reunited</source>
        <translation>Воссоединение</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="161"/>
        <source>Withdrawn</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="162"/>
        <source>Duplicate</source>
        <translation>Дубликат</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="164"/>
        <source>No trace found</source>
        <translation>Следов не найдено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="169"/>
        <location filename="../../ui/labels.py" line="188"/>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="170"/>
        <location filename="../../ui/labels.py" line="187"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="174"/>
        <source>Ukrainian Cyrillic</source>
        <translation>Украинская кириллица</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="175"/>
        <source>Russian Cyrillic</source>
        <translation>Русская кириллица</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="176"/>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="181"/>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="182"/>
        <source>Probable</source>
        <translation>Вероятно</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="183"/>
        <source>Unverified</source>
        <translation>Не проверено</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="193"/>
        <source>Prisoner record</source>
        <translation>Запись о пленном</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="194"/>
        <source>Tracing request</source>
        <translation>Запрос о розыске</translation>
    </message>
</context>
<context>
    <name>letters</name>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="35"/>
        <source>Acknowledgement of a request</source>
        <translation>Подтверждение получения запроса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="36"/>
        <source>Request for more information</source>
        <translation>Запрос дополнительных сведений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="37"/>
        <source>Confirmation that the person is held</source>
        <translation>Подтверждение содержания лица</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="40"/>
        <source>Inclusion in an exchange round</source>
        <translation>Включение в обмен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="43"/>
        <source>Return or release</source>
        <translation>Возвращение или освобождение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="44"/>
        <source>No news yet</source>
        <translation>Пока без новостей</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="45"/>
        <source>News of death</source>
        <translation>Извещение о смерти</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="51"/>
        <location filename="../../ui/pages/letters.py" line="101"/>
        <source>Generated</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="52"/>
        <source>Handed over</source>
        <translation>Вручено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="53"/>
        <source>Posted</source>
        <translation>Отправлено почтой</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="54"/>
        <source>Returned undelivered</source>
        <translation>Возвращено, не доставлено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="55"/>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="56"/>
        <source>Awaiting approval</source>
        <translation>Ожидает утверждения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="62"/>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="63"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="64"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="70"/>
        <source>By post</source>
        <translation>Почтой</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="71"/>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="72"/>
        <source>By e-mail</source>
        <translation>По электронной почте</translation>
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
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="100"/>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letters.py" line="102"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/pages/letter_common.py" line="103"/>
        <source>This letter cannot be made:</source>
        <translation>Это письмо нельзя создать:</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../../ui/pages/match_review.py" line="294"/>
        <source>to review</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="295"/>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/match_review.py" line="296"/>
        <source>rejected</source>
        <translation>отклонено</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/main_window.py" line="272"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="274"/>
        <source>caseworker</source>
        <translation>сотрудник по розыску</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>family liaison</source>
        <translation>связь с семьями</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>viewer</source>
        <translation>просмотр</translation>
    </message>
</context>
</TS>
