import { useSyncExternalStore } from 'react'

/** What a long import is doing, for the progress line; null when nothing is being imported. */
export interface ImportProgress {
  fileName: string
  done: number
  total: number
  /**
   * Reading a PDF's text layer page by page, recognising the text of scanned pages, or reading a
   * large text file in one go (no pages: `done` and `total` are 0, `bytes` is its size).
   */
  stage?: 'reading' | 'recognising' | 'text'
  bytes?: number
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
