// The suggestion worker: reads each request with the shared schema, answers with a result or an
// error message (never silence), and announces when the gazetteer is built.
import {
  describeIssues,
  engineRequestSchema,
  type EngineRequest,
  type EngineResponse
} from './engine-protocol'
import { draftFromPassage, draftsForArticle, searchPlaces, warmUp } from './engine-work'

const post = (message: EngineResponse): void => self.postMessage(message)

function answer(request: EngineRequest): unknown {
  switch (request.method) {
    case 'draftFromPassage':
      return draftFromPassage(
        request.article,
        request.text,
        request.span,
        request.actors,
        request.actorsVersion
      )
    case 'draftsForArticle':
      return draftsForArticle(request.article, request.text, request.actors, request.actorsVersion)
    case 'searchPlaces':
      return searchPlaces(request.prefix, request.countryCode, request.limit)
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = engineRequestSchema.safeParse(event.data)
  if (!parsed.success) {
    const raw = event.data as { id?: unknown } | null
    const id =
      typeof raw?.id === 'number' && Number.isInteger(raw.id) && raw.id >= 0 ? raw.id : null
    post({ kind: 'error', id, message: `A malformed request (${describeIssues(parsed.error)}).` })
    return
  }
  try {
    post({ kind: 'result', id: parsed.data.id, value: answer(parsed.data) })
  } catch (error) {
    post({
      kind: 'error',
      id: parsed.data.id,
      message: error instanceof Error ? error.message : String(error)
    })
  }
})

const started = performance.now()
try {
  warmUp()
  post({ kind: 'ready', ms: Math.round(performance.now() - started) })
} catch (error) {
  const why = error instanceof Error ? error.message : String(error)
  post({ kind: 'error', id: null, message: `The gazetteer could not be loaded: ${why}` })
}
