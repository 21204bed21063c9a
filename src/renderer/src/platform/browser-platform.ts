import {
  ARTICLE_EXTENSIONS,
  MAX_ARTICLE_BYTES,
  saveFileRequestSchema,
  type OpenedFile
} from '../../../shared/ipc-contract'
import { fail, ok, type Result } from '../../../shared/result'
import type { Platform } from './platform'

/** Lets the user pick one file with a hidden file input; resolves null when the picker is cancelled. */
function pickFile(doc: Document): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input')
    input.type = 'file'
    input.accept = ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(',')
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
  if (file.size > MAX_ARTICLE_BYTES) {
    return fail(
      'too-large',
      `“${file.name}” is ${(file.size / 1048576).toFixed(1)} MB; articles larger than 10 MB are not imported.`
    )
  }
  try {
    return ok({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
  } catch {
    return fail('io-error', `“${file.name}” could not be read.`)
  }
}

/** Browser mode: the same interface with web fallbacks (file input, downloads, browser storage). */
export function createBrowserPlatform(doc: Document = document): Platform {
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
      const file = await pickFile(doc)
      return file ? readPickedFile(file) : ok(null)
    },
    saveFile: async (request) => {
      const parsed = saveFileRequestSchema.safeParse(request)
      if (!parsed.success) return fail('invalid-payload', 'The file to save is not valid.')
      const data = parsed.data.data
      const blob = new Blob([typeof data === 'string' ? data : data.slice()])
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
    // A browser page cannot print to a file; the export dialog prints the same HTML through the
    // browser's print dialog instead (Save as PDF).
    printPdf: async () =>
      fail('unsupported', 'In browser mode PDFs are made with the browser’s print dialog.'),
    revealDataFolder: async () =>
      fail(
        'unsupported',
        'In browser mode the data lives in the browser profile; use Back up to save a copy.'
      ),
    setTheme: async () => ok(undefined),
    onMenuCommand: () => () => {}
  }
}
