; Included by electron-builder's NSIS installer (electron-builder.yml, nsis.include).
; electron-builder writes `protocols` into macOS's Info.plist and Linux's .desktop entry only, so
; the Windows installer registers workbench:// itself, for the user or the machine it installs
; for (SHELL_CONTEXT, as its own file associations do), and the uninstaller removes it again.
; The app also claims the scheme when it first runs (app.setAsDefaultProtocolClient): this makes a
; link work before that first start, and leaves nothing behind after an uninstall.

!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\workbench" "" "URL:Analyst Workbench link"
  WriteRegStr SHELL_CONTEXT "Software\Classes\workbench" "URL Protocol" ""
  WriteRegStr SHELL_CONTEXT "Software\Classes\workbench\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\workbench\shell\open\command" "" '"$appExe" "%1"'
!macroend

!macro customUnInstall
  DeleteRegKey SHELL_CONTEXT "Software\Classes\workbench"
!macroend
