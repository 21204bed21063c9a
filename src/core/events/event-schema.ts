// Structural validation of stored events and actors, for backups and IPC. A draft is valid here:
// empty type, actor or date are allowed because an event is saved while it is being coded; what
// ACLED needs before export is checked by `checkEvent` (coding-checks.ts), not by this schema.
import { z } from 'zod'
import type { ActorRecord, EventField, EventRecord } from '../../shared/model/event'
import { ACLED_EVENT_TYPES, describeSubTypeMismatch } from './acled-codebook'
import { isRealDate } from './event-date'
import { EVENT_FIELD_LABELS } from './event-field-labels'

const ALPHA3 = /^[A-Z]{3}$/
const TEXT_HASH = /^[a-z0-9]+:[0-9a-f]+$/

const text = (label: string) => z.string({ error: `${label} must be text.` })
const id = (label: string) => text(label).min(1, `${label} is missing.`)
const timestamp = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} must be a date and time (ISO 8601).` })
const countryCode = (label: string, allowEmpty: boolean) =>
  text(label).refine(
    (v) => (allowEmpty && v === '') || ALPHA3.test(v),
    `${label} must be a three-letter ISO 3166-1 code in capitals, such as IRQ or SYR.`
  )
const interCode = (label: string) =>
  z.literal([1, 2, 3, 4, 5, 6, 7, 8], {
    error: `${label} must be an ACLED actor category from 1 (State forces) to 8 (External/Other forces), or empty.`
  })
const precision = (label: string, meaning: string) =>
  z.literal([1, 2, 3], { error: `${label} must be 1, 2 or 3 (${meaning}).` })
const coordinate = (label: string, limit: number) =>
  z
    .number({ error: `${label} must be a number of degrees, or empty.` })
    .min(-limit, `${label} must be between −${limit} and ${limit} degrees.`)
    .max(limit, `${label} must be between −${limit} and ${limit} degrees.`)
    .nullable()

const actorSchema = (label: string) =>
  z
    .object(
      {
        name: text(`${label}'s name`).refine((v) => v.trim() !== '', `${label} needs a name.`),
        actorId: id(`${label}'s registry id`).nullable(),
        inter: interCode(`${label}'s category`).nullable()
      },
      { error: `${label} must be an actor or empty.` }
    )
    .nullable()

const quoteSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: text('The quoted passage').min(1, 'The quoted passage is empty.'),
  prefix: text('The text before the quote'),
  suffix: text('The text after the quote')
})

const offset = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(0, `${label} cannot be negative.`)

const positionSchema = z.object({
  type: z.literal('TextPositionSelector'),
  start: offset('The passage start'),
  end: offset('The passage end')
})

const selectorsSchema = z
  .object({
    quote: quoteSchema,
    position: positionSchema,
    textHash: text('The text hash').regex(TEXT_HASH, 'The text hash is malformed.')
  })
  .refine(
    (s) => s.position.end - s.position.start === s.quote.exact.length,
    // Selectors are made together from one span (see anchoring/describe), so they must agree.
    'The passage position does not match the length of the quoted text.'
  )

const anchorSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    status: z.enum(['exact', 'drifted', 'orphaned'], {
      error: 'The anchor status must be exact, drifted or orphaned.'
    }),
    score: z
      .number()
      .min(0, 'The anchor score must be between 0 and 1.')
      .max(1, 'The anchor score must be between 0 and 1.'),
    textHash: text('The anchor text hash').regex(TEXT_HASH, 'The anchor text hash is malformed.')
  })
  .refine(
    (a) =>
      a.status === 'orphaned'
        ? a.start === -1 && a.end === -1 && a.score === 0
        : a.start >= 0 && a.start <= a.end,
    'The anchor span is inconsistent with its status (an orphaned anchor has start and end -1).'
  )

const evidenceSchema = (field: EventField) =>
  z
    .object(
      {
        selectors: selectorsSchema,
        anchor: anchorSchema,
        citedValue: z
          .string({ error: 'The value a passage was cited for must be text.' })
          .optional()
      },
      { error: `The evidence for ${EVENT_FIELD_LABELS[field]} is malformed.` }
    )
    .optional()

