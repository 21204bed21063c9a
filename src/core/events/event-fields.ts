// The one description of an event's fields: for every field of EventRecord its label, the options
// it may take (with what each means), a fresh draft's value and its validation. emptyEvent, the
// strict schema (event-schema.ts), the backup schema (backup/backup-record-schemas.ts), the labels
// (event-field-labels.ts) and the event form read it, so adding a field means adding it to the
// model and here (docs/architecture.md lists the rest).
import { z } from 'zod'
import type {
  EventContext,
  EventField,
  EventRecord,
  GeoPrecision,
  TimePrecision
} from '../../shared/model/event'
import {
  anchorSchema,
  gradeSchema,
  id,
  interCode,
  selectorsSchema,
  storedAnchorSchema,
  storedSelectorsSchema,
  text,
  timestamp
} from '../records/record-schema-pieces'
import { ACLED_EVENT_TYPES } from './acled-codebook'
import { isRealDate } from './event-date'

/** One value a field may take, and what it means, as a picker shows it. */
export interface FieldOption<V> {
  value: V
  label: string
}

/** One field's description; V is the type of its value in EventRecord. */
export interface EventFieldSpec<V> {
  /** The form's label; also the field's name in messages and next to coding issues. */
  label: string
  /** The values an enumerated field takes, in picker order; its schema is made from them. */
  options?: readonly FieldOption<V>[]
  /** A fresh draft's value (a function, so lists and objects are never shared between drafts). */
  initial: () => V
  /**
   * What any record the app stored may hold: types, enums, nullability. Backups check this, so
   * rules tightened later never make an older backup unrestorable. No refinements (see
   * backup/quick-accept.ts).
   */
  stored: z.ZodType<V>
  /** The validation on save where it is stricter than `stored` (a real date, an ISO code). */
  strict?: z.ZodType<V>
  /** The key under `evidence` when the field can cite a passage of the article. */
  cites?: EventField
}

export type EventFieldTable = { readonly [K in keyof EventRecord]: EventFieldSpec<EventRecord[K]> }

/** The event types, as the type picker lists them. */
export const EVENT_TYPE_OPTIONS: readonly FieldOption<EventRecord['eventType']>[] =
  ACLED_EVENT_TYPES.map((t) => ({ value: t.type, label: t.type }))

export const CONTEXT_OPTIONS = [
  { value: 'current', label: 'Current — the event the report is about' },
  { value: 'historical', label: 'Historical — an earlier event' },
  { value: 'future', label: 'Future — announced or threatened' },
  { value: 'hypothetical', label: 'Hypothetical' },
  { value: 'negated', label: 'Negated — reported as not having happened' }
] as const satisfies readonly FieldOption<EventContext>[]

export const GEO_PRECISION_OPTIONS = [
  { value: 1, label: '1 — the place itself' },
  { value: 2, label: '2 — near it, or part of a region' },
  { value: 3, label: '3 — only the province or country' }
] as const satisfies readonly FieldOption<GeoPrecision>[]

export const TIME_PRECISION_OPTIONS = [
  { value: 1, label: '1 — the day is known' },
  { value: 2, label: '2 — only the week' },
  { value: 3, label: '3 — only the month' }
] as const satisfies readonly FieldOption<TimePrecision>[]

const ALPHA3 = /^[A-Z]{3}$/

const valuesOf = <V>(options: readonly FieldOption<V>[]): V[] => options.map((o) => o.value)

const precision = (label: string, meaning: string) =>
  z.literal([1, 2, 3], { error: `${label} must be 1, 2 or 3 (${meaning}).` })

const coordinate = (label: string, limit: number) =>
  z
    .number({ error: `${label} must be a number of degrees, or empty.` })
    .min(-limit, `${label} must be between −${limit} and ${limit} degrees.`)
    .max(limit, `${label} must be between −${limit} and ${limit} degrees.`)
    .nullable()

const storedActor = z
  .looseObject({
    name: z.string(),
    actorId: z.string().min(1).nullable(),
    inter: interCode('The actor category').nullable()
  })
  .nullable()

const actor = (label: string) =>
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

const actorField = (label: string, cites: EventField): EventFieldSpec<EventRecord['actor1']> => ({
  label,
  initial: () => null,
  stored: storedActor,
  strict: actor(label),
  cites
})

const textField = (label: string, message: string): EventFieldSpec<string> => ({
  label,
  initial: () => '',
  stored: text(message)
})

const created = (label: string, message: string): EventFieldSpec<string> => ({
  label,
  // emptyEvent stamps it.
  initial: () => '',
  stored: z.string(),
  strict: timestamp(message)
})

