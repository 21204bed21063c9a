import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ArticleRecord } from '@shared/model/article'

// A stand-in for the module worker: records what the page posts and lets each test answer (or
// fail) as the real worker would, so the client's error paths are exercised without a browser.
class FakeWorker extends EventTarget {
  static last: FakeWorker | null = null
  posted: unknown[] = []
  terminated = false
  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions
  ) {
    super()
    FakeWorker.last = this
  }
  postMessage(message: unknown): void {
    this.posted.push(message)
  }
  terminate(): void {
    this.terminated = true
  }
  answer(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }))
  }
}

const article = { id: 'a1', publishedAt: '2026-03-04', source: 'Wire' } as ArticleRecord

beforeEach(() => {
  vi.resetModules()
  FakeWorker.last = null
  vi.stubGlobal('Worker', FakeWorker)
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('suggestion engine client', () => {
  it('starts one module worker on the first call and resolves with its answer', async () => {
    const engine = await import('./suggestion-engine')
    expect(engine.engineStatus()).toBe('idle')
    const found = engine.searchPlaces('Kramat', 'UKR')
    const worker = FakeWorker.last!
    expect(worker.options).toMatchObject({ type: 'module' })
    expect(String(worker.url)).toMatch(/engine\.worker/)
    expect(engine.engineStatus()).toBe('loading')
    worker.answer({ kind: 'ready', ms: 12 })
    expect(engine.engineStatus()).toBe('ready')
    const request = worker.posted[0] as { id: number; method: string }
    expect(request).toMatchObject({ method: 'searchPlaces', prefix: 'Kramat', countryCode: 'UKR' })
    worker.answer({ kind: 'result', id: request.id, value: [{ name: 'Kramatorsk' }] })
    await expect(found).resolves.toEqual([{ name: 'Kramatorsk' }])
    void engine.draftsForArticle(article, 'text', [])
    expect(FakeWorker.last).toBe(worker)
  })

  it('rejects with the message the worker sends back', async () => {
    const engine = await import('./suggestion-engine')
    const drafts = engine.draftsForArticle(article, 'Some text.', [])
    const worker = FakeWorker.last!
    const { id } = worker.posted[0] as { id: number }
    worker.answer({ kind: 'error', id, message: 'chrono failed' })
    await expect(drafts).rejects.toThrow('chrono failed')
  })

  it('refuses a malformed request without posting it', async () => {
    const engine = await import('./suggestion-engine')
    const bad = engine.draftFromPassage(article, 'text', { start: 5, end: 2 }, [])
    await expect(bad).rejects.toThrow(/cannot take.*ends before it starts/)
    expect(FakeWorker.last).toBeNull()
  })

  it('rejects every waiting call when the worker fails, and starts afresh next time', async () => {
    const engine = await import('./suggestion-engine')
    const a = engine.searchPlaces('Ben', '')
    const b = engine.draftsForArticle(article, 'text', [])
    const first = FakeWorker.last!
    first.dispatchEvent(Object.assign(new Event('error'), { message: 'Refused by CSP' }))
    await expect(a).rejects.toThrow('The suggestion engine stopped: Refused by CSP.')
    await expect(b).rejects.toThrow('The suggestion engine stopped')
    expect(first.terminated).toBe(true)
    expect(engine.engineStatus()).toBe('failed')
    void engine.searchPlaces('Ben', '')
    expect(FakeWorker.last).not.toBe(first)
  })

  it('rejects when the gazetteer cannot load, or the worker answers nonsense or not at all', async () => {
    vi.useFakeTimers()
    const engine = await import('./suggestion-engine')
    const a = engine.searchPlaces('Ben', '')
    FakeWorker.last!.answer({
      kind: 'error',
      id: null,
      message: 'The gazetteer could not be loaded: x'
    })
    await expect(a).rejects.toThrow('The gazetteer could not be loaded: x')
    const b = engine.searchPlaces('Ben', '')
    FakeWorker.last!.answer({ kind: 'surprise' })
    await expect(b).rejects.toThrow(/malformed answer/)
    const c = engine.searchPlaces('Ben', '')
    const check = expect(c).rejects.toThrow('did not answer within 60 seconds')
    vi.advanceTimersByTime(60_000)
    await check
  })
})
