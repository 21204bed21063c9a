import { readDocxCoreProperties } from '@core/article/docx-core-properties'
import { MAX_DOCX_BYTES } from '@shared/import-limits'
import {
  containerProblem,
  escapeHtml,
  MIN_KEPT_SHARE,
  type DocumentImport
} from './document-import'
import { checkDocx } from './check-docx'
import { docxHtmlInWorker } from './docx-html-in-worker'
import { htmlToArticle } from './html-to-article'

/**
 * Authors that Word, LibreOffice and document generators write when nobody set one (the docx
 * package writes "Un-named"): a byline saying so would be wrong, so it stays empty.
 */
const PLACEHOLDER_AUTHORS = new Set([
  'un-named',
  'unknown',
  'user',
  'author',
  'windows user',
  'microsoft office user',
  'administrator'
])

/**
 * A Word (.docx) file to the text model: checked (size, zip, parts, real unpacked size), then
 * converted by mammoth to HTML in a worker with every picture dropped unread, then sanitised
 * and reduced by htmlToArticle like an imported web page. Title from the document properties, else its first
 * heading, else the file name; the author from the properties goes into the byline.
 */
export async function docxToArticle(fileName: string, bytes: Uint8Array): Promise<DocumentImport> {
  const problem = containerProblem(fileName, bytes, {
    nothing: 'text',
    plural: 'Word files',
    limit: MAX_DOCX_BYTES
  })
  if (problem) return { ok: false, message: problem }
  const checked = await checkDocx(fileName, bytes)
  if (!checked.ok) return checked
  const core = readDocxCoreProperties(checked.coreXml)
  const converted = await docxHtmlInWorker(bytes)
  if (!converted.ok)
    return {
      ok: false,
      message:
        converted.reason === 'timeout'
          ? `“${fileName}” took too long to read and was stopped; it may be damaged or built to stall the reader.`
          : `“${fileName}” is damaged: Word's document inside it cannot be read.`
    }
  const html = converted.html
  const titleTag = core.title ? `<title>${escapeHtml(core.title)}</title>` : ''
  const parsed = htmlToArticle(
    `<!doctype html><html><head>${titleTag}</head><body>${html}</body></html>`,
    fileName.replace(/\.[^.]+$/, '')
  )
  if (parsed.blocks.length === 0)
    return { ok: false, message: `“${fileName}” has no text to import.` }
  const pct = Math.round(parsed.keptShare * 100)
  return {
    ok: true,
    parsed: { title: parsed.title, blocks: parsed.blocks, report: parsed.report },
    metadata: {
      byline: PLACEHOLDER_AUTHORS.has(core.creator.toLowerCase()) ? '' : core.creator.slice(0, 300)
    },
    ...(parsed.keptShare < MIN_KEPT_SHARE
      ? {
          warning: `Only ${pct}% of the visible text of “${fileName}” was kept after removing unsafe content. Check the article against the original.`
        }
      : {})
  }
}