/** Every field of an event, in the order of the model (and, for the coded fields, the form). */
export const EVENT_FIELD_TABLE: EventFieldTable = {
  id: { label: 'Id', initial: () => '', stored: id('The event id') },
  articleId: { label: 'Article', initial: () => '', stored: id('The article id') },
  createdAt: created('Created', 'The creation time'),
  updatedAt: created('Last changed', 'The last change time'),
  eventType: {
    label: 'Event type',
    options: EVENT_TYPE_OPTIONS,
    initial: () => '',
    stored: z.enum(['', ...valuesOf(EVENT_TYPE_OPTIONS)], {
      error: `The event type must be one of ACLED's six types: ${valuesOf(EVENT_TYPE_OPTIONS).join(', ')}.`
    }),
    cites: 'eventType'
  },
  // Its options depend on the type (acled-codebook.ts); the match is a record rule (event-schema.ts).
  subEventType: textField('Sub-event type', 'The sub-event type'),
  actor1: actorField('Actor 1', 'actor1'),
  assocActor1: actorField('Associated actor 1', 'assocActor1'),
  actor2: actorField('Actor 2', 'actor2'),
  assocActor2: actorField('Associated actor 2', 'assocActor2'),
  countryCode: {
    label: 'Country',
    initial: () => '',
    stored: text('The country'),
    strict: text('The country').refine(
      (v) => v === '' || ALPHA3.test(v),
      'The country must be a three-letter ISO 3166-1 code in capitals, such as IRQ or SYR.'
    ),
    cites: 'country'
  },
  admin1: textField('Admin1 (province)', 'The first administrative division'),
  location: { ...textField('Location', 'The location'), cites: 'location' },
  latitude: {
    label: 'Latitude',
    initial: () => null,
    stored: z.number().nullable(),
    strict: coordinate('Latitude', 90)
  },
  longitude: {
    label: 'Longitude',
    initial: () => null,
    stored: z.number().nullable(),
    strict: coordinate('Longitude', 180)
  },
  geoPrecision: {
    label: 'Geo precision',
    options: GEO_PRECISION_OPTIONS,
    initial: () => 1,
    stored: precision(
      'The geographic precision',
      '1 the place, 2 near it or part of a region, 3 only the province'
    )
  },
  eventDate: {
    label: 'Event date',
    // Empty rather than today, so a forgotten date is reported as missing instead of wrong.
    initial: () => '',
    stored: text('The event date'),
    strict: text('The event date').refine(
      (d) => d === '' || isRealDate(d),
      'The event date must be a real date written YYYY-MM-DD, such as 2024-05-03.'
    ),
    cites: 'eventDate'
  },
  timePrecision: {
    label: 'Time precision',
    options: TIME_PRECISION_OPTIONS,
    initial: () => 1,
    stored: precision('The time precision', '1 the day, 2 the week, 3 the month')
  },
  fatalities: {
    label: 'Fatalities',
    initial: () => null,
    stored: z
      .number({ error: 'Fatalities must be a number, or empty when unknown.' })
      .int('Fatalities must be a whole number of people.')
      .min(0, 'Fatalities cannot be negative.')
      .nullable(),
    cites: 'fatalities'
  },
  fatalitiesPhrase: textField('Source’s words for it', "The source's words for the fatalities"),
  sourceName: textField('Source name', 'The source name'),
  grade: { label: 'Grade', initial: () => null, stored: gradeSchema },
  notes: textField('Notes', 'The notes'),
  tags: {
    label: 'Tags',
    initial: () => [],
    stored: z.array(z.string()),
    strict: z.array(
      text('A tag').refine((t) => t.trim() !== '', 'A tag cannot be blank.'),
      { error: 'Tags must be a list of words.' }
    )
  },
  context: {
    label: 'Context',
    options: CONTEXT_OPTIONS,
    initial: () => 'current',
    stored: z.enum(valuesOf(CONTEXT_OPTIONS), {
      error: `The context must be ${valuesOf(CONTEXT_OPTIONS)
        .join(', ')
        .replace(/, (\w+)$/, ' or $1')}.`
    }),
    cites: 'context'
  },
  ontologyCode: {
    label: 'Ontology code',
    initial: () => null,
    stored: z
      .looseObject({
        ontology: z.enum(['CAMEO', 'PLOVER']),
        version: z.string(),
        code: z.string(),
        label: z.string()
      })
      .nullable(),
    strict: z
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
  },
  evidence: {
    label: 'Evidence',
    initial: () => ({}),
    // Keyed by field; a field a later version makes citable must still restore, so any key.
    // On save only the fields that cite may (strictEvidenceSchema, made from this table below).
    stored: z.record(
      z.string(),
      z.looseObject({
        selectors: storedSelectorsSchema,
        anchor: storedAnchorSchema,
        // The value the passage was cited for; absent in records made before it was stored.
        citedValue: z
          .string({ error: 'The value a passage was cited for must be text.' })
          .optional()
      })
    )
  }
}

/** The fields of EventRecord, in table order. */
export const EVENT_RECORD_KEYS = Object.keys(EVENT_FIELD_TABLE) as (keyof EventRecord)[]

/** The fields that can cite a passage, in form order, with the record field each belongs to. */
export const CITING_FIELDS: readonly { key: keyof EventRecord; cites: EventField }[] =
  EVENT_RECORD_KEYS.flatMap((key) => {
    const cites = EVENT_FIELD_TABLE[key].cites
    return cites ? [{ key, cites }] : []
  })

/** The label of a field that can cite evidence ("Country" for `country`). */
export function citedFieldLabel(field: EventField): string {
  const found = CITING_FIELDS.find((f) => f.cites === field)
  if (!found) throw new Error(`No event field cites "${field}".`)
  return EVENT_FIELD_TABLE[found.key].label
}

const evidenceFor = (field: EventField) =>
  z
    .object(
      {
        selectors: selectorsSchema,
        anchor: anchorSchema,
        citedValue: z
          .string({ error: 'The value a passage was cited for must be text.' })
          .optional()
      },
      { error: `The evidence for ${citedFieldLabel(field)} is malformed.` }
    )
    .optional()

/** Evidence may cite only the fields that cite, each a consistent passage. */
export const strictEvidenceSchema = z.strictObject(
  Object.fromEntries(CITING_FIELDS.map((f) => [f.cites, evidenceFor(f.cites)])) as Record<
    EventField,
    ReturnType<typeof evidenceFor>
  >,
  { error: 'Evidence can only be cited for the fields of the event form.' }
)

/** The options of an enumerated field, as a picker lists them. */
export function optionsOf<K extends keyof EventRecord>(
  key: K
): readonly FieldOption<EventRecord[K]>[] {
  return EVENT_FIELD_TABLE[key].options ?? []
}
