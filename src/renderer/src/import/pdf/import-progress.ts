import { useSyncExternalStore } from 'react'

/** What a long import is doing, for the progress line; null when nothing is being imported. */
export interface ImportProgress {
  fileName: string
  done: number
  total: number
  /** Reading the text layer page by page, or recognising the text of scanned pages. */
  stage?: 'reading' | 'recognising'
}

let current: ImportProgress | null = null
const listeners = new Set<() => void>()

export function setImportProgress(progress: ImportProgress | null): void {
  current = progress
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useImportProgress(): ImportProgress | null {
  return useSyncExternalStore(subscribe, () => current)
}
