import { checkSnapshotInWorker } from './check-snapshot-in-worker'
import { checkBackupSize } from '@core/backup/check-backup-size'
import { parseBackup } from '@core/backup/parse-backup'
import {
  ARTICLE_EXTENSIONS,
  MAX_EXPORT_BYTES,
  saveFileRequestSchema,
  type OpenedFile
} from '@shared/ipc-contract'
import { formatBytes } from '@shared/format-bytes'
import { maxImportBytes } from '@shared/import-limits'
import { fail, ok, type Result } from '@shared/result'
import { printPdfOnServer } from './print-pdf-on-server'
import { createOpfsSnapshots, type OpfsDirectory } from './opfs-snapshots'
import type { PickedBackup, Platform } from './platform'

const ARTICLE_ACCEPT = ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(',')

/** Lets the user pick one file with a hidden file input; resolves null when the picker is cancelled. */
function pickFile(doc: Document, accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.style.display = 'none'
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null)
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve(null)
      input.remove()
    })
    doc.body.append(input)
    input.click()
  })
}

/** Reads a picked or dropped file, refusing oversized ones before reading them into memory. */
export async function readPickedFile(file: File): Promise<Result<OpenedFile>> {
  const maxBytes = maxImportBytes(file.name)
  if (file.size > maxBytes) {
    return fail(
      'too-large',
      `“${file.name}” is ${formatBytes(file.size)}; files of this kind larger than ${formatBytes(maxBytes)} are not imported.`
    )
  }
  try {
    return ok({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
  } catch {
    return fail('io-error', `“${file.name}” could not be read.`)
  }
}

export interface BrowserPlatformOptions {
  /** Checks a snapshot read back from storage: the backup format's parser. */
  verifySnapshot: (text: string) => Result<unknown>
}

const defaultOptions: BrowserPlatformOptions = { verifySnapshot: (text) => parseBackup(text) }

/** The origin private file system's root, where this browser has one. */
function opfsRoot(): (() => Promise<OpfsDirectory>) | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage
  if (typeof storage?.getDirectory !== 'function') return undefined
  // The DOM typings in use lack the async-iterable half of FileSystemDirectoryHandle (keys()).
  return () => storage.getDirectory() as unknown as Promise<OpfsDirectory>
}
/**
 * A picked backup, refused by its size before any byte is read (the same limit as main's
 * readBackupFile). Not read here: the File itself goes to the backup worker, which reads and
 * decodes it (strict UTF-8) and validates it, so the page never holds the text.
 */
export function readPickedBackup(file: File): Result<PickedBackup> {
  const size = checkBackupSize(file.size)
  if (!size.ok) return fail('too-large', `“${file.name}”: ${size.error.message}`)
  return ok({ fileName: file.name, data: file })
}

/** Browser mode: the same interface with web fallbacks (file input, downloads, browser storage). */
export function createBrowserPlatform(
  doc: Document = document,
  options: BrowserPlatformOptions = defaultOptions
): Platform {
  const snapshots = createOpfsSnapshots({
    getRoot: opfsRoot(),
    estimate: () => navigator.storage.estimate(),
    now: () => new Date(),
    verify: options.verifySnapshot,
    // Compared and parsed off the page (unit tests under jsdom have no workers: on the page).
    check: typeof Worker === 'undefined' ? undefined : checkSnapshotInWorker
  })
  return {
    kind: 'browser',
    getInfo: async () =>
      ok({
        appVersion: __APP_VERSION__,
        electronVersion: '',
        chromeVersion: /Chrom(?:e|ium)\/([\d.]+)/.exec(navigator.userAgent)?.[1] ?? '',
        platform: navigator.platform,
        dataDir: `this browser profile (origin ${location.origin})`
      }),
    openArticleFile: async () => {
      const file = await pickFile(doc, ARTICLE_ACCEPT)
      return file ? readPickedFile(file) : ok(null)
    },
    openBackupFile: async () => {
      const file = await pickFile(doc, '.json,application/json')
      return file ? readPickedBackup(file) : ok(null)
    },
    saveFile: async (request) => {
      // A Blob (the backup worker's file) is downloaded as it is: the page never reads it.
      const given = request.data
      const parsed =
        given instanceof Blob
          ? saveFileRequestSchema.omit({ data: true }).safeParse(request)
          : saveFileRequestSchema.safeParse(request)
      if (!parsed.success || (given instanceof Blob && given.size > MAX_EXPORT_BYTES))
        return fail('invalid-payload', 'The file to save is not valid.')
      const blob =
        given instanceof Blob
          ? given
          : new Blob([typeof given === 'string' ? given : given.slice()])
      const url = URL.createObjectURL(blob)
      const a = doc.createElement('a')
      a.href = url
      a.download = parsed.data.suggestedName
      doc.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return ok({ path: parsed.data.suggestedName })
    },
    // A browser page cannot print to a file: the local server that serves the workbench prints
    // it with headless Chromium; when it cannot, the export dialog falls back to the print dialog.
    printPdf: (request) => printPdfOnServer(request),
    revealDataFolder: async () =>
      fail(
        'unsupported',
        'In browser mode the data lives in the browser profile; use Back up to save a copy.'
      ),
    setTheme: async () => ok(undefined),
    ...snapshots,
    // No main process waits for an answer here.
    skipSnapshot: async () => ok(undefined),
    onMenuCommand: () => () => {},
    // A tab has no quit to hold; its last dependable moment is being hidden (switched away or
    // closing). Hiding happens often, so it asks only for a snapshot that is due anyway
    // ('change': the interval applies), not for a final one each time.
    onSnapshotRequest: (listener) => {
      const onVisibility = (): void => {
        if (doc.visibilityState === 'hidden') listener('change')
      }
      doc.addEventListener('visibilitychange', onVisibility)
      return () => doc.removeEventListener('visibilitychange', onVisibility)
    },
    // A browser tab is not a protocol handler: links arrive through the page's #open= hash.
    onOpenLink: () => () => {},
    // Nothing outside a browser tab hands it files: they come through Import… or a drop.
    onOpenFile: () => () => {}
  }
}
