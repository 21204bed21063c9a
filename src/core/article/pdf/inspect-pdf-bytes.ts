import { MAX_PDF_BYTES } from '../../../shared/import-limits'

/**
 * Refuses what cannot be a PDF before pdf.js sees it: an empty file, one over the size limit, and
 * one without the `%PDF-` header within its first kilobyte (where readers look for it).
 */
export function inspectPdfBytes(fileName: string, bytes: Uint8Array): string | null {
  if (bytes.length === 0) return `“${fileName}” is empty: there is no text to import.`
  if (bytes.length > MAX_PDF_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1)
    return `“${fileName}” is ${mb} MB; PDFs larger than ${MAX_PDF_BYTES / 1024 / 1024} MB are not imported.`
  }
  const head = String.fromCharCode(...bytes.subarray(0, 1024))
  if (!head.includes('%PDF-'))
    return `“${fileName}” is not a PDF (it does not start as one), so it cannot be imported.`
  return null
}
