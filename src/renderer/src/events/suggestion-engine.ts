// The page's side of the suggestion worker (engine/engine.worker.ts). The suggester, chrono-node
// and the GeoNames gazetteer (megabytes to parse and index) run there, so the page never freezes
// while they load or work. The worker starts on the first call; every call either resolves or
// rejects with a readable message: a refused request, an error in the worker, a worker that
// failed to start or stopped, or one that went silent for a minute.
import type { PassageMentions } from '@core/events'
import type { GazetteerPlace } from '@core/geo'
import type { ArticleRecord } from '@shared/model/article'
import type { ActorRecord, EventRecord } from '@shared/model/event'
import {
  describeIssues,
  engineRequestSchema,
  engineResponseSchema,
  type EngineRequest
} from './engine/engine-protocol'
import type { Proposal } from './SuggestionsReview'
import { countNoun } from '@core/text/count-noun'

/** idle: not started; loading: building the gazetteer; failed: the last worker died (the next call starts another). */
export type EngineStatus = 'idle' | 'loading' | 'ready' | 'failed'

const TIMEOUT_MS = 60_000

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  timer: ReturnType<typeof setTimeout>
}

let worker: Worker | null = null
let status: EngineStatus = 'idle'
const listeners = new Set<() => void>()
const pending = new Map<number, Pending>()
let nextCall = 0
const versions = new WeakMap<readonly ActorRecord[], number>()
let nextVersion = 0

function setStatus(next: EngineStatus): void {
  status = next
  for (const listener of listeners) listener()
}

/** Where the worker is (for useSyncExternalStore). */
export function engineStatus(): EngineStatus {
  return status
}

/** Calls `listener` whenever engineStatus() changes; returns the unsubscribe function. */
export function subscribeEngineStatus(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function stop(message: string): void {
  worker?.terminate()
  worker = null
  setStatus('failed')
  for (const call of pending.values()) {
    clearTimeout(call.timer)
    call.reject(new Error(message))
  }
  pending.clear()
}

function settle(id: number, outcome: { value: unknown } | { error: string }): void {
  const call = pending.get(id)
  if (!call) return
  pending.delete(id)
  clearTimeout(call.timer)
  if ('error' in outcome) call.reject(new Error(outcome.error))
  else call.resolve(outcome.value)
}

function start(): Worker {
  if (worker) return worker
  const w = new Worker(new URL('./engine/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'suggestions'
  })
  w.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = engineResponseSchema.safeParse(event.data)
    if (!parsed.success) {
      stop(`The suggestion engine sent a malformed answer (${describeIssues(parsed.error)}).`)
      return
    }
    const message = parsed.data
    if (message.kind === 'ready') setStatus('ready')
    else if (message.kind === 'result') settle(message.id, { value: message.value })
    else if (message.id === null) stop(message.message)
    else settle(message.id, { error: message.message })
  })
  w.addEventListener('error', (event) => {
    event.preventDefault()
    stop(`The suggestion engine stopped: ${event.message || 'its script could not be loaded'}.`)
  })
  w.addEventListener('messageerror', () => stop('The suggestion engine sent an unreadable answer.'))
  worker = w
  setStatus('loading')
  return w
}

type Call = EngineRequest extends infer R
  ? R extends EngineRequest
    ? Omit<R, 'id'>
    : never
  : never

function call<T>(request: Call): Promise<T> {
  const id = nextCall++
  const parsed = engineRequestSchema.safeParse({ ...request, id })
  if (!parsed.success) {
    return Promise.reject(
      new Error(`A request the suggestion engine cannot take (${describeIssues(parsed.error)}).`)
    )
  }
  const w = start()
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        stop(
          `The suggestion engine did not answer within ${countNoun(TIMEOUT_MS / 1000, 'second')}.`
        ),
      TIMEOUT_MS
    )
    pending.set(id, { resolve: (v) => resolve(v as T), reject, timer })
    w.postMessage(parsed.data)
  })
}

const articleRef = (a: ArticleRecord) => ({
  id: a.id,
  publishedAt: a.publishedAt,
  source: a.source
})

/** One number per registry array, so the worker rebuilds its lexicon only when the registry changed. */
function versionOf(actors: readonly ActorRecord[]): number {
  let v = versions.get(actors)
  if (v === undefined) versions.set(actors, (v = nextVersion++))
  return v
}

/** The event draft for a selected passage, with what the passage names (for split proposals). */
export function draftFromPassage(
  article: ArticleRecord,
  text: string,
  span: { start: number; end: number },
  actors: readonly ActorRecord[]
): Promise<{ draft: EventRecord; mentions: PassageMentions }> {
  return call({
    method: 'draftFromPassage',
    article: articleRef(article),
    text,
    span: { start: span.start, end: span.end },
    actors: [...actors],
    actorsVersion: versionOf(actors)
  })
}

/** Every event the suggester proposes for the article, with the passage each came from. */
export function draftsForArticle(
  article: ArticleRecord,
  text: string,
  actors: readonly ActorRecord[]
): Promise<Proposal[]> {
  return call({
    method: 'draftsForArticle',
    article: articleRef(article),
    text,
    actors: [...actors],
    actorsVersion: versionOf(actors)
  })
}

/** Gazetteer places whose name starts with `prefix`, those in `countryCode` (alpha-3) first. */
export function searchPlaces(
  prefix: string,
  countryCode: string,
  limit = 8
): Promise<GazetteerPlace[]> {
  return call({ method: 'searchPlaces', prefix, countryCode, limit })
}
