; Inno Setup 6 script: a per-user installer for the one-folder build (no administrator rights).
; Build on Windows, after `pyinstaller --noconfirm packaging\caseapp.spec` (see packaging/README.md):
;   iscc /DAppVersion=0.1.0 packaging\windows\caseapp.iss
; Output: dist\CaseApp-<version>-setup.exe
;
; The program goes to %LOCALAPPDATA%\Programs\CaseApp. Vaults and settings live elsewhere
; (%LOCALAPPDATA%\CaseApp, chosen by the app through platformdirs) and the uninstaller removes
; only the files this installer copied: there is deliberately no [UninstallDelete] section and
; no [Code] that deletes anything, so a vault can never be lost by uninstalling or upgrading.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
; The AppId identifies the app across upgrades: never change it.
AppId={{6E0C2C55-3F7B-4B8E-9C1D-CA5EA9917A16}
AppName=CaseApp
AppVersion={#AppVersion}
AppVerName=CaseApp {#AppVersion}
AppPublisher=CaseApp
DefaultDirName={localappdata}\Programs\CaseApp
DefaultGroupName=CaseApp
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=CaseApp-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\caseapp.ico
UninstallDisplayIcon={app}\caseapp.exe
UninstallDisplayName=CaseApp
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Close a running CaseApp before replacing its files (it locks its vault on close).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "uk"; MessagesFile: "compiler:Languages\Ukrainian.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: caseapp.exe (windowed), caseapp-cli.exe (console), _internal\.
Source: "{#Root}\dist\caseapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; Start-menu entry for this user only.
Name: "{userprograms}\CaseApp"; Filename: "{app}\caseapp.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\CaseApp"; Filename: "{app}\caseapp.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\caseapp.exe"; Description: "{cm:LaunchProgram,CaseApp}"; Flags: nowait postinstall skipifsilent
