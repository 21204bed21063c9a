import { describe, expect, it } from 'vitest'
import { runWorker } from './run-worker'

type Msg = { kind: 'page'; n: number } | { kind: 'done'; text: string } | { kind: 'failed' }

/** Stands in for a Worker: records what it was sent and whether it was ended. */
function fakeWorker() {
  const w = {
    sent: [] as unknown[],
    ended: false,
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null as ((e: ErrorEvent) => void) | null,
    postMessage(m: unknown) {
      w.sent.push(m)
    },
    terminate() {
      w.ended = true
    },
    say(data: unknown) {
      w.onmessage?.({ data } as MessageEvent)
    }
  }
  return w
}

const run = (w: ReturnType<typeof fakeWorker>, pages: number[]) =>
  runWorker<Msg, string>(
    w as unknown as Worker,
    { please: 'read' },
    (data) => {
      if (data.kind === 'page') {
        pages.push(data.n)
        return { more: true }
      }
      if (data.kind === 'done') return { value: data.text }
      return { error: new Error('refused') }
    },
    (e) => new Error(`crashed: ${e.message}`)
  )

describe('runWorker', () => {
  it('sends the request, passes progress on, ignores messages without a kind, ends the worker with the value', async () => {
    const w = fakeWorker()
    const pages: number[] = []
    const answer = run(w, pages)
    expect(w.sent).toEqual([{ please: 'read' }])
    w.say({ pdfjs: 'hello' })
    w.say({ kind: 'page', n: 1 })
    w.say({ kind: 'page', n: 2 })
    expect(w.ended).toBe(false)
    w.say({ kind: 'done', text: 'all' })
    await expect(answer).resolves.toBe('all')
    expect(pages).toEqual([1, 2])
    expect(w.ended).toBe(true)
  })

  it('rejects with the step’s error, and with the crash’s, ending the worker', async () => {
    const refused = fakeWorker()
    const a = run(refused, [])
    refused.say({ kind: 'failed' })
    await expect(a).rejects.toThrow('refused')
    expect(refused.ended).toBe(true)

    const crashed = fakeWorker()
    const b = run(crashed, [])
    crashed.onerror?.({ message: 'out of memory' } as ErrorEvent)
    await expect(b).rejects.toThrow('crashed: out of memory')
    expect(crashed.ended).toBe(true)
  })
})
