import { useCallback, useRef, useSyncExternalStore } from 'react'
import type { Subscribe } from './note-lookups'

/**
 * Reads a value from the workbench's lookups and re-renders when `subscribe` fires and the value
 * changed. Values are compared by their JSON, because lookups may build a fresh object on every
 * call and useSyncExternalStore would otherwise re-render forever.
 */
export function useLiveValue<T>(subscribe: Subscribe, read: () => T): T {
  const cache = useRef<{ key: string; value: T } | null>(null)
  const getSnapshot = useCallback((): T => {
    const value = read()
    const key = JSON.stringify(value) ?? 'undefined'
    if (cache.current?.key === key) return cache.current.value
    cache.current = { key, value }
    return value
  }, [read])
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot)
}
