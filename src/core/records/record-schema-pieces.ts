// The zod pieces stored records are built from, each in two strengths where they differ:
// `stored…` is what any record the app ever wrote may hold (types, enums, nullability: what a
// backup must restore, drafts and older records included), the plain name adds the coding rules
// checked when an event is saved (ISO timestamps, consistent selectors). The stored pieces use no
// refinement, so backup/quick-accept.ts can turn them into its fast predicate.
import { z } from 'zod'
import { INTER_CODES } from '../events/acled-codebook'

const TEXT_HASH = /^[a-z0-9]+:[0-9a-f]+$/

export const text = (label: string) => z.string({ error: `${label} must be text.` })
export const id = (label: string) => text(label).min(1, `${label} is missing.`)
export const timestamp = (label: string) =>
  z.iso.datetime({ offset: true, error: `${label} must be a date and time (ISO 8601).` })

/** ACLED's actor categories (inter codes). */
export const interCode = (label: string) =>
  z.literal(INTER_CODES, {
    error: `${label} must be an ACLED actor category from 1 (State forces) to 8 (External/Other forces), or empty.`
  })

/** An Admiralty grade (B2), or empty; the same for events and annotations. */
export const gradeSchema = z
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

const int = z.number().int()

export const storedSelectorsSchema = z.looseObject({
  quote: z.looseObject({
    type: z.literal('TextQuoteSelector'),
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string()
  }),
  position: z.looseObject({ type: z.literal('TextPositionSelector'), start: int, end: int }),
  textHash: z.string()
})

const ANCHOR_STATUSES = ['exact', 'drifted', 'orphaned'] as const

export const storedAnchorSchema = z.looseObject({
  start: int,
  end: int,
  status: z.enum(ANCHOR_STATUSES),
  score: z.number().min(0).max(1),
  textHash: z.string()
})

const offset = (label: string) =>
  z
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(0, `${label} cannot be negative.`)

export const selectorsSchema = z
  .object({
    quote: z.object({
      type: z.literal('TextQuoteSelector'),
      exact: text('The quoted passage').min(1, 'The quoted passage is empty.'),
      prefix: text('The text before the quote'),
      suffix: text('The text after the quote')
    }),
    position: z.object({
      type: z.literal('TextPositionSelector'),
      start: offset('The passage start'),
      end: offset('The passage end')
    }),
    textHash: text('The text hash').regex(TEXT_HASH, 'The text hash is malformed.')
  })
  .refine(
    (s) => s.position.end - s.position.start === s.quote.exact.length,
    // Selectors are made together from one span (see anchoring/describe), so they must agree.
    'The passage position does not match the length of the quoted text.'
  )

export const anchorSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    status: z.enum(ANCHOR_STATUSES, {
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
