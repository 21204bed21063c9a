import { inspectFileBytes } from '../../../core/article/inspect-file-bytes'
import { parseMarkdown } from '../../../core/article/parse-markdown'
import { parsePlainText, type ParsedArticle } from '../../../core/article/parse-plain-text'
import { plainText } from '../../../core/article/plain-text'
import type { ArticleFormat, ArticleRecord } from '../../../shared/model/article'
import type { SourceFileRecord } from '../../../shared/model/source-file'
import { newId } from '../db/new-id'
import { decodeText } from './decode-text'
import { htmlToArticle } from './html-to-article'
import { isPdfFileName, preparePdfArticle } from './pdf/prepare-pdf-article'
import { sha256Hex } from './sha256-hex'

export type PreparedArticle =
  | { ok: true; article: ArticleRecord; warning?: string; source?: SourceFileRecord }
  | { ok: false; message: string }

/** Below this share of surviving visible text the user is warned that sanitising removed most of it. */
const MIN_KEPT_SHARE = 0.5

function formatOf(fileName: string): ArticleFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (ext === 'txt') return 'txt'
  if (ext === 'md' || ext === 'markdown') return 'md'
  if (ext === 'html' || ext === 'htm') return 'html'
  return null
}

/** Builds a record from parsed text; refuses an article with no text at all. */
export async function articleFromParsed(
  parsed: ParsedArticle,
  format: ArticleFormat,
  now: Date
): Promise<PreparedArticle> {
  if (parsed.blocks.length === 0 && parsed.title.trim() === '') {
    return { ok: false, message: 'There is no text to import.' }
  }
  const blocks =
    parsed.blocks.length > 0 ? parsed.blocks : [{ kind: 'paragraph' as const, text: parsed.title }]
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
      contentHash: await sha256Hex(`${parsed.title}\n\n${plainText(blocks)}`),
      format,
      blocks
    }
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
    return { ok: false, message: `“${fileName}” is not a .txt, .md, .html or .pdf file.` }
  const problem = inspectFileBytes(fileName, bytes)
  if (problem) return { ok: false, message: problem.message }
  const text = decodeText(bytes)
  if (text === null)
    return {
      ok: false,
      message: `“${fileName}” could not be decoded as text (it is not valid UTF-8 or UTF-16).`
    }
  if (text.trim() === '')
    return {
      ok: false,
      message: `“${fileName}” contains only white space: there is no text to import.`
    }
  const fallback = fileName.replace(/\.[^.]+$/, '')
  if (format === 'html') {
    const html = htmlToArticle(text, fallback)
    if (html.blocks.length === 0)
      return {
        ok: false,
        message: `“${fileName}” has no readable text once scripts and markup are removed.`
      }
    const prepared = await articleFromParsed(html, 'html', now)
    if (prepared.ok && html.keptShare < MIN_KEPT_SHARE) {
      const pct = Math.round(html.keptShare * 100)
      return {
        ...prepared,
        warning: `Only ${pct}% of the visible text of “${fileName}” was kept after removing unsafe content. Check the article against the original.`
      }
    }
    return prepared
  }
  const parsed = format === 'md' ? parseMarkdown(text, fallback) : parsePlainText(text, fallback)
  return articleFromParsed(parsed, format, now)
}
