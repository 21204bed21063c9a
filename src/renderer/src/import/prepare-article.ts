import { isEmptyReport } from '@core/article/import-report'
import { inspectFileBytes } from '@core/article/inspect-file-bytes'
import type { ParsedArticle } from '@core/article/parse-plain-text'
import { plainText } from '@core/article/plain-text'
import { articleTextTooLong } from '@shared/content-limits'
import { ARTICLE_EXTENSIONS } from '@shared/ipc-contract'
import type { ArticleFormat, ArticleRecord } from '@shared/model/article'
import type { SourceFileRecord } from '@shared/model/source-file'
import { newId } from '../db/new-id'
import { decodeHtml } from './decode-html'
import { prepareTextInWorker } from './prepare-text-in-worker'
import { MIN_KEPT_SHARE, type DocumentImport, type ImportAttachment } from './document-import'
import { docxToArticle } from './docx-to-article'
import { emlToArticle } from './eml-to-article'
import { isPdfFileName, preparePdfArticle } from './pdf/prepare-pdf-article'
import { mhtmlToPage } from './mhtml-to-page'
import { sha256Hex } from './sha256-hex'
import { webPageToArticle } from './web-page-to-article'
import { decodedTextProblem } from './decoded-text-problem'

export type PreparedArticle =
  | {
      ok: true
      article: ArticleRecord
      warning?: string
      attachments?: ImportAttachment[]
      /** The original file, for a PDF's page view. */
      source?: SourceFileRecord
    }
  | { ok: false; message: string }

function formatOf(fileName: string): ArticleFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (ext === 'txt') return 'txt'
  if (ext === 'md' || ext === 'markdown') return 'md'
  // A single-file page (.mhtml) is a saved web page too, once its page is taken out.
  if (ext === 'html' || ext === 'htm' || ext === 'mhtml' || ext === 'mht') return 'html'
  if (ext === 'docx') return 'docx'
  if (ext === 'eml') return 'eml'
  return null
}

/** Metadata an importer read from the file itself (a web page's site, byline, date…). */
export type ImportedDetails = Partial<
  Pick<ArticleRecord, 'source' | 'url' | 'byline' | 'publishedAt' | 'lang' | 'dir'>
>

/**
 * Builds a record from parsed text; refuses an article with no text at all, and one longer than
 * an article may be (MAX_ARTICLE_TEXT_CHARS) whatever it came from: a paste, or a Word file or
 * e-mail whose text is far larger than its compressed bytes. `what` names it in that message.
 */
export async function articleFromParsed(
  parsed: ParsedArticle,
  format: ArticleFormat,
  now: Date,
  details: ImportedDetails = {},
  what = 'This article',
  /** The hash, when a worker has already worked it out. */
  knownHash?: string
): Promise<PreparedArticle> {
  if (parsed.blocks.length === 0 && parsed.title.trim() === '') {
    return { ok: false, message: 'There is no text to import.' }
  }
  const blocks =
    parsed.blocks.length > 0 ? parsed.blocks : [{ kind: 'paragraph' as const, text: parsed.title }]
  const tooLong = articleTextTooLong(what, parsed.title.length + plainText(blocks).length)
  if (tooLong) return { ok: false, message: tooLong }
  return {
    ok: true,
    article: {
      id: newId(),
      title: parsed.title,
      source: '',
      url: '',
      byline: '',
      publishedAt: '',
      importedAt: now.toISOString(),
      contentHash: knownHash ?? (await sha256Hex(`${parsed.title}\n\n${plainText(blocks)}`)),
      format,
      blocks,
      ...(parsed.report && !isEmptyReport(parsed.report) ? { importReport: parsed.report } : {}),
      ...details
    }
  }
}

/** A Word file's or an e-mail's import, once checked and converted, as a record. */
async function articleFromDocument(
  doc: DocumentImport,
  format: ArticleFormat,
  now: Date
): Promise<PreparedArticle> {
  if (!doc.ok) return doc
  const prepared = await articleFromParsed(doc.parsed, format, now, doc.metadata)
  if (!prepared.ok) return prepared
  return {
    ...prepared,
    ...(doc.warning ? { warning: doc.warning } : {}),
    ...(doc.attachments ? { attachments: doc.attachments } : {})
  }
}

/** Validates, decodes, sanitises and parses an imported file into an article record. */
export async function prepareArticleFile(
  fileName: string,
  bytes: Uint8Array,
  now: Date
): Promise<PreparedArticle> {
  if (isPdfFileName(fileName)) return preparePdfArticle(fileName, bytes, now)
  const format = formatOf(fileName)
  if (!format)
    return {
      ok: false,
      message: `“${fileName}” is not a file the workbench imports (${ARTICLE_EXTENSIONS.map((e) => `.${e}`).join(', ')}).`
    }
  // Zip and MIME containers: each importer checks its own bytes (they are not text files).
  if (format === 'docx')
    return articleFromDocument(await docxToArticle(fileName, bytes), format, now)
  if (format === 'eml') return articleFromDocument(await emlToArticle(fileName, bytes), format, now)
  if (/\.mht(?:ml)?$/i.test(fileName)) {
    const page = await mhtmlToPage(fileName, bytes)
    if (!page.ok) return page
    return articleFromWebPage(fileName, page.html, now, page.location)
  }
  if (format === 'txt' || format === 'md') {
    const prepared = await prepareTextInWorker(fileName, bytes, format)
    if (!prepared.ok) return prepared
    return articleFromParsed(prepared.parsed, format, now, {}, undefined, prepared.contentHash)
  }
  const problem = inspectFileBytes(fileName, bytes)
  if (problem) return { ok: false, message: problem.message }
  const text = decodeHtml(bytes)
  const unreadable = decodedTextProblem(fileName, text)
  if (unreadable !== null || text === null) return { ok: false, message: unreadable ?? '' }
  return articleFromWebPage(fileName, text, now)
}

/**
 * A saved web page's text (from an .html file, or the page inside an .mhtml) as an article;
 * `savedFrom` is the address a single-file page records, used when the page names none itself.
 */
async function articleFromWebPage(
  fileName: string,
  text: string,
  now: Date,
  savedFrom = ''
): Promise<PreparedArticle> {
  const html = webPageToArticle(text, fileName.replace(/\.[^.]+$/, ''))
  if (html.blocks.length === 0)
    return {
      ok: false,
      message: `“${fileName}” has no readable text once scripts and markup are removed.`
    }
  const details = { ...html.details }
  if (!details.url && savedFrom) details.url = savedFrom
  const prepared = await articleFromParsed(html, 'html', now, details)
  if (prepared.ok && html.keptShare < MIN_KEPT_SHARE) {
    const pct = Math.round(html.keptShare * 100)
    return {
      ...prepared,
      warning: `Only ${pct}% of the visible text of “${fileName}” was kept after removing unsafe content. Check the article against the original.`
    }
  }
  return prepared
}
