import { describe, expect, it, vi } from 'vitest'
import { printPdfOnServer, PRINT_PDF_PATH } from './print-pdf-on-server'

const html = '<!doctype html><html><head></head><body>Brief</body></html>'
const answer = (status: number, body: BodyInit) =>
  vi.fn(async () => new Response(body, { status })) as unknown as typeof fetch

describe('printPdfOnServer', () => {
  it('posts the brief with the workbench header and returns the PDF bytes', async () => {
    const fetchImpl = answer(200, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]))
    const result = await printPdfOnServer({ html }, fetchImpl)
    expect(result).toEqual({
      ok: true,
      value: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])
    })
    const [url, init] = (fetchImpl as unknown as ReturnType<typeof vi.fn>).mock.calls[0]!
    expect(url).toBe(PRINT_PDF_PATH)
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'X-Workbench-Print': '1' },
      body: html
    })
  })

  it('says the server cannot print (no Chromium) as unsupported, with its reason', async () => {
    const result = await printPdfOnServer({ html }, answer(503, 'No Chromium was found.'))
    expect(result).toEqual({
      ok: false,
      error: { code: 'unsupported', message: 'No Chromium was found.' }
    })
  })

  it('refuses an answer that is not a PDF, and reports a failed print', async () => {
    expect(await printPdfOnServer({ html }, answer(200, '<html>'))).toMatchObject({
      ok: false,
      error: { code: 'io-error' }
    })
    expect(await printPdfOnServer({ html }, answer(500, 'Chromium crashed'))).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: 'The PDF could not be printed: Chromium crashed' }
    })
  })

  it('refuses an empty brief without asking the server', async () => {
    const fetchImpl = answer(200, '')
    expect(await printPdfOnServer({ html: '' }, fetchImpl)).toMatchObject({ ok: false })
    expect(fetchImpl).not.toHaveBeenCalled()
  })
})
