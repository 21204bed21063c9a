import { MAX_ARTICLE_BYTES } from './ipc-contract'

/**
 * Largest Word file accepted (bytes). A .docx is a zip that carries its pictures, so a short
 * report can weigh several megabytes although only its text is kept.
 */
export const MAX_DOCX_BYTES = 20 * 1024 * 1024

/**
 * Largest e-mail accepted (bytes). Attachments travel base64-encoded (a third larger than the
 * file), so a message with a 15 MB report attached is about 20 MB.
 */
export const MAX_EML_BYTES = 25 * 1024 * 1024

/**
 * Largest PDF accepted (bytes): reports with images run to tens of megabytes, while pdf.js's
 * worker holds the whole file and the original is kept for the page view.
 */
export const MAX_PDF_BYTES = 50 * 1024 * 1024

/**
 * Largest single-file web page accepted (bytes): the page's pictures travel inside it,
 * base64-encoded, though only its text is kept.
 */
export const MAX_MHTML_BYTES = 25 * 1024 * 1024

/** The size limit for an imported file, by its extension: text articles keep the 10 MB limit. */
export function maxImportBytes(fileName: string): number {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (ext === 'docx') return MAX_DOCX_BYTES
  if (ext === 'eml') return MAX_EML_BYTES
  if (ext === 'pdf') return MAX_PDF_BYTES
  if (ext === 'mhtml' || ext === 'mht') return MAX_MHTML_BYTES
  return MAX_ARTICLE_BYTES
}
