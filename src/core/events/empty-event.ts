import type { EventRecord } from '../../shared/model/event'
import { EVENT_FIELD_TABLE, EVENT_RECORD_KEYS } from './event-fields'

/**
 * A blank draft for an article: every field at its initial value in the field table (context
 * `current`, day and place precision 1, nothing coded yet, no date rather than today's).
 */
export function emptyEvent(articleId: string, newId: () => string, now: Date): EventRecord {
  const stamp = now.toISOString()
  const initial = Object.fromEntries(
    EVENT_RECORD_KEYS.map((key) => [key, EVENT_FIELD_TABLE[key].initial()])
  ) as unknown as EventRecord
  return { ...initial, id: newId(), articleId, createdAt: stamp, updatedAt: stamp }
}
