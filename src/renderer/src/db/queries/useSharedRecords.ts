import { useState } from 'react'
import { shareUnchanged } from '@core/records/share-unchanged'

/**
 * A live query's records with the unchanged ones kept as the objects rendered before (see
 * shareUnchanged): a comment keystroke writes one annotation, and only what shows that one
 * renders again. Undefined (still loading) answers as the empty list.
 */
export function useSharedRecords<T extends { id: string }>(records: T[] | undefined): T[] {
  const [seen, setSeen] = useState<{ from: T[] | undefined; shared: T[] }>(() => ({
    from: records,
    shared: records ?? []
  }))
  if (seen.from === records) return seen.shared
  // A new answer from the query: shared with the last one, stored before this render returns.
  const shared = shareUnchanged(seen.shared, records ?? [])
  setSeen({ from: records, shared })
  return shared
}
