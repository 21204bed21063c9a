import type { NoteLookups } from './note-lookups'

export interface LookupBridge {
  /** Stable functions handed to the extensions once; they read whatever lookups are current. */
  lookups: NoteLookups
  /** Makes `next` the lookups read from now on. */
  setCurrent: (next: NoteLookups) => void
  /** Tells every node view to read again (the current lookups changed or fired). */
  notify: () => void
}

/**
 * Extensions are configured once per editor, but the notes pane may pass new lookup functions on
 * every render. The bridge gives the extensions stable functions that forward to the current
 * lookups, and its own listener set that the editor re-notifies when they change.
 */
export function createLookupBridge(initial: NoteLookups): LookupBridge {
  let current = initial
  const listeners = new Set<() => void>()
  return {
    setCurrent: (next) => {
      current = next
    },
    notify: () => {
      for (const listener of [...listeners]) listener()
    },
    lookups: {
      getAnnotation: (id) => current.getAnnotation(id),
      getEvent: (id) => current.getEvent(id),
      getDeletedArticle: (id) => current.getDeletedArticle?.(id),
      getTimeline: () => current.getTimeline(),
      getSources: () => current.getSources(),
      isReady: () => current.isReady?.() ?? true,
      subscribe: (listener) => {
        listeners.add(listener)
        return () => {
          listeners.delete(listener)
        }
      }
    }
  }
}
