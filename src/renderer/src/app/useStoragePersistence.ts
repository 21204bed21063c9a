import { useEffect, useState } from 'react'

export type PersistenceState = 'pending' | 'granted' | 'denied' | 'unsupported'

/**
 * Asks the browser once to keep our storage under pressure instead of evicting it; About shows
 * the answer so the analyst knows whether the data could be cleared by the browser.
 */
export function useStoragePersistence(): PersistenceState {
  const [state, setState] = useState<PersistenceState>(() =>
    typeof navigator.storage?.persist === 'function' ? 'pending' : 'unsupported'
  )
  useEffect(() => {
    const storage = navigator.storage
    if (typeof storage?.persist !== 'function') return
    let live = true
    storage
      .persist()
      .then((granted) => live && setState(granted ? 'granted' : 'denied'))
      .catch(() => live && setState('unsupported'))
    return () => {
      live = false
    }
  }, [])
  return state
}
