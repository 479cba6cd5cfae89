<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uk_UA">
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../ui/create_vault.py" line="173" />
        <source>New vault</source>
        <translation>Нове сховище</translation>
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
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141" />
        <source>&amp;About CaseApp</source>
        <translation>&amp;Про CaseApp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Locked</source>
        <translation>Заблоковано</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>Vault: %1</source>
        <translation>Сховище: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <source>Signed in: %1 (%2)</source>
        <translation>Увійшли: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226" />
        <source>About CaseApp</source>
        <translation>Про CaseApp</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="227" />
        <source>CaseApp %1 — offline casework for tracing detained persons.</source>
        <translation>CaseApp %1 — офлайн-робота з розшуку затриманих осіб.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="171" />
        <location filename="../../ui/unlock.py" line="182" />
        <source>Recovery key</source>
        <translation>Ключ відновлення</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="183" />
        <source>User name</source>
        <translation>Ім'я користувача</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="184" />
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="185" />
        <source>Repeat it</source>
        <translation>Повторіть її</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="196" />
        <source>The recovery key was printed when the vault was created. It sets a new passphrase for one account.</source>
        <translation>Ключ відновлення було надруковано під час створення сховища. Він дозволяє задати нову парольну фразу для одного облікового запису.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="210" />
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="224" />
        <source>Setting the new passphrase…</source>
        <translation>Встановлення нової парольної фрази…</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/worker.py" line="113" />
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock.py" line="47" />
        <source>Unlock the vault</source>
        <translation>Розблокувати сховище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="54" />
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="66" />
        <source>Vault file</source>
        <translation>Файл сховища</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="67" />
        <source>User name</source>
        <translation>Ім'я користувача</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="68" />
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="71" />
        <source>Unlock</source>
        <translation>Розблокувати</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="74" />
        <source>Create a new vault…</source>
        <translation>Створити нове сховище…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="76" />
        <source>Forgot the passphrase? Use the recovery key…</source>
        <translation>Забули парольну фразу? Скористайтеся ключем відновлення…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="111" />
        <source>Open a vault</source>
        <translation>Відкрити сховище</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="113" />
        <source>CaseApp vaults (*.caseapp);;All files (*)</source>
        <translation>Сховища CaseApp (*.caseapp);;Усі файли (*)</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="131" />
        <source>Type your passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="153" />
        <source>Unlocking…</source>
        <translation>Розблокування…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>This screen is being built. Its data is already kept in the vault.</source>
        <translation>Цей екран ще в розробці. Його дані вже зберігаються у сховищі.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="89" />
        <location filename="../../ui/main_window.py" line="90" />
        <source>Tracing requests</source>
        <translation>Запити на розшук</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <location filename="../../ui/main_window.py" line="95" />
        <source>Prisoner records</source>
        <translation>Записи про полонених</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <source>Matches</source>
        <translation>Збіги</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100" />
        <location filename="../../ui/main_window.py" line="101" />
        <source>Exchange rounds</source>
        <translation>Раунди обміну</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103" />
        <source>Letters</source>
        <translation>Листи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>Sync</source>
        <translation>Синхронізація</translation>
    </message>
</context>
<context>
    <name>_AccountPage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="35" />
        <source>Create a vault</source>
        <translation>Створення сховища</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="38" />
        <source>The vault is one encrypted file. Only the accounts you create, or the recovery key, can open it.</source>
        <translation>Сховище — це один зашифрований файл. Відкрити його можуть лише створені вами облікові записи або ключ відновлення.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="43" />
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="55" />
        <source>Vault file</source>
        <translation>Файл сховища</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="56" />
        <source>Administrator user name</source>
        <translation>Ім'я адміністратора</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="57" />
        <source>Full name</source>
        <translation>Повне ім'я</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="58" />
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="59" />
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/create_vault.py" line="62" />
        <source>At least %n characters. A few unrelated words work well.</source>
        <translation><numerusform>Щонайменше %n символ. Добре підходять кілька не пов'язаних слів.</numerusform><numerusform>Щонайменше %n символи. Добре підходять кілька не пов'язаних слів.</numerusform><numerusform>Щонайменше %n символів. Добре підходять кілька не пов'язаних слів.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="81" />
        <source>New vault</source>
        <translation>Нове сховище</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="81" />
        <source>CaseApp vaults (*.caseapp)</source>
        <translation>Сховища CaseApp (*.caseapp)</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="90" />
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="121" />
        <source>Creating the vault…</source>
        <translation>Створення сховища…</translation>
    </message>
</context>
<context>
    <name>_RecoveryPage</name>
    <message>
        <location filename="../../ui/create_vault.py" line="133" />
        <source>Your recovery key</source>
        <translation>Ваш ключ відновлення</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="136" />
        <source>If every passphrase is forgotten, this key is the only way to open the vault. Write it down or print it, and keep it locked away from the laptop. It will not be shown again.</source>
        <translation>Якщо всі парольні фрази забуто, лише цей ключ відкриє сховище. Запишіть або надрукуйте його і зберігайте під замком, окремо від ноутбука. Його більше не буде показано.</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="147" />
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <location filename="../../ui/create_vault.py" line="151" />
        <source>I have written down the recovery key</source>
        <translation>Я записав(-ла) ключ відновлення</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="23" />
        <source>Something went wrong and the action was not completed. Nothing was changed. If it happens again, tell your coordinator what you were doing.</source>
        <translation>Сталася помилка, дію не виконано. Нічого не змінено. Якщо це повториться, розкажіть координатору, що ви робили.</translation>
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
        <translation>адміністратор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250" />
        <source>coordinator</source>
        <translation>координатор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>caseworker</source>
        <translation>працівник з розшуку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="252" />
        <source>family liaison</source>
        <translation>зв'язок із родинами</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="253" />
        <source>viewer</source>
        <translation>перегляд</translation>
    </message>
</context>
</TS>