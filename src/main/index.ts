import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  nativeTheme,
  protocol,
  session,
  shell
} from 'electron'
import { parseBackup } from '@core/backup/parse-backup'
import type { IpcEvents, ThemePreference } from '@shared/ipc-contract'
import { APP_ENTRY_URL, APP_NAME, APP_ORIGIN, APP_SCHEME, SESSION_PARTITION } from './app-identity'
import { createDeepLinkRouter } from './deep-link/deep-link-router'
import { installDeepLinks } from './deep-link/install-deep-links'
import { createFileOpener, filesFromArgv } from './open-file/file-opener'
import { forgetElsewhere, forwardedDataDir, recordElsewhere } from './instance/elsewhere-record'
import { lockFailedMessage, lockRefusal, recordInstance } from './instance/instance-record'
import { registerHandlers } from './ipc/register-handlers'
import { createSenderCheck } from './ipc/trusted-sender'
import { installApplicationMenu } from './menu/install-application-menu'
import { resolveDataDir } from './paths/resolve-data-dir'
import { createAppProtocolHandler } from './protocol/create-app-protocol-handler'
import { createPrintDocuments } from './protocol/print-documents'
import { hardenSession } from './security/harden-session'
import { originOf } from './security/origin-of'
import { announceStarted } from './services/announce-started'
import { createHandlers } from './services/create-handlers'
import { createPendingWrites } from './services/pending-writes'
import { PRINT_PARTITION } from './services/print-pdf'
import { describeFsError } from './services/describe-fs-error'
import { revealDataFolder } from './services/reveal-data-folder'
import { guardClose, type CloseGuard } from './window/close-guard'
import { createMainWindow } from './window/create-main-window'
import { workbenchWindows } from './window/workbench-windows'

// Both paths are relative to the bundle (out/main/index.js), not to this source file.
const preloadPath = join(import.meta.dirname, '../preload/index.cjs')
const rendererDir = join(import.meta.dirname, '../renderer')

// `electron-vite dev` sets this; a packaged app ignores it so nobody can point it elsewhere.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'] || undefined
const devOrigin = devServerUrl === undefined ? null : originOf(devServerUrl)
const pageOrigin = devOrigin ?? APP_ORIGIN
const trustedOrigins = devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin]

function prepareDataDir(): string | null {
  // Electron derives the default userData folder from package.json's name at startup, so
  // setName alone does not rename it; build the "Analyst Workbench" folder explicitly.
  const defaultDir = join(app.getPath('appData'), APP_NAME)
  // A link or file opened from outside while the workbench runs on a --data-dir folder goes to
  // that workbench (see elsewhere-record.ts), not to a second one on the default folder.
  const dataDir =
    forwardedDataDir({
      argv: process.argv,
      env: process.env,
      defaultDir,
      selfPid: process.pid,
      files: filesFromArgv(process.argv, process.cwd())
    }) ?? resolveDataDir({ argv: process.argv, env: process.env, defaultDir, cwd: process.cwd() })
  try {
    // app.setPath throws for a folder that does not exist yet.
    mkdirSync(dataDir, { recursive: true })
  } catch (error) {
    dialog.showErrorBox(
      `${APP_NAME} cannot start`,
      `The data folder ${dataDir} could not be created: ${describeFsError(error)}.`
    )
    return null
  }
  // Everything Chromium stores (the persistent partition's IndexedDB included) follows userData.
  app.setPath('userData', dataDir)
  return dataDir
}

