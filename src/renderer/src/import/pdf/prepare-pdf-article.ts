import { inspectPdfBytes } from '@core/article/pdf/inspect-pdf-bytes'
import { pagesWithoutText } from '@core/article/pdf/pages-without-text'
import { plainText } from '@core/article/plain-text'
import type { ArticleRecord } from '@shared/model/article'
import type { SourceFileRecord } from '@shared/model/source-file'
import { newId } from '../../db/new-id'
import { sha256Hex } from '../sha256-hex'
import { setImportProgress } from './import-progress'
import { PdfReadError, readPdfText } from './read-pdf-text'
import { recogniseScannedPages } from './recognise-scanned-pages'
import { rebuildInWorker } from './rebuild-in-worker'

export type PreparedPdfArticle =
  | { ok: true; article: ArticleRecord; source: SourceFileRecord; warning?: string }
  | { ok: false; message: string }

export const isPdfFileName = (fileName: string): boolean => /\.pdf$/i.test(fileName)

/**
 * Reads a PDF into an article: its text rebuilt into paragraphs (core/article/pdf), the map
 * from text to page places, and the original bytes for the page view. Progress is shown page
 * by page. Pages without text (scans) are read by OCR, and only those: a mixed PDF keeps its text
 * layer elsewhere. A damaged or encrypted PDF, or one whose scans cannot be read, is refused with a
 * sentence that says which, and nothing is stored.
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
  const scanned = pagesWithoutText(read.pages)
  const pages = [...read.pages]
  // Pages where OCR found words: a blank page is looked at, but is not "recognised text".
  const recognisedPages: number[] = []
  if (scanned.length > 0) {
    try {
      const recognised = await recogniseScannedPages(bytes, scanned, (done, total) =>
        setImportProgress({ fileName, done, total, stage: 'recognising' })
      )
      for (const [page, text] of recognised) {
        pages[page - 1] = text
        if (text.items.length > 0) recognisedPages.push(page)
      }
    } catch (error) {
      console.error('Text recognition failed:', error)
      return {
        ok: false,
        message: `“${fileName}” has scanned pages without text, and their text could not be recognised, so nothing was imported.`
      }
    } finally {
      setImportProgress(null)
    }
  }
  let rebuilt
  try {
    rebuilt = await rebuildInWorker(pages, fileName.replace(/\.[^.]+$/, ''), read.metadataTitle)
  } catch {
    return {
      ok: false,
      message: `“${fileName}” could not be read: its text could not be laid out.`
    }
  }
  if (rebuilt.blocks.length === 0)
    return {
      ok: false,
      message:
        scanned.length > 0
          ? `“${fileName}” has no readable text: no words were recognised in its scanned pages.`
          : `“${fileName}” has no readable text.`
    }
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
      pdfLayout: {
        textHash: contentHash,
        ...rebuilt.layout,
        ...(recognisedPages.length > 0 ? { recognisedPages } : {})
      }
    },
    source: { articleId: id, fileName, mediaType: 'application/pdf', bytes }
  }
}
