import { reportSummary } from '@core/article/import-report'
import type { LineBreakRule } from '@core/article/line-break-rule'
import { parseMarkdown, readMarkdown } from '@core/article/parse-markdown'
import { parsePlainText, plainTextBlocks, type ParsedArticle } from '@core/article/parse-plain-text'
import { articleTextTooLong } from '@shared/content-limits'
import { htmlToArticle } from './html-to-article'

/**
 * How pasted text is read: as Markdown (the default: plain paragraphs read the same, headings and
 * lists survive), as HTML source (sanitised like an imported page), or as plain text, every
 * character kept as typed (tags included).
 */
export type PasteReading = 'markdown' | 'html' | 'plain'

export const PASTE_FALLBACK_TITLE = 'Pasted article'

export type PasteOutcome = { ok: true; parsed: ParsedArticle } | { ok: false; message: string }

/**
 * Reads a paste into the text model, or refuses it with the sentence to show: nothing pasted,
 * more than an article may hold (checked before any parsing, so a 20 MB paste costs nothing), or
 * nothing readable left once read (never an empty article, which would then stand as the
 * "duplicate" of every later paste that also reads as nothing).
 */
export function pasteToArticle(
  title: string,
  text: string,
  rule: LineBreakRule,
  reading: PasteReading
): PasteOutcome {
  if (text.trim() === '')
    return { ok: false, message: 'Paste the article text first: there is nothing to import.' }
  const tooLong = articleTextTooLong('The pasted text', text.length)
  if (tooLong) return { ok: false, message: tooLong }
  const typed = title.trim()
  let parsed: ParsedArticle
  let bodyBlocks: number
  if (reading === 'html') {
    parsed = htmlToArticle(text, typed || PASTE_FALLBACK_TITLE)
    bodyBlocks = parsed.blocks.length
    if (typed) parsed = { ...parsed, title: typed }
  } else if (reading === 'plain') {
    const blocks = plainTextBlocks(text, rule)
    bodyBlocks = blocks.length
    parsed = typed ? { title: typed, blocks } : parsePlainText(text, PASTE_FALLBACK_TITLE, rule)
  } else {
    const read = readMarkdown(text, rule)
    bodyBlocks = read.blocks.length
    parsed = typed
      ? { title: typed, blocks: read.blocks, report: read.report }
      : parseMarkdown(text, PASTE_FALLBACK_TITLE, rule)
  }
  if (bodyBlocks === 0) {
    const lost = reportSummary(parsed.report)
    return {
      ok: false,
      message: `No readable text is left in what was pasted${lost ? ` (${lost.replace(/\.$/, '')})` : ''}. Nothing was added.`
    }
  }
  return { ok: true, parsed }
}
