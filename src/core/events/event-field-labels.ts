import type { EventField } from '../../shared/model/event'
import { CITING_FIELDS, EVENT_FIELD_TABLE } from './event-fields'

/** Readable names of the fields that cite evidence, used in messages and next to coding issues. */
export const EVENT_FIELD_LABELS = Object.fromEntries(
  CITING_FIELDS.map((f) => [f.cites, EVENT_FIELD_TABLE[f.key].label])
) as Readonly<Record<EventField, string>>

/** The fields that can cite evidence, in form order. */
export const EVENT_FIELDS: readonly EventField[] = CITING_FIELDS.map((f) => f.cites)
