import { validEvidence } from '../../events/valid-evidence'
import type { ExportContext, ExportData } from '../export-data'
import { generatorName } from './generator-name'
import { referencedActors, sortEvents } from './sort-events'

/** Identifies the file to a reader; raise `version` when the shape of `events` or `actors` changes. */
export const EVENTS_JSON_FORMAT = 'analyst-workbench-events'
export const EVENTS_JSON_VERSION = 1

/**
 * The events as stored, with the registry actors they cite: a lossless export that the workbench
 * (or a script) can read back. Stable order: events by date then id, actors by name then id.
 * Only citations made for the value their field holds go out (a changed value's citation is stale).
 */
export function eventsToJson(data: ExportData, ctx: ExportContext): string {
  const events = sortEvents(data.events).map(validEvidence)
  const file = {
    format: EVENTS_JSON_FORMAT,
    version: EVENTS_JSON_VERSION,
    exportedAt: ctx.now,
    generator: generatorName(ctx),
    events,
    actors: referencedActors(events, data.actors)
  }
  return `${JSON.stringify(file, null, 2)}\n`
}
