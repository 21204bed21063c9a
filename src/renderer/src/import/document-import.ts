import type { ParsedArticle } from '@core/article/parse-plain-text'
import { mimeBinaryContent } from '@core/article/mime-binary-content'
import { formatBytes } from '@shared/format-bytes'
import type { ArticleMetadata } from '@shared/model/article'

/** A file found inside an imported document (an e-mail's attachment) that may become an article of its own. */
export interface ImportAttachment {
  fileName: string
  /** Bytes as delivered; nothing has been parsed or opened yet. */
  bytes: Uint8Array
  /** Whether the workbench can import this kind of file. */
  importable: boolean
}

/**
 * What a container importer (Word, e-mail) hands back: the text model and the metadata it
 * found, so the article record is built the same way for every kind of file.
 */
export type DocumentImport =
  | {
      ok: true
      parsed: ParsedArticle
      metadata: Partial<Omit<ArticleMetadata, 'title'>>
      warning?: string
      attachments?: ImportAttachment[]
    }
  | { ok: false; message: string }

/** Below this share of surviving visible text the user is warned that sanitising removed most of it. */
export const MIN_KEPT_SHARE = 0.5

/** Escapes text for an HTML element's content (a title built for htmlToArticle). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The first checks of every container import (Word, e-mail, single-file page), before anything
 * parses it: not empty, within its kind's size limit, and, for the text-based ones (MIME
 * messages), no binary data anywhere in the file outside the parts that declare a binary
 * transfer encoding (mimeBinaryContent). Returns the refusal, or null when the bytes may be parsed.
 */
export function containerProblem(
  fileName: string,
  bytes: Uint8Array,
  kind: {
    /** What an empty file lacks: "text", "message". */
    nothing: string
    /** The kind in the plural, for the size limit: "Word files", "e-mails". */
    plural: string
    limit: number
    /** For a text-based kind, what a binary file is not: "an e-mail message". */
    notBinary?: string
  }
): string | null {
  if (bytes.length === 0) return `“${fileName}” is empty: there is no ${kind.nothing} to import.`
  if (bytes.length > kind.limit)
    return `“${fileName}” is ${formatBytes(bytes.length)}; ${kind.plural} larger than ${formatBytes(kind.limit)} are not imported.`
  if (!kind.notBinary) return null
  const at = mimeBinaryContent(bytes)
  if (at === null) return null
  const where = at === 0 ? '' : ` (binary data from byte ${at.toLocaleString('en')} on)`
  return `“${fileName}” is a binary file, not ${kind.notBinary}${where}. Nothing was imported.`
}
