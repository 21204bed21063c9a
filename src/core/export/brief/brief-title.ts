import type { ArticleRecord } from '../../../shared/model/article'
import type { ExportData } from '../export-data'

/** The one article every note of the export is about, if there is such an article. */
export function singleArticle(data: ExportData): ArticleRecord | null {
  if (data.articles.length !== 1) return null
  const article = data.articles[0]!
  return data.notes.every((note) => note.articleId === article.id) ? article : null
}

/** The brief's title: the note's, "Brief: <article>" or "Workbench brief". */
export function briefTitle(data: ExportData): string {
  if (data.notes.length === 1) return data.notes[0]!.title.trim() || 'Untitled note'
  const article = singleArticle(data)
  return article ? `Brief: ${article.title}` : 'Workbench brief'
}
