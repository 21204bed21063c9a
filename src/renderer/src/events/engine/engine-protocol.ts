// The messages between the page and the suggestion worker. Both sides parse what they receive
// with these schemas: a malformed request is answered with an error message, never a silent hang.
import { z } from 'zod'
import { actorRecordSchema } from '@core/events/event-schema'

const articleRef = z.object({ id: z.string().min(1), publishedAt: z.string(), source: z.string() })
const actors = z.array(actorRecordSchema)
const callId = z.number().int().nonnegative()

export const engineRequestSchema = z.discriminatedUnion('method', [
  z.object({
    id: callId,
    method: z.literal('draftFromPassage'),
    article: articleRef,
    text: z.string(),
    span: z
      .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
      .refine((s) => s.end >= s.start, 'The passage ends before it starts.'),
    actors,
    /** Changes whenever the registry does, so the worker rebuilds its lexicon only then. */
    actorsVersion: z.number().int()
  }),
  z.object({
    id: callId,
    method: z.literal('draftsForArticle'),
    article: articleRef,
    text: z.string(),
    actors,
    actorsVersion: z.number().int()
  }),
  z.object({
    id: callId,
    method: z.literal('searchPlaces'),
    prefix: z.string().max(200),
    /** Alpha-3; places there come first, the rest of the world only when it has none. */
    countryCode: z.string().max(3),
    limit: z.number().int().min(1).max(50)
  })
])
export type EngineRequest = z.infer<typeof engineRequestSchema>
export type EngineMethod = EngineRequest['method']

export const engineResponseSchema = z.union([
  z.object({ kind: z.literal('ready'), ms: z.number() }),
  z.object({ kind: z.literal('result'), id: callId, value: z.unknown() }),
  // id null: the request could not even be read, so no call can be named.
  z.object({ kind: z.literal('error'), id: callId.nullable(), message: z.string() })
])
export type EngineResponse = z.infer<typeof engineResponseSchema>

/** A short readable account of why a message did not parse. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'message'}: ${i.message}`)
    .join('; ')
}
