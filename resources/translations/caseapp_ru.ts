<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../ui/create_vault.py" line="173" />
        <source>New vault</source>
        <translation>Новое хранилище</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="130" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133" />
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>&amp;About CaseApp</source>
        <translation>&amp;О CaseApp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>Signed in: %1 (%2)</source>
        <translation>Вход: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>About CaseApp</source>
        <translation>О CaseApp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>CaseApp %1 — offline casework for tracing detained persons.</source>
        <translation>CaseApp %1 — офлайн-работа по розыску задержанных лиц.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="171" />
        <location filename="../../ui/unlock.py" line="182" />
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="183" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="184" />
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="185" />
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="196" />
        <source>The recovery key was printed when the vault was created. It sets a new passphrase for one account.</source>
        <translation>Ключ восстановления был напечатан при создании хранилища. Он позволяет задать новую парольную фразу для одной учётной записи.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="210" />
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="224" />
        <source>Setting the new passphrase…</source>
        <translation>Установка новой парольной фразы…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/worker.py" line="113" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="47" />
        <source>Unlock the vault</source>
        <translation>Разблокировать хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="54" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="66" />
        <source>Vault file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="67" />
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="68" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="71" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="74" />
        <source>Create a new vault…</source>
        <translation>Создать новое хранилище…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76" />
        <source>Forgot the passphrase? Use the recovery key…</source>
        <translation>Забыли парольную фразу? Воспользуйтесь ключом восстановления…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="111" />
        <source>Open a vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113" />
        <source>CaseApp vaults (*.caseapp);;All files (*)</source>
        <translation>Хранилища CaseApp (*.caseapp);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="131" />
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="153" />
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>This screen is being built. Its data is already kept in the vault.</source>
        <translation>Этот экран ещё в разработке. Его данные уже хранятся в хранилище.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <location filename="../../ui/main_window.py" line="90" />
        <source>Tracing requests</source>
        <translation>Запросы на розыск</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <location filename="../../ui/main_window.py" line="95" />
        <source>Prisoner records</source>
        <translation>Записи о пленных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <location filename="../../ui/main_window.py" line="101" />
        <source>Exchange rounds</source>
        <translation>Раунды обмена</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
</context>
<context>
    <name>_AccountPage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="35" />
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="38" />
        <source>The vault is one encrypted file. Only the accounts you create, or the recovery key, can open it.</source>
        <translation>Хранилище — это один зашифрованный файл. Открыть его могут только созданные вами учётные записи или ключ восстановления.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="43" />
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="55" />
        <source>Vault file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="56" />
        <source>Administrator user name</source>
        <translation>Имя администратора</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="57" />
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="58" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="59" />
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/create_vault.py" line="62" />
        <source>At least %n characters. A few unrelated words work well.</source>
        <translation><numerusform>Не менее %n символа. Хорошо подходят несколько не связанных слов.</numerusform><numerusform>Не менее %n символов. Хорошо подходят несколько не связанных слов.</numerusform><numerusform>Не менее %n символов. Хорошо подходят несколько не связанных слов.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="81" />
        <source>New vault</source>
        <translation>Новое хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="81" />
        <source>CaseApp vaults (*.caseapp)</source>
        <translation>Хранилища CaseApp (*.caseapp)</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="90" />
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="121" />
        <source>Creating the vault…</source>
        <translation>Создание хранилища…</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="133" />
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="136" />
        <source>If every passphrase is forgotten, this key is the only way to open the vault. Write it down or print it, and keep it locked away from the laptop. It will not be shown again.</source>
        <translation>Если все парольные фразы забыты, только этот ключ откроет хранилище. Запишите или распечатайте его и храните под замком, отдельно от ноутбука. Он больше не будет показан.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="147" />
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="151" />
        <source>I have written down the recovery key</source>
        <translation>Я записал(а) ключ восстановления</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="23" />
        <source>Something went wrong and the action was not completed. Nothing was changed. If it happens again, tell your coordinator what you were doing.</source>
        <translation>Произошла ошибка, действие не выполнено. Ничего не изменено. Если это повторится, расскажите координатору, что вы делали.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="31" />
        <source>CaseApp</source>
        <translation>CaseApp</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/main_window.py" line="249" />
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>caseworker</source>
        <translation>сотрудник по розыску</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>family liaison</source>
        <translation>связь с семьями</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253" />
        <source>viewer</source>
        <translation>просмотр</translation>
    </message>
</context>
</TS>