import type { ReanchorOutcome } from '@core/anchoring/reanchor-article'
import type { EventField } from '@shared/model/event'
import type { TextBlock } from '@shared/model/text-model'
import { newId } from '../new-id'
import type { WorkbenchDb } from '../workbench-db'

/**
 * Replaces an article's text with a newer version, all or nothing: the old version is kept in
 * articleRevisions and every annotation gets its re-anchored position and state. Selectors are
 * kept as made, so a drifted or orphaned annotation still knows what it originally quoted.
 */
export function applyArticleRevision(
  db: WorkbenchDb,
  articleId: string,
  next: { blocks: TextBlock[]; contentHash: string; textHash: string },
  outcomes: readonly ReanchorOutcome[],
  now: Date
): Promise<void> {
  return db.transaction(
    'rw',
    [db.articles, db.articleRevisions, db.annotations, db.events],
    async () => {
      const article = await db.articles.get(articleId)
      if (!article) throw new Error('This article no longer exists.')
      const clash = await db.articles.where('contentHash').equals(next.contentHash).first()
      if (clash && clash.id !== articleId)
        throw new Error(`This text is already in the library as “${clash.title}”.`)
      await db.articleRevisions.add({
        id: newId(),
        articleId,
        createdAt: now.toISOString(),
        title: article.title,
        contentHash: article.contentHash,
        blocks: article.blocks
      })
      await db.articles.update(articleId, { blocks: next.blocks, contentHash: next.contentHash })
      const eventAnchors = new Map<string, [EventField, ReanchorOutcome][]>()
      for (const o of outcomes) {
        const anchor = {
          start: o.start,
          end: o.end,
          status: o.status,
          score: o.score,
          textHash: next.textHash
        }
        const cited = parseEvidenceKey(o.id)
        if (!cited) await db.annotations.update(o.id, { anchor })
        else
          eventAnchors.set(cited.eventId, [
            ...(eventAnchors.get(cited.eventId) ?? []),
            [cited.field, o]
          ])
      }
      // Event evidence is re-anchored exactly like annotations; the selectors stay as cited.
      for (const [eventId, fields] of eventAnchors) {
        const event = await db.events.get(eventId)
        if (!event) continue
        const evidence = { ...event.evidence }
        for (const [field, o] of fields) {
          const cited = evidence[field]
          if (cited) {
            evidence[field] = {
              ...cited,
              anchor: {
                start: o.start,
                end: o.end,
                status: o.status,
                score: o.score,
                textHash: next.textHash
              }
            }
          }
        }
        await db.events.put({ ...event, evidence })
      }
    }
  )
}

/** Re-anchoring items for event evidence are keyed "event:<id>:<field>". */
export const evidenceKey = (eventId: string, field: EventField): string =>
  `event:${eventId}:${field}`

function parseEvidenceKey(key: string): { eventId: string; field: EventField } | null {
  const m = /^event:(.+):([a-zA-Z0-9]+)$/.exec(key)
  return m ? { eventId: m[1]!, field: m[2] as EventField } : null
}
