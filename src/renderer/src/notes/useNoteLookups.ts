import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useRef } from 'react'
import {
  citedAnnotationFrom,
  eventCardFrom,
  sourceRowsFrom,
  timelineRowsFrom
} from '@core/notes/live-data'
import type { AnnotationRecord } from '@shared/model/annotation'
import type { ArticleSummaryRecord } from '@shared/model/article-summary'
import {
  DELETED_ARTICLES_KEY,
  isDeletedArticleMarks,
  type DeletedArticleMark
} from '@shared/model/deleted-article'
import type { EventRecord } from '@shared/model/event'
import { db } from '../db/db'
import type { NoteLookups } from './editor/live/note-lookups'

/**
 * Live records for a note's cited quotes, event cards and blocks. The lookups object is stable;
 * its reads see the latest records and `subscribe` wakes the node views when any of them change,
 * so the note follows edits without React re-rendering the editor.
 */
export function useNoteLookups(articleId: string | null): NoteLookups {
  const annotations = useLiveQuery(() => db.annotations.toArray(), [])
  const events = useLiveQuery(() => db.events.toArray(), [])
  // Titles only: the summaries, never every article's text.
  const articles = useLiveQuery(() => db.articleSummaries.toArray(), [])
  const marks = useLiveQuery(async () => {
    const value = (await db.settings.get(DELETED_ARTICLES_KEY))?.value
    return isDeletedArticleMarks(value) ? value : []
  }, [])
  const deletedWith = useMemo(() => deletedArticleTitles(marks ?? []), [marks])
  const latest = useRef(lookupRecords(annotations, events, articles))
  const deleted = useRef(deletedWith)
  const listeners = useRef(new Set<() => void>())
  useEffect(() => {
    latest.current = lookupRecords(annotations, events, articles)
    deleted.current = deletedWith
    listeners.current.forEach((l) => l())
  }, [annotations, events, articles, deletedWith])
  return useMemo<NoteLookups>(() => {
    // A note about an article draws its blocks from that article; one across articles from all.
    const inScope = <T extends { articleId: string }>(list: readonly T[]): T[] =>
      articleId ? list.filter((x) => x.articleId === articleId) : [...list]
    return {
      getAnnotation: (id) => {
        const a = latest.current.annotationById.get(id)
        return a ? citedAnnotationFrom(a) : undefined
      },
      getEvent: (id) => {
        const e = latest.current.eventById.get(id)
        return e ? eventCardFrom(e) : undefined
      },
      getDeletedArticle: (id) => deleted.current.get(id),
      isReady: () => latest.current.ready,
      getTimeline: () => timelineRowsFrom(inScope(latest.current.events)),
      getSources: () =>
        sourceRowsFrom({
          annotations: inScope(latest.current.annotations),
          events: inScope(latest.current.events),
          articleTitle: (id) =>
            latest.current.articles.find((a) => a.id === id)?.title ?? 'Unknown article'
        }),
      subscribe: (listener) => {
        listeners.current.add(listener)
        return () => listeners.current.delete(listener)
      }
    }
  }, [articleId])
}

/** Each annotation's and event's id to the title of the deleted article it went with. */
function deletedArticleTitles(marks: readonly DeletedArticleMark[]): Map<string, string> {
  const titles = new Map<string, string>()
  for (const m of marks)
    for (const id of [...m.annotationIds, ...m.eventIds]) titles.set(id, m.title)
  return titles
}

/**
 * The records the lookups read, with the annotations and events by id: a note of 500 cited
 * quotes reads each one on every refresh, which a search through the list made quadratic.
 */
function lookupRecords(
  annotations: AnnotationRecord[] | undefined,
  events: EventRecord[] | undefined,
  articles: ArticleSummaryRecord[] | undefined
): {
  annotations: AnnotationRecord[]
  events: EventRecord[]
  articles: ArticleSummaryRecord[]
  annotationById: Map<string, AnnotationRecord>
  eventById: Map<string, EventRecord>
  ready: boolean
} {
  return {
    annotations: annotations ?? [],
    events: events ?? [],
    articles: articles ?? [],
    annotationById: new Map((annotations ?? []).map((a) => [a.id, a])),
    eventById: new Map((events ?? []).map((e) => [e.id, e])),
    // Until every query has answered, a missing record is not yet a deleted one.
    ready: annotations !== undefined && events !== undefined && articles !== undefined
  }
}
