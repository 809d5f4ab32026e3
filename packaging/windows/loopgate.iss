; Inno Setup 6 script for Loopgate (packaging/windows/make_installer.py compiles it).
;
; Per-user by default: no administrator rights (non-technical staff install it), with a
; dialog offering an all-users install to those who have them. Start-menu shortcut,
; optional "add the command line to PATH", and an uninstaller that removes the program
; but keeps the user's accounts unless they answer Yes to "also remove my accounts".
;
; Defines (passed by make_installer.py as /D...; the defaults suit a local build):
;   AppVersion         desktop_app.__version__, e.g. 0.1.0
;   AppVersionNumeric  four integers for VersionInfoVersion, e.g. 0.1.0.0
;   SourceDir          the PyInstaller one-folder build (dist\Loopgate)
;   OutputDir          where Loopgate-<version>-windows-x64-setup.exe is written
;   RepoRoot           the repository (for the icon)
;   Sign               set (with ISCC /Sloopgate=...) by make_installer.py --sign: the
;                      installer and the uninstaller are Authenticode-signed by signtool

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric "0.0.0.0"
#endif
#ifndef RepoRoot
  #define RepoRoot "..\.."
#endif
#ifndef SourceDir
  #define SourceDir RepoRoot + "\dist\Loopgate"
#endif
#ifndef OutputDir
  #define OutputDir RepoRoot + "\dist\installers"
#endif

#define AppName "Loopgate"
#define GuiExe "loopgate-gui.exe"
#define CliExe "loopgate.exe"

[Setup]
; AppId identifies the product across versions: never change it.
AppId={{6C1F3E1A-7B52-4E0B-9C55-2F8F1B7A4D10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Loopgate
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductVersion={#AppVersionNumeric}
VersionInfoDescription={#AppName} installer
; Per-user unless the user picks "Install for all users" in the dialog (or /ALLUSERS).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; {autopf} is %LOCALAPPDATA%\Programs per user, Program Files for all users.
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile={#RepoRoot}\resources\icons\app\loopgate.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
; Close a running Loopgate (Restart Manager) before replacing or removing its files.
CloseApplications=yes
RestartApplications=no
; Broadcast WM_SETTINGCHANGE so new terminals see the PATH change.
ChangesEnvironment=yes
; HKCU PATH and {localappdata} are meant for the installing user, even in all-users mode.
UsedUserAreasWarning=no
#ifdef Sign
; "loopgate" is the sign tool make_installer.py defines on ISCC's command line (/S); Inno
; Setup signs the setup .exe and, with SignedUninstaller, the uninstaller it writes.
SignTool=loopgate
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.AddToPath=Add the loopgate &command line to PATH (for support engineers)
english.RemoveAccountsQuestion=Also remove your Loopgate accounts from this computer?%n%nYes: disconnect every account (its tokens are revoked where the provider allows it and deleted from Windows Credential Manager) and delete Loopgate's settings and logs.%n%nNo (recommended if you will reinstall): keep them; a later install finds your accounts again.

[Tasks]
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Comment: "Connect and inspect OAuth accounts"

[Registry]
; Per-user PATH (HKCU\Environment) only when the task is ticked; removed by [Code] on uninstall.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: PathNeedsDir('{app}')

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Anything the program wrote next to itself (nothing today; keeps {app} from lingering).
Type: filesandordirs; Name: "{app}\_internal"

[Code]
const
  EnvKey = 'Environment';

var
  RemoveAccounts: Boolean;

function PathNeedsDir(Param: string): Boolean;
var
  Current, Dir: string;
begin
  Dir := ExpandConstant(Param);
  if not RegQueryStringValue(HKEY_CURRENT_USER, EnvKey, 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

procedure RemoveDirFromUserPath(Dir: string);
var
  Current, Updated: string;
  P: Integer;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, EnvKey, 'Path', Current) then
    exit;
  Updated := ';' + Current + ';';
  P := Pos(';' + Uppercase(Dir) + ';', Uppercase(Updated));
  if P = 0 then
    exit;
  Delete(Updated, P, Length(Dir) + 1);
  { Strip the sentinel semicolons added above. }
  if Copy(Updated, 1, 1) = ';' then
    Delete(Updated, 1, 1);
  if Copy(Updated, Length(Updated), 1) = ';' then
    Delete(Updated, Length(Updated), 1);
  RegWriteExpandStringValue(HKEY_CURRENT_USER, EnvKey, 'Path', Updated);
end;

function HasParam(Name: string): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

function InitializeUninstall(): Boolean;
begin
  { Keep accounts unless the user says otherwise; silent uninstalls keep them too,
    unless /REMOVEACCOUNTS is given. }
  if UninstallSilent then
    RemoveAccounts := HasParam('/REMOVEACCOUNTS')
  else
    RemoveAccounts := MsgBox(CustomMessage('RemoveAccountsQuestion'), mbConfirmation,
      MB_YESNO or MB_DEFBUTTON2) = IDYES;
  Result := True;
end;

procedure DisconnectAllAccounts();
var
  Cli, Script: string;
  Code: Integer;
begin
  { The CLI still exists at usUninstall (files go after this step). It revokes where the
    provider supports it, then deletes the tokens from Credential Manager. }
  Cli := ExpandConstant('{app}\{#CliExe}');
  if not FileExists(Cli) then
    exit;
  StringChangeEx(Cli, '''', '''''', True);  { a quote in the path, for PowerShell }
  Script := '$cli = ''' + Cli + '''; ' +
    'foreach ($a in (& $cli list --json | ConvertFrom-Json)) { & $cli disconnect $a.id }';
  Exec(ExpandConstant('{sys}\WindowsPowerShell\v1.0\powershell.exe'),
    '-NoProfile -NonInteractive -ExecutionPolicy Bypass -Command "' + Script + '"',
    '', SW_HIDE, ewWaitUntilTerminated, Code);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usUninstall) and RemoveAccounts then
    DisconnectAllAccounts();
  if CurUninstallStep = usPostUninstall then
  begin
    RemoveDirFromUserPath(ExpandConstant('{app}'));
    if RemoveAccounts then
      { platformdirs' user data, config and log folders on Windows (not roaming). }
      DelTree(ExpandConstant('{localappdata}\{#AppName}'), True, True, True);
  end;
end;
