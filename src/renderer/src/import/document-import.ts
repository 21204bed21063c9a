import type { ParsedArticle } from '../../../core/article/parse-plain-text'
import type { ArticleMetadata } from '../../../shared/model/article'

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
