import { fileURLToPath } from 'node:url'
import { basename, extname, resolve } from 'node:path'
import { ARTICLE_EXTENSIONS, type FileFromOutside, type OpenedFile } from '@shared/ipc-contract'
import { DEEP_LINK_SCHEME } from '@core/export/deep-link'
import { toWorkbenchError } from '../ipc/to-workbench-error'
import { WorkbenchFailure } from '../ipc/workbench-failure'
import { readArticleFile } from '../services/article-file'
import { createWindowMailbox, type MailboxWindow } from '../window/window-mailbox'

export interface FileOpener {
  /** Reads the file at `path` (type and size checked, as for Import…) and hands it to the window. */
  receive(path: string): Promise<void>
  /** The window files go to from now on; files received before it existed are delivered to it. */
  attach(win: MailboxWindow): void
}

// A few files opened at once (a selection in a file manager); more is not a person choosing.
const MAX_PENDING = 20

/**
 * Files the operating system asks the app to open: macOS's 'open-file' (Open With, a
 * double-click on an associated type, also before 'ready'), and paths on the command line of the
 * first or a second instance on Windows and Linux. Each is read here with Import…'s checks (a
 * type the importer reads, the size limit before reading) and sent to the renderer, which imports
 * it; one that cannot be read is sent with the reason, to be said there.
 */
export function createFileOpener(
  options: {
    read?: (path: string) => Promise<OpenedFile>
    /** Called when a file arrives and no window is open (on macOS the app outlives its windows). */
    onNoWindow?: () => void
  } = {}
): FileOpener {
  const read = options.read ?? ((path: string) => readArticleFile(path))
  const mailbox = createWindowMailbox('app:open-file', MAX_PENDING)
  return {
    async receive(path) {
      let message: FileFromOutside
      try {
        message = await read(path)
      } catch (error) {
        const fileName = basename(path)
        // The importer's own refusals name the file already; a file system error does not.
        const reason = toWorkbenchError(error).message
        message = {
          fileName,
          error:
            error instanceof WorkbenchFailure
              ? reason
              : `“${fileName}” could not be opened: ${reason}.`
        }
      }
      if (!mailbox.hasWindow()) options.onNoWindow?.()
      mailbox.post(message)
    },
    attach: (win) => mailbox.attach(win)
  }
}

/**
 * The files among command-line arguments: what Windows and Linux pass when a file of an
 * associated type is opened with the app. Only names with an extension the importer reads count
 * (not the program, not '.', switches or a workbench: link), resolved against `cwd`.
 */
export function filesFromArgv(argv: readonly string[], cwd: string): string[] {
  const types = new Set<string>(ARTICLE_EXTENSIONS)
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && !arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`))
    .map((arg) => pathOfArgument(arg, cwd))
    .filter(
      (path): path is string => path !== null && types.has(extname(path).slice(1).toLowerCase())
    )
}

/**
 * A command-line argument as a local path. Linux desktop entries pass files as `file://` URLs
 * (electron-builder writes `Exec=… %U`, and file managers then send URLs, percent-encoded); any
 * other URL (http:, smb:) is not a local file and is not fetched. Two letters or more before
 * "://" make a URL, so a Windows path (C:\…) stays a path.
 */
function pathOfArgument(arg: string, cwd: string): string | null {
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg)
    } catch {
      return null
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) return null
  return resolve(cwd, arg)
}
