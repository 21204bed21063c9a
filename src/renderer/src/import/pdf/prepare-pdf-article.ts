import { inspectPdfBytes } from '../../../../core/article/pdf/inspect-pdf-bytes'
import { plainText } from '../../../../core/article/plain-text'
import type { ArticleRecord } from '../../../../shared/model/article'
import type { SourceFileRecord } from '../../../../shared/model/source-file'
import { newId } from '../../db/new-id'
import { sha256Hex } from '../sha256-hex'
import { setImportProgress } from './import-progress'
import { PdfReadError, readPdfText } from './read-pdf-text'
import { rebuildInWorker } from './rebuild-in-worker'

export type PreparedPdfArticle =
  | { ok: true; article: ArticleRecord; source: SourceFileRecord; warning?: string }
  | { ok: false; message: string }

/** Fewer visible characters than this per page, on average, and the PDF is a scan. */
const MIN_CHARS_PER_PAGE = 20

export const isPdfFileName = (fileName: string): boolean => /\.pdf$/i.test(fileName)

/**
 * Reads a PDF into an article: its text rebuilt into paragraphs (core/article/pdf), the map
 * from text to page places, and the original bytes for the page view. Progress is shown page
 * by page; a damaged, encrypted or scanned PDF is refused with a sentence that says which.
 */
export async function preparePdfArticle(
  fileName: string,
  bytes: Uint8Array,
  now: Date
): Promise<PreparedPdfArticle> {
  const problem = inspectPdfBytes(fileName, bytes)
  if (problem) return { ok: false, message: problem }
  let read
  try {
    setImportProgress({ fileName, done: 0, total: 0 })
    read = await readPdfText(bytes, (done, total) => setImportProgress({ fileName, done, total }))
  } catch (error) {
    if (error instanceof PdfReadError && error.problem === 'encrypted')
      return {
        ok: false,
        message: `“${fileName}” is protected by a password; the workbench cannot open encrypted PDFs. Save an unprotected copy and import that.`
      }
    return {
      ok: false,
      message: `“${fileName}” could not be read: the file is damaged or is not a PDF.`
    }
  } finally {
    setImportProgress(null)
  }
  const visible = read.pages.reduce(
    (n, p) => n + p.items.reduce((m, i) => m + i.str.trim().length, 0),
    0
  )
  if (visible < MIN_CHARS_PER_PAGE * Math.max(1, read.pages.length))
    return {
      ok: false,
      message: `“${fileName}”: this PDF has no text layer (it is probably a scan), and the workbench cannot recognise text in images yet. Run it through OCR first, then import the result.`
    }
  let rebuilt
  try {
    rebuilt = await rebuildInWorker(
      read.pages,
      fileName.replace(/\.[^.]+$/, ''),
      read.metadataTitle
    )
  } catch {
    return {
      ok: false,
      message: `“${fileName}” could not be read: its text could not be laid out.`
    }
  }
  if (rebuilt.blocks.length === 0)
    return { ok: false, message: `“${fileName}” has no readable text.` }
  const contentHash = await sha256Hex(`${rebuilt.title}\n\n${plainText(rebuilt.blocks)}`)
  const id = newId()
  return {
    ok: true,
    article: {
      id,
      title: rebuilt.title,
      source: '',
      url: '',
      byline: '',
      publishedAt: '',
      importedAt: now.toISOString(),
      contentHash,
      format: 'pdf',
      blocks: rebuilt.blocks,
      pdfLayout: { textHash: contentHash, ...rebuilt.layout }
    },
    source: { articleId: id, fileName, mediaType: 'application/pdf', bytes }
  }
}
