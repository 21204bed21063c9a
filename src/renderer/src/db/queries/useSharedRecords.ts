import { useLiveQuery } from 'dexie-react-hooks'
import { useRef } from 'react'
import { shareUnchanged } from '@core/records/share-unchanged'

/**
 * useLiveQuery for a list of records, each unchanged record answered as the object of the last
 * answer (see shareUnchanged), and the last answer itself when nothing changed (then nothing
 * renders). A comment keystroke writes one annotation: only what shows that one renders again.
 * Shared in the querier, outside rendering, so a new answer costs one render, not two.
 */
export function useSharedRecords<T extends { id: string }>(
  query: () => Promise<T[]>,
  deps: unknown[]
): T[] | undefined {
  const last = useRef<T[] | undefined>(undefined)
  return useLiveQuery(async () => {
    const shared = shareUnchanged(last.current, await query())
    last.current = shared
    return shared
  }, deps)
}