const gradeSchema = z
  .object(
    {
      reliability: z.enum(['A', 'B', 'C', 'D', 'E', 'F'], {
        error: 'Source reliability must be a letter from A to F.'
      }),
      credibility: z.literal([1, 2, 3, 4, 5, 6], {
        error: 'Information credibility must be a number from 1 to 6.'
      })
    },
    { error: 'The grade must be an Admiralty grade such as B2, or empty.' }
  )
  .nullable()

const ontologyCodeSchema = z
  .object(
    {
      ontology: z.enum(['CAMEO', 'PLOVER'], { error: 'The ontology must be CAMEO or PLOVER.' }),
      version: text('The ontology version').min(1, 'The ontology version is missing.'),
      code: text('The ontology code').min(1, 'The ontology code is missing.'),
      label: text('The ontology label')
    },
    { error: 'The ontology code must be a CAMEO or PLOVER code, or empty.' }
  )
  .nullable()

const tagsSchema = z.array(
  text('A tag').refine((t) => t.trim() !== '', 'A tag cannot be blank.'),
  { error: 'Tags must be a list of words.' }
)

/** Every field of a stored event; drafts with empty type, actors, country or date pass. */
export const eventRecordSchema = z
  .object({
    id: id('The event id'),
    articleId: id('The article id'),
    createdAt: timestamp('The creation time'),
    updatedAt: timestamp('The last change time'),
    eventType: z.enum(['', ...ACLED_EVENT_TYPES.map((t) => t.type)], {
      error: `The event type must be one of ACLED's six types: ${ACLED_EVENT_TYPES.map((t) => t.type).join(', ')}.`
    }),
    subEventType: text('The sub-event type'),
    actor1: actorSchema('Actor 1'),
    assocActor1: actorSchema('Associated actor 1'),
    actor2: actorSchema('Actor 2'),
    assocActor2: actorSchema('Associated actor 2'),
    countryCode: countryCode('The country', true),
    admin1: text('The first administrative division'),
    location: text('The location'),
    latitude: coordinate('Latitude', 90),
    longitude: coordinate('Longitude', 180),
    geoPrecision: precision(
      'The geographic precision',
      '1 the place, 2 near it or part of a region, 3 only the province'
    ),
    eventDate: text('The event date').refine(
      (d) => d === '' || isRealDate(d),
      'The event date must be a real date written YYYY-MM-DD, such as 2024-05-03.'
    ),
    timePrecision: precision('The time precision', '1 the day, 2 the week, 3 the month'),
    fatalities: z
      .number({ error: 'Fatalities must be a number, or empty when unknown.' })
      .int('Fatalities must be a whole number of people.')
      .min(0, 'Fatalities cannot be negative.')
      .nullable(),
    fatalitiesPhrase: text("The source's words for the fatalities"),
    sourceName: text('The source name'),
    grade: gradeSchema,
    notes: text('The notes'),
    tags: tagsSchema,
    context: z.enum(['current', 'historical', 'future', 'hypothetical', 'negated'], {
      error: 'The context must be current, historical, future, hypothetical or negated.'
    }),
    ontologyCode: ontologyCodeSchema,
    evidence: z.strictObject(
      {
        eventType: evidenceSchema('eventType'),
        actor1: evidenceSchema('actor1'),
        assocActor1: evidenceSchema('assocActor1'),
        actor2: evidenceSchema('actor2'),
        assocActor2: evidenceSchema('assocActor2'),
        country: evidenceSchema('country'),
        location: evidenceSchema('location'),
        eventDate: evidenceSchema('eventDate'),
        fatalities: evidenceSchema('fatalities'),
        context: evidenceSchema('context')
      },
      { error: 'Evidence can only be cited for the fields of the event form.' }
    )
  })
  .superRefine((e, ctx) => {
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
  countryCode: countryCode("The actor's country", true),
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
