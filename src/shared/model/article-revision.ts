import type { TextBlock } from './text-model'

/** A superseded version of an article's text, kept when "Update article text" replaces it. */
export interface ArticleRevisionRecord {
  id: string
  articleId: string
  /** When this version was replaced. */
  createdAt: string
  title: string
  contentHash: string
  blocks: TextBlock[]
}
