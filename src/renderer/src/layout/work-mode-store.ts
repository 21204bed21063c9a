import { useSyncExternalStore } from 'react'
import { DEFAULT_MODE, isWorkMode, MODE_STORAGE_KEY, type WorkMode } from './work-modes'

/**
 * The current work mode, shared by the top bar, the workbench and the side pane. A view
 * preference, so it lives in localStorage (like the pane sizes), not in the analyst's database.
 */
function readStored(): WorkMode {
  try {
    const stored = localStorage.getItem(MODE_STORAGE_KEY)
    return isWorkMode(stored) ? stored : DEFAULT_MODE
  } catch {
    return DEFAULT_MODE
  }
}

let current: WorkMode | null = null
const listeners = new Set<() => void>()

export function getWorkMode(): WorkMode {
  current ??= readStored()
  return current
}

export function setWorkMode(mode: WorkMode): void {
  if (getWorkMode() === mode) return
  current = mode
  try {
    localStorage.setItem(MODE_STORAGE_KEY, mode)
  } catch {
    // A full or blocked storage only costs remembering the mode over a restart.
  }
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useWorkMode(): WorkMode {
  return useSyncExternalStore(subscribe, getWorkMode)
}
