import { useCallback } from 'react'
import {
  splitEvent,
  validateEventRecord,
  validEvidence,
  type SplitPart
} from '../../../../core/events'
import type { EventRecord } from '../../../../shared/model/event'
import { recordBatch, recordChange } from '../../app/undo'
import { addEvents, saveEvent } from '../../db/commands/events/save-event'
import { db } from '../../db/db'
import { newId } from '../../db/new-id'

/** Saving and splitting events: validated, written at once, undoable. */
export function useEventSave(): {
  save: (event: EventRecord) => Promise<string[]>
  split: (event: EventRecord, parts: SplitPart[], replaceExisting: boolean) => Promise<string[]>
  addMany: (events: EventRecord[], label: string) => Promise<string[]>
} {
  const save = useCallback(async (event: EventRecord) => {
    // A citation made for a value the field no longer holds is not saved.
    const checked = validateEventRecord(validEvidence(event))
    if (!checked.ok) return checked.problems.map((p) => p.message)
    const { before, after } = await saveEvent(db, checked.value, new Date())
    recordChange(db.events, before ? 'edit event' : 'tag event', before, after)
    return []
  }, [])

  const addMany = useCallback(async (events: EventRecord[], label: string) => {
    const now = new Date()
    const ready: EventRecord[] = []
    for (const e of events) {
      const checked = validateEventRecord(validEvidence(e))
      if (!checked.ok) return checked.problems.map((p) => p.message)
      ready.push(checked.value)
    }
    await addEvents(
      db,
      ready.map((e) => ({ ...e, updatedAt: now.toISOString() }))
    )
    recordBatch(
      label,
      ready.map((e) => ({ table: db.events, before: undefined, after: e }))
    )
    return []
  }, [])

  const split = useCallback(
    async (event: EventRecord, parts: SplitPart[], replaceExisting: boolean) => {
      const now = new Date()
      const { findCountry } = await import('../../../../core/suggest/place-gazetteer')
      // Each country part gets that country's centroid, since only the country is known.
      const located = parts.map((p) => {
        const c =
          p.countryCode && p.countryCode !== event.countryCode
            ? findCountry(p.countryCode)
            : undefined
        return c ? { ...p, location: c.name, latitude: c.latitude, longitude: c.longitude } : p
      })
      const pieces = splitEvent(event, located, newId, now).map((e) =>
        e.countryCode !== event.countryCode ? { ...e, geoPrecision: 3 as const } : e
      )
      for (const e of pieces) {
        const checked = validateEventRecord(e)
        if (!checked.ok) return checked.problems.map((p) => p.message)
      }
      const before = replaceExisting ? await db.events.get(event.id) : undefined
      await db.transaction('rw', db.events, async () => {
        if (before) await db.events.delete(before.id)
        await db.events.bulkAdd(pieces)
      })
      recordBatch('split event', [
        ...(before ? [{ table: db.events, before, after: undefined }] : []),
        ...pieces.map((e) => ({ table: db.events, before: undefined, after: e }))
      ])
      return []
    },
    []
  )

  return { save, split, addMany }
}
