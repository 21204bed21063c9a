import { useSyncExternalStore } from 'react'

/**
 * The reader asking the workbench for more width: the page view of a PDF beside the text needs
 * about twice a text column, more than the reader pane has on a laptop screen with the side panes
 * open. The workbench answers by folding the Events pane into its rail while the request stands,
 * and restores the panes as they were when it is withdrawn.
 */
let wanted = false
const listeners = new Set<() => void>()

export function requestReaderRoom(on: boolean): void {
  if (wanted === on) return
  wanted = on
  listeners.forEach((listener) => listener())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useReaderRoomWanted(): boolean {
  return useSyncExternalStore(subscribe, () => wanted)
}