function start(dataDir: string): void {
  let mainWindow: BrowserWindow | null = null
  let theme: ThemePreference = 'system'
  let quitting = false
  const closeGuards = new Set<CloseGuard>()
  const pendingWrites = createPendingWrites()
  // Set when a snapshot write outlived the wait for it (will-quit below): quit without it.
  let writesGivenUp = false

  const openWindow = (): BrowserWindow => {
    const win = createMainWindow({
      preloadPath,
      url: devServerUrl ?? APP_ENTRY_URL,
      allowedOrigin: pageOrigin,
      dataDir
    })
    // Before closing, the renderer writes a final snapshot (see close-guard.ts).
    const guard = guardClose(win, {
      requestSnapshot: () => {
        if (win.webContents.isCrashed()) return false
        const reason: IpcEvents['snapshot:request'] = 'quit'
        win.webContents.send('snapshot:request', reason)
        return true
      },
      // A held close cancels a quit in progress (Cmd+Q, menu Quit); resume the quit itself.
      proceed: () => (quitting ? app.quit() : win.close()),
      // Said, not only logged: the analyst chooses between waiting and closing without it.
      onTimeout: async () => {
        if (win.isDestroyed()) return 'close'
        const { response } = await dialog.showMessageBox(win, {
          type: 'warning',
          title: APP_NAME,
          message: 'The final snapshot is taking longer than usual.',
          detail:
            'Your work is saved in the workbench as you go; the snapshot is an extra copy of it. Closing now keeps the previous snapshot as the latest one.',
          buttons: ['Keep waiting', 'Close without it'],
          defaultId: 0,
          cancelId: 0,
          noLink: true
        })
        return response === 0 ? 'wait' : 'close'
      }
    })
    // Windows shutdown, restart or log-off: Electron emits neither before-quit nor close, so the
    // window is closed here, through its guard, while the session waits (preventDefault delays
    // it, as Electron documents for work that would otherwise be lost).
    win.on('query-session-end', (event) => {
      if (win.isDestroyed()) return
      event.preventDefault()
      quitting = true
      win.close()
    })
    win.on('session-end', () => {
      quitting = true
      if (!win.isDestroyed()) win.close()
    })
    closeGuards.add(guard)
    win.on('closed', () => {
      closeGuards.delete(guard)
      if (mainWindow === win) mainWindow = null
    })
    links.attach(win)
    files.attach(win)
    return win
  }

  // workbench:// links from exports open the passage they point to.
  const links = createDeepLinkRouter({
    onNoWindow: () => {
      if (app.isReady() && !mainWindow) mainWindow = openWindow()
    }
  })
  installDeepLinks(app, links, process.argv)

  // Files opened with the app from outside (Open With, a double-click on an associated type, the
  // command line) are imported as if picked with Import….
  const files = createFileOpener({
    onNoWindow: () => {
      if (app.isReady() && !mainWindow) mainWindow = openWindow()
    }
  })
  // macOS: also before 'ready', when opening the file launched the app.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    void files.receive(path)
  })
  for (const path of filesFromArgv(process.argv, process.cwd())) void files.receive(path)

  const refreshMenu = (): void =>
    installApplicationMenu({
      openWindow: () => (mainWindow = openWindow()),
      platform: process.platform,
      isDev: devServerUrl !== undefined,
      theme,
      revealDataFolder: () => {
        revealDataFolder((path) => shell.openPath(path), dataDir).catch((error: unknown) => {
          dialog.showErrorBox(APP_NAME, error instanceof Error ? error.message : String(error))
        })
      }
    })

  // Sandbox every renderer, including any created later by accident.
  app.enableSandbox()

  // Must happen before 'ready'. Standard + secure gives app:// a real origin with IndexedDB,
  // fetch and 'self' in the CSP, like https.
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true }
    }
  ])

  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const path of filesFromArgv(argv, workingDirectory)) void files.receive(path)
    const win = mainWindow
    // A second start while no window is open (macOS keeps the app running) opens one.
    if (!win || win.isDestroyed()) {
      if (app.isReady()) mainWindow = openWindow()
      return
    }
    if (win.isMinimized()) win.restore()
    win.focus()
  })

  // Defence in depth for any web contents, not only the main window's.
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })

  app.on('before-quit', () => {
    quitting = true
  })

  // A snapshot file still being written when the last window has gone is finished first (up to a
  // minute): quitting in the middle of the write lost the final snapshot.
  app.on('will-quit', (event) => {
    if (writesGivenUp || !pendingWrites.busy()) return
    event.preventDefault()
    void pendingWrites.settled().then((all) => {
      if (!all) {
        console.warn('A snapshot was still being written after a minute; quitting anyway.')
        writesGivenUp = true
      }
      app.quit()
    })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  app
    .whenReady()
    .then(() => {
      const workbenchSession = session.fromPartition(SESSION_PARTITION)
      hardenSession(workbenchSession, trustedOrigins)
      workbenchSession.protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir))

      // The print window's session serves the brief being printed from memory and loads nothing
      // else: no file, no network, no permission.
      const printDocuments = createPrintDocuments()
      const printSession = session.fromPartition(PRINT_PARTITION)
      hardenSession(printSession, [])
      printSession.protocol.handle(APP_SCHEME, (request) => printDocuments.handle(request))
      printSession.webRequest.onBeforeRequest((details, callback) => {
        callback({ cancel: !printDocuments.allows(details.url) })
      })

      registerHandlers(
        ipcMain,
        createHandlers({
          appVersion: app.getVersion(),
          dataDir,
          documentsDir: app.getPath('documents'),
          dialog,
          shell,
          nativeTheme,
          getParentWindow: () => BrowserWindow.getFocusedWindow() ?? mainWindow,
          createPdfWindow: (options) => new BrowserWindow(options),
          printDocuments,
          // A snapshot is a backup file: checked whole before it is kept or offered.
          verifySnapshot: (text) => parseBackup(text),
          onQuitSnapshotAnswered: () => {
            for (const guard of closeGuards) guard.answered()
          },
          onQuitSnapshotWriting: () => {
            for (const guard of closeGuards) guard.writing()
          },
          pendingWrites,
          onThemeChanged: (next) => {
            theme = next
            refreshMenu()
          }
        }),
        createSenderCheck(trustedOrigins)
      )
      refreshMenu()
      mainWindow = openWindow()
      announceStarted(process.env, app.isPackaged)

      app.on('activate', () => {
        // A print under way holds a hidden window: it is not one the analyst can come back to.
        if (workbenchWindows().length === 0) mainWindow = openWindow()
      })
    })
    .catch((error: unknown) => {
      console.error('Startup failed:', error)
      dialog.showErrorBox(
        `${APP_NAME} cannot start`,
        error instanceof Error ? error.message : String(error)
      )
      app.exit(1)
    })
}

app.setName(APP_NAME)
const dataDir = prepareDataDir()
if (dataDir === null) {
  app.exit(1)
} else if (!app.requestSingleInstanceLock()) {
  // The lock is per userData folder (set above), so two different --data-dir folders can run
  // side by side, e.g. parallel end-to-end tests; a second launch on the same folder hands over.
  // A lock that could not be made at all is said (it quit silently every time).
  if (lockRefusal(dataDir, process.pid) === 'lock-failed') {
    // Said once ready: before 'ready', Electron writes an error box to stderr on Linux (its
    // dialog docs), where nobody who started the app from a launcher sees it.
    void app.whenReady().then(() => {
      dialog.showErrorBox(`${APP_NAME} did not start`, lockFailedMessage(dataDir))
      app.quit()
    })
  } else app.quit()
} else {
  recordInstance(dataDir, process.pid)
  const defaultDir = join(app.getPath('appData'), APP_NAME)
  if (dataDir !== defaultDir) {
    recordElsewhere(defaultDir, dataDir, process.pid, (file, text) => {
      mkdirSync(defaultDir, { recursive: true })
      writeFileSync(file, text)
    })
    app.on('quit', () => forgetElsewhere(defaultDir, process.pid))
  }
  start(dataDir)
}
