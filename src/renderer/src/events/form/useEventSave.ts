import { useCallback } from 'react'
import { validateEventRecord, validEvidence } from '@core/events'
import type { EventRecord } from '@shared/model/event'
import { recordBatch } from '../../services/undo'
import {
  saveEventsWithActors,
  type SavedWithActors
} from '../../db/commands/events/save-event-with-actors'
import { db } from '../../db/db'
import { newId } from '../../db/new-id'

/** One undo step for events saved with their registry additions: undo removes both. */
function recordSaved(label: string, saved: SavedWithActors): void {
  recordBatch(label, [
    ...saved.events.map((c) => ({ table: db.events, ...c })),
    ...saved.actors.map((c) => ({ table: db.actors, ...c }))
  ])
}

/** The validation problems of `events`, in words; empty when all of them can be stored. */
function problemsOf(events: readonly EventRecord[]): string[] {
  for (const e of events) {
    const checked = validateEventRecord(e)
    if (!checked.ok) return checked.problems.map((p) => p.message)
  }
  return []
}

/**
 * Saving events: validated, written at once with their actors joining the registry, and undoable
 * in one step. `replace` names a stored event the saved one stands in for (a split's original).
 */
export function useEventSave(): {
  save: (event: EventRecord, label?: string, replace?: string[]) => Promise<string[]>
  addMany: (events: EventRecord[], label: string) => Promise<string[]>
} {
  const save = useCallback(async (edited: EventRecord, label?: string, replace?: string[]) => {
    // A citation made for a value the field no longer holds is not saved.
    const event = validEvidence(edited)
    const problems = problemsOf([event])
    if (problems.length) return problems
    const saved = await saveEventsWithActors(db, [event], newId, new Date(), replace)
    const existed = saved.events.some((c) => c.before && c.after?.id === event.id)
    recordSaved(label ?? (existed ? 'edit event' : 'tag event'), saved)
    return []
  }, [])

  const addMany = useCallback(async (edited: EventRecord[], label: string) => {
    const events = edited.map(validEvidence)
    const problems = problemsOf(events)
    if (problems.length) return problems
    recordSaved(label, await saveEventsWithActors(db, events, newId, new Date()))
    return []
  }, [])

  return { save, addMany }
}
