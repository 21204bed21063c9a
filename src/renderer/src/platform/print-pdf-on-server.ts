import { printPdfRequestSchema, type PrintPdfRequest } from '@shared/ipc-contract'
import { fail, ok, type Result } from '@shared/result'

/** Where browser mode's server prints PDFs, and the header it asks for (scripts/serve-renderer.mjs). */
export const PRINT_PDF_PATH = '/api/print-pdf'
const PRINT_HEADER = 'X-Workbench-Print'

/**
 * Browser mode's PDF: the brief's HTML posted to the local server that serves the workbench, which
 * prints it with headless Chromium (the engine the desktop app prints with). 'unsupported' when
 * the server cannot print (no Chromium, or an older server), so the caller can fall back to the
 * browser's print dialog and say why.
 */
export async function printPdfOnServer(
  request: PrintPdfRequest,
  fetchImpl: typeof fetch = fetch
): Promise<Result<Uint8Array>> {
  const parsed = printPdfRequestSchema.safeParse(request)
  if (!parsed.success) return fail('invalid-payload', 'The brief to print is not valid.')
  let response: Response
  try {
    response = await fetchImpl(PRINT_PDF_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'text/html; charset=utf-8', [PRINT_HEADER]: '1' },
      body: parsed.data.html
    })
  } catch {
    return fail(
      'unsupported',
      'The workbench’s local server could not be reached to print the PDF.'
    )
  }
  if (response.status === 404 || response.status === 405 || response.status === 503)
    return fail('unsupported', (await response.text()).trim() || 'This server cannot print PDFs.')
  if (response.status === 413) return fail('too-large', (await response.text()).trim())
  if (!response.ok)
    return fail('io-error', `The PDF could not be printed: ${(await response.text()).trim()}`)
  const bytes = new Uint8Array(await response.arrayBuffer())
  const magic = String.fromCharCode(...bytes.subarray(0, 5))
  if (magic !== '%PDF-')
    return fail('io-error', 'The server answered with something that is not a PDF.')
  return ok(bytes)
}
