import { useCallback, useState } from 'react'
import { reanchorArticle, type ReanchorOutcome } from '@core/anchoring/reanchor-article'
import { plainText } from '@core/article/plain-text'
import type { ArticleRecord } from '@shared/model/article'
import type { EventField } from '@shared/model/event'
import type { TextBlock } from '@shared/model/text-model'
import { useNotices } from '../services/notices'
import { applyArticleRevision, evidenceKey } from '../db/commands/apply-article-revision'
import { db } from '../db/db'
import { sha256Hex } from '../import/sha256-hex'
import { countNoun } from '@core/text/count-noun'

export interface RevisionPreview {
  blocks: TextBlock[]
  contentHash: string
  textHash: string
  outcomes: ReanchorOutcome[]
}

export interface TextRevision {
  preview: RevisionPreview | null
  error: string | null
  setError: (message: string | null) => void
  /** Re-anchors every annotation and cited passage on the new text; shows the report. */
  compare: (blocks: TextBlock[]) => Promise<void>
  back: () => void
  /** Writes the new text (the current one kept as a version); true when it was written. */
  apply: (done: string) => Promise<boolean>
}

/**
 * One path for every change of an article's text (an update, an edit in place, a restored
 * version): compare re-anchors annotations and event evidence on the new text and shows how each
 * fares; apply writes it all at once and keeps the text it replaces as a version.
 */
export function useTextRevision(article: ArticleRecord): TextRevision {
  const { notify } = useNotices()
  const [error, setError] = useState<string | null>(null)
  const [preview, setPreview] = useState<RevisionPreview | null>(null)

  const compare = useCallback(
    async (blocks: TextBlock[]): Promise<void> => {
      if (blocks.length === 0) return setError('There is no text in the new version.')
      const newText = plainText(blocks)
      if (newText === plainText(article.blocks))
        return setError('The new text is identical to the current one: nothing to update.')
      // Read here, not passed in: the records are this article's as stored now, never a list
      // a render behind after switching articles.
      const annotations = await db.annotations.where('articleId').equals(article.id).toArray()
      const events = await db.events.where('articleId').equals(article.id).toArray()
      const evidence = events.flatMap((e) =>
        Object.entries(e.evidence).flatMap(([field, ev]) =>
          ev ? [{ id: evidenceKey(e.id, field as EventField), selectors: ev.selectors }] : []
        )
      )
      const { textHash, outcomes } = reanchorArticle(newText, [
        ...annotations.map((a) => ({ id: a.id, selectors: a.selectors })),
        ...evidence
      ])
      setError(null)
      setPreview({
        blocks,
        textHash,
        outcomes,
        contentHash: await sha256Hex(`${article.title}\n\n${newText}`)
      })
    },
    [article]
  )

  const apply = useCallback(
    async (done: string): Promise<boolean> => {
      if (!preview) return false
      try {
        await applyArticleRevision(db, article.id, preview, preview.outcomes, new Date())
        const drifted = preview.outcomes.filter((o) => o.status === 'drifted').length
        const orphaned = preview.outcomes.filter((o) => o.status === 'orphaned').length
        notify(
          drifted + orphaned ? 'warning' : 'info',
          `${done} ${reanchorSummary(drifted, orphaned)} The previous version is kept.`,
          { aboutArticle: true }
        )
        return true
      } catch (err) {
        setError(`The change was not applied: ${err instanceof Error ? err.message : String(err)}`)
        return false
      }
    },
    [article.id, preview, notify]
  )

  return { preview, error, setError, compare, back: () => setPreview(null), apply }
}

/** What re-anchoring left to check, in words: "1 annotation drifted and needs a look." */
export function reanchorSummary(drifted: number, orphaned: number): string {
  const changed = drifted + orphaned
  if (changed === 0) return 'Every annotation still points at its passage.'
  const how = [drifted && `${drifted} drifted`, orphaned && `${orphaned} orphaned`]
    .filter(Boolean)
    .join(', ')
  return `${countNoun(changed, 'annotation')} (${how}) ${changed === 1 ? 'needs' : 'need'} a look.`
}
