import type { CitedAnnotation, EventCardData, SourceRow, TimelineRow } from '@core/notes/live-data'

export type { CitedAnnotation, EventCardData, SourceRow, TimelineRow }

/** Registers a listener called whenever any looked-up record may have changed; returns the unsubscribe. */
export type Subscribe = (listener: () => void) => () => void

/**
 * How the note's live nodes read the rest of the workbench. Reads are synchronous (the notes pane
 * keeps the records in memory, e.g. from useLiveQuery) and `subscribe` tells the nodes to read
 * again. Returned objects may be fresh on every call: node views compare them by value.
 */
export interface NoteLookups {
  /** The live annotation a cited quote points at; undefined once it is deleted. */
  getAnnotation: (annotationId: string) => CitedAnnotation | undefined
  /** The live event an event card shows; undefined once it is deleted. */
  getEvent: (eventId: string) => EventCardData | undefined
  /**
   * The title of the deleted article an annotation or event went with; undefined when it was
   * not deleted with an article. Omitted means none known.
   */
  getDeletedArticle?: (recordId: string) => string | undefined
  getTimeline: () => readonly TimelineRow[]
  getSources: () => readonly SourceRow[]
  subscribe: Subscribe
  /**
   * False while the records are still loading. Until then a missing annotation or event is not
   * taken as deleted: nodes show their cached state and the quote cache is left alone. Omitted
   * means always ready.
   */
  isReady?: () => boolean
}

/** The readiness of lookups that do not say. */
export const ALWAYS_READY = (): boolean => true

/** Lookups that find nothing: for tests, previews and read-only rendering. */
export const EMPTY_LOOKUPS: NoteLookups = {
  getAnnotation: () => undefined,
  getEvent: () => undefined,
  getTimeline: () => [],
  getSources: () => [],
  subscribe: () => () => {}
}
