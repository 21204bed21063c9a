import type { BrowserWindowConstructorOptions, Event, WebContents } from 'electron'
import { WorkbenchFailure } from '../ipc/workbench-failure'
import type { PrintDocuments } from '../protocol/print-documents'

/** The parts of a BrowserWindow the printer uses; injectable so tests run under plain Node. */
export interface PdfWindow {
  webContents: Pick<WebContents, 'loadURL' | 'printToPDF' | 'setWindowOpenHandler'> & {
    on(event: 'will-navigate', listener: (event: Event) => void): unknown
  }
  destroy(): void
  isDestroyed(): boolean
}

export type CreatePdfWindow = (options: BrowserWindowConstructorOptions) => PdfWindow

/** The print window's own in-memory session: its app:// serves only the brief being printed. */
export const PRINT_PARTITION = 'pdf-print'

/**
 * The hidden window that prints an exported brief. The brief is user data rendered as HTML, so it
 * gets no script, no preload, no Node and an in-memory partition: it cannot read the workbench's
 * database or reach the network even if an exporter ever failed to escape something.
 */
export const PDF_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    partition: PRINT_PARTITION,
    spellcheck: false
  }
}

/** A brief that takes longer than this to print is reported, not waited on forever. */
export const PRINT_TIMEOUT_MS = 60_000

/** Prints a standalone HTML document to PDF (A4, backgrounds, document outline from headings). */
export async function printHtmlToPdf(
  html: string,
  createWindow: CreatePdfWindow,
  documents: Pick<PrintDocuments, 'add'>,
  timeoutMs = PRINT_TIMEOUT_MS
): Promise<Uint8Array> {
  const win = createWindow(PDF_WINDOW_OPTIONS)
  // Served from memory (see print-documents.ts): no data: URL, which Chromium refuses over 2 MB
  // (a long brief exceeds it), and no temporary file.
  const page = documents.add(html)
  let timer: ReturnType<typeof setTimeout> | undefined
  try {
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
    // Links in a brief (workbench://, https://) must never navigate the print window.
    win.webContents.on('will-navigate', (event) => event.preventDefault())
    const print = async (): Promise<Uint8Array> => {
      await win.webContents.loadURL(page.url)
      const pdf = await win.webContents.printToPDF({
        printBackground: true,
        pageSize: 'A4',
        preferCSSPageSize: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true
      })
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    }
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new WorkbenchFailure(
              'internal',
              `Printing the brief to PDF took longer than ${timeoutMs / 1000} s and was stopped.`
            )
          ),
        timeoutMs
      )
    })
    return await Promise.race([print(), timeout])
  } catch (error) {
    if (error instanceof WorkbenchFailure) throw error
    throw new WorkbenchFailure(
      'internal',
      `The brief could not be printed to PDF: ${error instanceof Error ? error.message : String(error)}.`
    )
  } finally {
    clearTimeout(timer)
    // Quitting closes every window, this hidden one too, possibly while it prints: Electron
    // throws on destroying a window that is already gone, which would hide the real error.
    if (!win.isDestroyed()) win.destroy()
    page.release()
  }
}
