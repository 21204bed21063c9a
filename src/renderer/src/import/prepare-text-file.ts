import { inspectFileBytes } from '@core/article/inspect-file-bytes'
import { parseMarkdown } from '@core/article/parse-markdown'
import { parsePlainText, type ParsedArticle } from '@core/article/parse-plain-text'
import { plainText } from '@core/article/plain-text'
import { decodeText } from './decode-text'
import { sha256Hex } from './sha256-hex'
import { decodedTextProblem } from './decoded-text-problem'

export type PreparedText =
  { ok: true; parsed: ParsedArticle; contentHash: string } | { ok: false; message: string }

/** The content hash of an article: its title and plain text. */
export const articleHash = (parsed: ParsedArticle): Promise<string> =>
  sha256Hex(`${parsed.title}\n\n${plainText(parsed.blocks)}`)

/**
 * A .txt or .md file checked, decoded, parsed and hashed: the heavy part of a text import (for
 * 10 MB, over a second of work), done in a worker (text-import.worker.ts). An article with no
 * text at all is left for the caller to refuse.
 */
export async function prepareTextFile(
  fileName: string,
  bytes: Uint8Array,
  format: 'txt' | 'md'
): Promise<PreparedText> {
  const problem = inspectFileBytes(fileName, bytes)
  if (problem) return { ok: false, message: problem.message }
  const text = decodeText(bytes)
  const unreadable = decodedTextProblem(fileName, text)
  if (unreadable !== null || text === null) return { ok: false, message: unreadable ?? '' }
  const fallback = fileName.replace(/\.[^.]+$/, '')
  const parsed = format === 'md' ? parseMarkdown(text, fallback) : parsePlainText(text, fallback)
  const blocks =
    parsed.blocks.length > 0 ? parsed.blocks : [{ kind: 'paragraph' as const, text: parsed.title }]
  return { ok: true, parsed, contentHash: await articleHash({ ...parsed, blocks }) }
}
