import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useMemo, useRef } from 'react'
import {
  citedAnnotationFrom,
  eventCardFrom,
  sourceRowsFrom,
  timelineRowsFrom
} from '../../../core/notes/live-data'
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
  const articles = useLiveQuery(() => db.articles.toArray(), [])
  const latest = useRef({
    annotations: annotations ?? [],
    events: events ?? [],
    articles: articles ?? []
  })
  const listeners = useRef(new Set<() => void>())
  useEffect(() => {
    latest.current = {
      annotations: annotations ?? [],
      events: events ?? [],
      articles: articles ?? []
    }
    listeners.current.forEach((l) => l())
  }, [annotations, events, articles])
  return useMemo<NoteLookups>(() => {
    // A note about an article draws its blocks from that article; one across articles from all.
    const inScope = <T extends { articleId: string }>(list: readonly T[]): T[] =>
      articleId ? list.filter((x) => x.articleId === articleId) : [...list]
    return {
      getAnnotation: (id) => {
        const a = latest.current.annotations.find((x) => x.id === id)
        return a ? citedAnnotationFrom(a) : undefined
      },
      getEvent: (id) => {
        const e = latest.current.events.find((x) => x.id === id)
        return e ? eventCardFrom(e) : undefined
      },
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
