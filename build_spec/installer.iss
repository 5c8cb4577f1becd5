; Inno Setup 6 script: the Windows installer of Alliance Secretariat.
;
; Built by build_spec/build.py --installer (or .github/workflows/windows-build.yml), which
; passes the version from pyproject.toml and the folder PyInstaller wrote:
;   ISCC.exe /DAppVersion=0.1.0 /DBundleDir=dist\AllianceSecretariat /DOutputDir=dist build_spec\installer.iss
;
; - Per user, no administrator rights: PrivilegesRequired=lowest installs into
;   %LOCALAPPDATA%\Programs\AllianceSecretariat and writes only HKCU.
; - A Start-menu entry (and an optional desktop icon).
; - Uninstalling removes the program folder only. The clerk's data (database, settings,
;   backups) lives in %APPDATA%\AllianceSecretariat, which this script never names in
;   [Files], [Dirs], [InstallDelete] or [UninstallDelete]: it survives uninstall and reinstall.
; - The `portable` marker is NOT installed: an installed program keeps its data per user.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\AllianceSecretariat"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "Alliance Secretariat"
#define AppExe "AllianceSecretariat.exe"

[Setup]
; A fixed AppId: later versions upgrade this installation in place.
AppId={{6F1B6A52-3C4E-4D7A-9F1E-2B8C4A7D9E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Alliance Secretariat
VersionInfoVersion={#AppVersion}
DefaultDirName={localappdata}\Programs\AllianceSecretariat
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=AllianceSecretariat-{#AppVersion}-setup
SetupIconFile=..\resources\app\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; English always; the Chinese wizards where this Inno Setup carries their message files
; (ChineseSimplified.isl ships with recent Inno Setup 6 releases; ChineseTraditional.isl is
; an unofficial translation: put it into Inno Setup's Languages folder to use it).
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
  #define HaveHans
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseTraditional.isl")
Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
  #define HaveHant
#endif

[CustomMessages]
english.AppTitle=Alliance Secretariat
#ifdef HaveHans
chinesesimplified.AppTitle=联盟秘书处
#endif
#ifdef HaveHant
chinesetraditional.AppTitle=聯盟秘書處
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build; nothing outside {app}.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A stale bundle from an older version (never the data folder, which is elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave inside its own folder (a portable `data` folder is
; not expected in an installed copy and is deliberately NOT listed: nothing of the clerk's is deleted).
Type: filesandordirs; Name: "{app}\_internal"
