import { useCallback } from 'react'
import { splitEvent, validateEventRecord, type SplitPart } from '../../../../core/events'
import { findCountry } from '../../../../core/suggest/place-gazetteer'
import type { ActorRecord, EventActor, EventRecord } from '../../../../shared/model/event'
import { recordBatch, recordChange } from '../../app/undo'
import { addEvents, saveEvent } from '../../db/commands/events/save-event'
import { db } from '../../db/db'
import { newId } from '../../db/new-id'

const ACTOR_FIELDS = ['actor1', 'assocActor1', 'actor2', 'assocActor2'] as const

/**
 * Actors typed on an event that are not in the registry join it, so the suggestion lexicon
 * learns them; returns the event with registry ids filled in and the new actors.
 */
async function registerActors(
  event: EventRecord,
  now: Date
): Promise<{ event: EventRecord; added: ActorRecord[] }> {
  const added: ActorRecord[] = []
  const next = { ...event }
  for (const f of ACTOR_FIELDS) {
    const a: EventActor | null = next[f]
    if (!a || a.actorId || a.name.trim() === '') continue
    const existing = await db.actors.where('name').equalsIgnoreCase(a.name.trim()).first()
    if (existing) {
      next[f] = { ...a, actorId: existing.id }
      continue
    }
    // Built-in lexicon names carry no registry id; only names new to both are registered.
    const record: ActorRecord = {
      id: newId(),
      name: a.name.trim(),
      aliases: [],
      category: a.inter,
      countryCode: '',
      notes: '',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString()
    }
    added.push(record)
    next[f] = { ...a, actorId: record.id }
  }
  return { event: next, added }
}

/** Saving and splitting events: validated, written at once, undoable. */
export function useEventSave(isBuiltinActor: (name: string) => boolean): {
  save: (event: EventRecord) => Promise<string[]>
  split: (event: EventRecord, parts: SplitPart[], replaceExisting: boolean) => Promise<string[]>
  addMany: (events: EventRecord[], label: string) => Promise<string[]>
} {
  const prepare = useCallback(
    async (
      event: EventRecord,
      now: Date
    ): Promise<{ event: EventRecord; added: ActorRecord[] } | string[]> => {
      const checked = validateEventRecord(event)
      if (!checked.ok) return checked.problems.map((p) => p.message)
      const withoutBuiltins = { ...checked.value }
      const { event: registered, added } = await registerActors(withoutBuiltins, now)
      return { event: registered, added: added.filter((a) => !isBuiltinActor(a.name)) }
    },
    [isBuiltinActor]
  )

  const save = useCallback(
    async (event: EventRecord) => {
      const now = new Date()
      const ready = await prepare(event, now)
      if (Array.isArray(ready)) return ready
      await db.actors.bulkPut(ready.added)
      const { before, after } = await saveEvent(db, ready.event, now)
      if (ready.added.length === 0)
        recordChange(db.events, before ? 'edit event' : 'tag event', before, after)
      else
        recordBatch('tag event', [
          { table: db.events, before, after },
          ...ready.added.map((a) => ({ table: db.actors, before: undefined, after: a }))
        ])
      return []
    },
    [prepare]
  )

  const addMany = useCallback(async (events: EventRecord[], label: string) => {
    const now = new Date()
    const ready: EventRecord[] = []
    for (const e of events) {
      const checked = validateEventRecord(e)
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
