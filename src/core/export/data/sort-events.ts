import type { ActorRecord, EventRecord } from '../../../shared/model/event'

// Undated events go last.
const UNDATED = '\uffff'
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Events in the order every record exporter writes them: by event date (undated last), then creation time, then
 * id, so two exports of the same records are byte-identical whatever order the database gave.
 */
export function sortEvents(events: readonly EventRecord[]): EventRecord[] {
  return [...events].sort(
    (a, b) =>
      byText(a.eventDate || UNDATED, b.eventDate || UNDATED) ||
      byText(a.createdAt, b.createdAt) ||
      byText(a.id, b.id)
  )
}

/** The registry actors the events cite (actor 1, 2 and the associated ones), by name then id. */
export function referencedActors(
  events: readonly EventRecord[],
  actors: readonly ActorRecord[]
): ActorRecord[] {
  const cited = new Set<string>()
  for (const e of events) {
    for (const a of [e.actor1, e.assocActor1, e.actor2, e.assocActor2]) {
      if (a?.actorId) cited.add(a.actorId)
    }
  }
  return actors
    .filter((a) => cited.has(a.id))
    .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id))
}
