// Structural validation of stored events and actors, for backups and IPC. A draft is valid here:
// empty type, actor or date are allowed because an event is saved while it is being coded; what
// ACLED needs before export is checked by `checkEvent` (coding-checks.ts), not by this schema.
import { z } from 'zod'
import type { ActorRecord, EventRecord } from '../../shared/model/event'
import { id, interCode, text, timestamp } from '../records/record-schema-pieces'
import { describeSubTypeMismatch } from './acled-codebook'
import { EVENT_FIELD_TABLE, EVENT_RECORD_KEYS, strictEvidenceSchema } from './event-fields'

const ALPHA3 = /^[A-Z]{3}$/

// Each field's validation on save, from the field table; evidence may cite only the citing fields.
const eventShape = Object.fromEntries(
  EVENT_RECORD_KEYS.map((key) => {
    const spec = EVENT_FIELD_TABLE[key]
    return [key, key === 'evidence' ? strictEvidenceSchema : (spec.strict ?? spec.stored)]
  })
) as { [K in keyof EventRecord]: z.ZodType<EventRecord[K]> }

/** Every field of a stored event; drafts with empty type, actors, country or date pass. */
export const eventRecordSchema = z.object(eventShape).superRefine((e, ctx) => {
  const mismatch = describeSubTypeMismatch(e.eventType, e.subEventType)
  if (mismatch !== null) {
    ctx.addIssue({ code: 'custom', path: ['subEventType'], message: mismatch })
  }
  if ((e.latitude === null) !== (e.longitude === null)) {
    ctx.addIssue({
      code: 'custom',
      path: [e.latitude === null ? 'latitude' : 'longitude'],
      message: 'Latitude and longitude go together: give both or neither.'
    })
  }
})

/** Every field of an actor in the shared registry. */
export const actorRecordSchema = z.object({
  id: id('The actor id'),
  name: text("The actor's name").refine((v) => v.trim() !== '', 'The actor needs a name.'),
  aliases: z.array(
    text('An alias').refine((a) => a.trim() !== '', 'An alias cannot be blank.'),
    { error: 'Aliases must be a list of names.' }
  ),
  category: interCode("The actor's category").nullable(),
  countryCode: text("The actor's country").refine(
    (v) => v === '' || ALPHA3.test(v),
    "The actor's country must be a three-letter ISO 3166-1 code in capitals, such as IRQ or SYR."
  ),
  notes: text('The notes'),
  createdAt: timestamp('The creation time'),
  updatedAt: timestamp('The last change time')
})

// Compile-time proof that the schemas produce exactly the stored types: a field added to the model
// and forgotten here fails the type check instead of being silently stripped from backups.
const _eventOut = (v: z.output<typeof eventRecordSchema>): EventRecord => v
const _actorOut = (v: z.output<typeof actorRecordSchema>): ActorRecord => v
const _eventIn = (v: EventRecord): z.input<typeof eventRecordSchema> => v
const _actorIn = (v: ActorRecord): z.input<typeof actorRecordSchema> => v

/** One readable problem: where (e.g. "actor1.inter") and what, in words an analyst understands. */
export interface ValidationProblem {
  path: string
  message: string
}

/** The outcome of validating untrusted data (a backup, an IPC message). */
export type ValidationResult<T> =
  { ok: true; value: T } | { ok: false; problems: ValidationProblem[] }

function toResult<T>(parsed: z.ZodSafeParseResult<T>): ValidationResult<T> {
  if (parsed.success) return { ok: true, value: parsed.data }
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
  }
}

/** Validates an unknown value as a stored event; unknown top-level keys are dropped. */
export function validateEventRecord(value: unknown): ValidationResult<EventRecord> {
  return toResult(eventRecordSchema.safeParse(value))
}

/** Validates an unknown value as a registry actor; unknown keys are dropped. */
export function validateActorRecord(value: unknown): ValidationResult<ActorRecord> {
  return toResult(actorRecordSchema.safeParse(value))
}
