import { describe, expect, it, vi } from 'vitest'
import { WorkbenchFailure } from '../ipc/workbench-failure'
import { createPrintDocuments } from '../protocol/print-documents'
import { PDF_WINDOW_OPTIONS, printHtmlToPdf, type PdfWindow } from './print-pdf'

/** A window whose loadURL fetches through the print session's handler, as Electron would. */
function fakeWindow(print: () => Promise<Buffer>) {
  const documents = createPrintDocuments()
  const navigateListeners: ((event: { preventDefault: () => void }) => void)[] = []
  const win = {
    loadURL: vi.fn(async (url: string) => {
      win.loadedUrl = url
      const response = documents.handle(new Request(url))
      win.loaded = await response.text()
      win.csp = response.headers.get('Content-Security-Policy') ?? ''
    }),
    loaded: '',
    loadedUrl: '',
    csp: '',
    openHandler: undefined as undefined | (() => { action: string }),
    destroyed: false,
    navigateListeners
  }
  const pdfWindow = {
    webContents: {
      loadURL: win.loadURL,
      printToPDF: vi.fn(print),
      setWindowOpenHandler: (handler: () => { action: string }) => {
        win.openHandler = handler
      },
      on: (_event: string, listener: (event: { preventDefault: () => void }) => void) => {
        navigateListeners.push(listener)
      }
    },
    // Like Electron: destroying a window that is gone throws.
    destroy: () => {
      if (win.destroyed) throw new TypeError('Object has been destroyed')
      win.destroyed = true
    },
    isDestroyed: () => win.destroyed
  } as unknown as PdfWindow
  return { win, pdfWindow, documents }
}

describe('printHtmlToPdf', () => {
  it('prints the HTML in a script-less throwaway window and returns the bytes', async () => {
    const { win, pdfWindow, documents } = fakeWindow(async () => Buffer.from('%PDF-1.7 brief'))
    const create = vi.fn(() => pdfWindow)
    const bytes = await printHtmlToPdf('<h1>Brief é</h1>', create, documents)
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 brief')
    expect(create).toHaveBeenCalledWith(PDF_WINDOW_OPTIONS)
    expect(PDF_WINDOW_OPTIONS.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      nodeIntegration: false,
      partition: 'pdf-print'
    })
    expect(PDF_WINDOW_OPTIONS.webPreferences?.preload).toBeUndefined()
    expect(win.loaded).toBe('<h1>Brief é</h1>')
    // From memory under the app scheme, never a file; no script, no network; gone afterwards.
    expect(win.loadedUrl).toMatch(/^app:\/\/print\/[0-9a-f-]{36}$/)
    expect(win.csp).toContain("default-src 'none'")
    expect(win.csp).not.toMatch(/script-src/)
    expect(documents.allows(win.loadedUrl)).toBe(false)
    expect(documents.handle(new Request(win.loadedUrl)).status).toBe(404)
    expect(win.openHandler?.()).toEqual({ action: 'deny' })
    const event = { preventDefault: vi.fn() }
    win.navigateListeners.forEach((l) => l(event))
    expect(event.preventDefault).toHaveBeenCalled()
    expect(win.destroyed).toBe(true)
  })

  it('prints a brief far larger than a data: URL may be (2 MB)', async () => {
    const { win, pdfWindow, documents } = fakeWindow(async () => Buffer.from('%PDF'))
    const html = `<p>${'é'.repeat(3_000_000)}</p>`
    await printHtmlToPdf(html, () => pdfWindow, documents)
    expect(win.loaded).toBe(html)
  })

  it('reports a failed print clearly and still closes the window', async () => {
    const { win, pdfWindow, documents } = fakeWindow(async () => {
      throw new Error('printing failed')
    })
    const error = await printHtmlToPdf('<p>x</p>', () => pdfWindow, documents).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(WorkbenchFailure)
    expect((error as Error).message).toBe('The brief could not be printed to PDF: printing failed.')
    expect(win.destroyed).toBe(true)
  })

  it('gives up on a print that never finishes', async () => {
    const { win, pdfWindow, documents } = fakeWindow(() => new Promise<Buffer>(() => undefined))
    const error = await printHtmlToPdf('<p>x</p>', () => pdfWindow, documents, 20).catch(
      (e: unknown) => e
    )
    expect((error as Error).message).toMatch(/took longer than 0.02 s/)
    expect(win.destroyed).toBe(true)
  })

  it('says why the print failed when quitting closed its window meanwhile', async () => {
    const { win, pdfWindow, documents } = fakeWindow(async () => {
      win.destroyed = true
      throw new Error('Render frame was disposed before WebFrameMain could be accessed')
    })
    const error = await printHtmlToPdf('<p>x</p>', () => pdfWindow, documents).catch(
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(WorkbenchFailure)
    expect((error as Error).message).toMatch(/^The brief could not be printed to PDF: Render frame/)
  })
})
