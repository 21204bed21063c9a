import { describe, expect, it, vi } from 'vitest'
import { WorkbenchFailure } from '../ipc/workbench-failure'
import { PDF_WINDOW_OPTIONS, printHtmlToPdf, type PdfWindow } from './print-pdf'

function fakeWindow(print: () => Promise<Buffer>) {
  const navigateListeners: ((event: { preventDefault: () => void }) => void)[] = []
  const win = {
    loadURL: vi.fn(async (_url: string) => undefined),
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
    destroy: () => {
      win.destroyed = true
    }
  } as unknown as PdfWindow
  return { win, pdfWindow }
}

describe('printHtmlToPdf', () => {
  it('prints the HTML in a script-less throwaway window and returns the bytes', async () => {
    const { win, pdfWindow } = fakeWindow(async () => Buffer.from('%PDF-1.7 brief'))
    const create = vi.fn(() => pdfWindow)
    const bytes = await printHtmlToPdf('<h1>Brief é</h1>', create)
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7 brief')
    expect(create).toHaveBeenCalledWith(PDF_WINDOW_OPTIONS)
    expect(PDF_WINDOW_OPTIONS.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      nodeIntegration: false,
      partition: 'pdf-print'
    })
    expect(PDF_WINDOW_OPTIONS.webPreferences?.preload).toBeUndefined()
    const url = win.loadURL.mock.calls[0]![0]
    const payload = url.replace('data:text/html;charset=utf-8;base64,', '')
    expect(Buffer.from(payload, 'base64').toString('utf8')).toBe('<h1>Brief é</h1>')
    expect(win.openHandler?.()).toEqual({ action: 'deny' })
    const event = { preventDefault: vi.fn() }
    win.navigateListeners.forEach((l) => l(event))
    expect(event.preventDefault).toHaveBeenCalled()
    expect(win.destroyed).toBe(true)
  })

  it('reports a failed print clearly and still closes the window', async () => {
    const { win, pdfWindow } = fakeWindow(async () => {
      throw new Error('printing failed')
    })
    const error = await printHtmlToPdf('<p>x</p>', () => pdfWindow).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkbenchFailure)
    expect((error as Error).message).toBe('The brief could not be printed to PDF: printing failed.')
    expect(win.destroyed).toBe(true)
  })

  it('gives up on a print that never finishes', async () => {
    const { win, pdfWindow } = fakeWindow(() => new Promise<Buffer>(() => undefined))
    const error = await printHtmlToPdf('<p>x</p>', () => pdfWindow, 20).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(/took longer than 0.02 s/)
    expect(win.destroyed).toBe(true)
  })
})
