import { useSyncExternalStore } from 'react'
import { engineStatus, subscribeEngineStatus, type EngineStatus } from './suggestion-engine'

/** The suggestion worker's state, re-rendering when it changes (e.g. when the gazetteer is ready). */
export function useEngineStatus(): EngineStatus {
  return useSyncExternalStore(subscribeEngineStatus, engineStatus)
}
