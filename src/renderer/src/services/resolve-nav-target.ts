import type { DeepLink } from '@core/export/deep-link'
import type { WorkbenchDb } from '../db/workbench-db'

/** Something the workbench can show: an article, or an item in one. */
export type NavTarget =
  | { kind: 'article'; articleId: string }
  | { kind: 'annotation'; articleId: string; annotationId: string }
  | { kind: 'event'; articleId: string; eventId: string }
  /** A note's article is looked up; null for a note that stands across articles. */
  | { kind: 'note'; noteId: string }

/** A target whose records exist, with the article to open (null: keep the current one). */
export type ResolvedTarget =
  | Exclude<NavTarget, { kind: 'note' }>
  | {
      kind: 'note'
      noteId: string
      articleId: string | null
    }

export interface Resolution {
  /** What to show; null when nothing of it is left. */
  target: ResolvedTarget | null
  /** Why the target is not (all) there, for the analyst; null when it is. */
  problem: string | null
}

/** The target a deep link points to. */
export function targetOfLink(link: DeepLink): NavTarget {
  if (link.annotationId)
    return { kind: 'annotation', articleId: link.articleId, annotationId: link.annotationId }
  if (link.eventId) return { kind: 'event', articleId: link.articleId, eventId: link.eventId }
  return { kind: 'article', articleId: link.articleId }
}

/**
 * Checks that what a target (often a link from an exported brief) points to still exists. An
 * item that was deleted falls back to its article, with a notice saying so.
 */
export async function resolveNavTarget(db: WorkbenchDb, target: NavTarget): Promise<Resolution> {
  if (target.kind === 'note') {
    const note = await db.notes.get(target.noteId)
    return note
      ? { target: { kind: 'note', noteId: note.id, articleId: note.articleId }, problem: null }
      : { target: null, problem: 'That note is no longer in the workbench.' }
  }
  const item =
    target.kind === 'annotation'
      ? await db.annotations.get(target.annotationId)
      : target.kind === 'event'
        ? await db.events.get(target.eventId)
        : undefined
  // The item knows its article better than a link typed or edited by hand.
  const articleId = item?.articleId ?? target.articleId
  const article = await db.articles.get(articleId)
  if (!article)
    return { target: null, problem: 'The article this points to is not in your library.' }
  if (target.kind === 'article' || item)
    return { target: { ...target, articleId } as ResolvedTarget, problem: null }
  const what = target.kind === 'annotation' ? 'annotation' : 'event'
  return {
    target: { kind: 'article', articleId },
    problem: `That ${what} is no longer in “${article.title}”; showing the article instead.`
  }
}
