import type { ExportContext, ExportData } from '../export-data'
import { singleArticle } from './brief-title'
import { exportDay } from './export-date'

/** Lower-case words of a title joined by hyphens, accents dropped, at most 60 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= 60) return slug
  const cut = slug.slice(0, 61)
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-+$/, '')
}

/**
 * "bluf-iraq-2026-11-25.md": the note's title, "brief-<article>" for an article's notes, or
 * "workbench-brief", then the export day and the extension (given without its dot).
 */
export function briefFileName(data: ExportData, ctx: ExportContext, ext: string): string {
  const note = data.notes.length === 1 ? data.notes[0]! : null
  const article = note ? null : singleArticle(data)
  const base = note
    ? slugify(note.title) || 'note'
    : article
      ? `brief-${slugify(article.title) || 'article'}`
      : 'workbench-brief'
  const day = exportDay(ctx.now)
  return `${day === '' ? base : `${base}-${day}`}.${ext.replace(/^\./, '')}`
}
