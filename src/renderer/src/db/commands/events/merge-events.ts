import { mergeEvents, type MergePicks } from '@core/events'
import type { EventRecord } from '@shared/model/event'
import type { WorkbenchDb } from '../../workbench-db'

/**
 * Merges stored event `removeId` into `keepId` with the fields `picks` chooses (see mergeEvents),
 * deleting the other one, in one transaction. Returns both records as they were and the merged
 * one, for one undo step that restores both exactly.
 */
export function mergeStoredEvents(
  db: WorkbenchDb,
  keepId: string,
  removeId: string,
  picks: MergePicks,
  now: Date
): Promise<{ before: [EventRecord, EventRecord]; merged: EventRecord }> {
  return db.transaction('rw', db.events, async () => {
    const [keep, remove] = await db.events.bulkGet([keepId, removeId])
    if (!keep || !remove) throw new Error('One of the events no longer exists.')
    const { merged, removedId, undo } = mergeEvents(keep, remove, picks, now)
    await db.events.put(merged)
    await db.events.delete(removedId)
    return { before: undo.restore, merged }
  })
}
