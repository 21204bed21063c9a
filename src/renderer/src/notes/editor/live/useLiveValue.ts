import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { Subscribe } from './note-lookups'

/**
 * Reads `read(arg)` from the workbench's lookups and re-renders when `subscribe` fires and the
 * value changed. Values are compared by their JSON, because lookups may build a fresh object on
 * every call and useSyncExternalStore would otherwise re-render forever.
 */
export function useLiveValue<T, A>(subscribe: Subscribe, read: (arg: A) => T, arg: A): T {
  const cache = useRef<{ key: string; value: T } | null>(null)
  const getSnapshot = useCallback((): T => {
    const value = read(arg)
    const key = JSON.stringify(value) ?? 'undefined'
    if (cache.current?.key === key) return cache.current.value
    cache.current = { key, value }
    return value
  }, [read, arg])
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}
