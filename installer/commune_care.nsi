; The Windows installer of commune_care, compiled on Linux by installer/build.py with makensis.
; build.py passes: APP_VERSION (0.1.0), VERSION_QUAD (0.1.0.0), BUNDLE_DIR (the app folder),
; OUT_FILE, ICON_FILE (commune_care.ico inside the bundle), INSTALLED_KB, COMPRESSOR (lzma, or zlib for quick test builds) and
; BUNDLE_LIST (an include that removes exactly the files and folders of the bundle).
;
; Per-user, without administrator rights: the app goes to %LOCALAPPDATA%\Programs\commune_care,
; shortcuts and the uninstall entry to the user's Start menu, desktop and HKCU. The data
; (%LOCALAPPDATA%\commune_care\commune_care: the database, backups, logs) is never touched.

Unicode true
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS Win10
RequestExecutionLevel user
SetCompressor /SOLID ${COMPRESSOR}

!define APP_ID "commune_care"
!define APP_NAME "Quản lý trẻ em và bảo vệ trẻ em cấp xã"
!define SHORTCUT_NAME "Quản lý trẻ em"
!define PUBLISHER "commune_care"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
!define DATA_DIR "$LOCALAPPDATA\commune_care\commune_care"

Name "${APP_NAME}"
Caption "Cài đặt ${APP_NAME} ${APP_VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "Software\${APP_ID}" "InstallDir"
BrandingText "${APP_NAME} ${APP_VERSION}"
ShowInstDetails show
ShowUninstDetails show

!include "MUI2.nsh"
!include "${BUNDLE_LIST}"

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING

!define MUI_WELCOMEPAGE_TITLE "Cài đặt ${APP_NAME}"
!define MUI_WELCOMEPAGE_TEXT "Chương trình sẽ cài đặt phần mềm ${APP_NAME} phiên bản ${APP_VERSION} cho người dùng hiện tại. Không cần quyền quản trị và không cần kết nối Internet.$\r$\n$\r$\nDữ liệu của phần mềm được lưu riêng trong thư mục ${DATA_DIR}; cài đặt lại hoặc cài phiên bản mới không làm mất dữ liệu.$\r$\n$\r$\nBấm Tiếp để tiếp tục."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "Mở phần mềm ngay"
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchApp
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "Phần mềm ${APP_NAME} sẽ được gỡ khỏi máy. Dữ liệu (tệp dữ liệu, các bản sao lưu và nhật ký trong thư mục ${DATA_DIR}) được GIỮ NGUYÊN; muốn xóa hẳn thì tự xóa thư mục đó sau khi đã sao lưu ra USB."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!define MUI_FINISHPAGE_TITLE "Đã gỡ cài đặt"
!define MUI_FINISHPAGE_TEXT "Đã gỡ phần mềm ${APP_NAME}.$\r$\n$\r$\nDữ liệu vẫn còn trong thư mục ${DATA_DIR}. Cài lại phần mềm thì dữ liệu được dùng tiếp."
!insertmacro MUI_UNPAGE_FINISH

!insertmacro MUI_LANGUAGE "Vietnamese"

VIProductVersion "${VERSION_QUAD}"
VIFileVersion "${VERSION_QUAD}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "ProductVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileVersion" "${APP_VERSION}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "FileDescription" "Cài đặt ${APP_NAME}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_VIETNAMESE} "LegalCopyright" "${PUBLISHER}"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Function LaunchApp
  SetOutPath "$INSTDIR"
  Exec '"$INSTDIR\pythonw.exe" -m commune_care'
FunctionEnd

Section "Cài đặt"
  ; An upgrade: remove the previous version's program files first (only when the folder is
  ; ours), so no file a new version dropped lingers. The data folder is elsewhere.
  IfFileExists "$INSTDIR\app\commune_care\__init__.py" 0 copy_files
    !insertmacro BUNDLE_REMOVE
  copy_files:
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}/*"

  ; Compile the Python files once now, so the first start is as quick as the next ones.
  DetailPrint "Đang chuẩn bị phần mềm để khởi động nhanh..."
  ExecWait '"$INSTDIR\pythonw.exe" -m compileall -q "$INSTDIR\Lib" "$INSTDIR\app" "$INSTDIR\migrations"'

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${SHORTCUT_NAME}.lnk" "$INSTDIR\pythonw.exe" "-m commune_care" "$INSTDIR\commune_care.ico" 0 SW_SHOWNORMAL "" "${APP_NAME}"
  CreateShortCut "$DESKTOP\${SHORTCUT_NAME}.lnk" "$INSTDIR\pythonw.exe" "-m commune_care" "$INSTDIR\commune_care.ico" 0 SW_SHOWNORMAL "" "${APP_NAME}"

  WriteRegStr HKCU "Software\${APP_ID}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${APP_VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\commune_care.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" ${INSTALLED_KB}
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${SHORTCUT_NAME}.lnk"
  Delete "$DESKTOP\${SHORTCUT_NAME}.lnk"
  !insertmacro BUNDLE_REMOVE
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: never a folder with the user's own files
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP_ID}"
  DetailPrint "Dữ liệu được giữ nguyên trong ${DATA_DIR}"
SectionEnd
