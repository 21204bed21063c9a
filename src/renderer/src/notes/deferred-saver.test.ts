import { describe, expect, it } from 'vitest'
import { DeferredSaver, type Schedule, type ValueSink } from './deferred-saver'
import { noteSaveTiming } from './note-save-timing'

/** A hand-driven clock: timers run only when the test advances time. */
function manualClock(): { schedule: Schedule; advance: (ms: number) => void } {
  let now = 0
  let timers: Array<{ at: number; run: () => void }> = []
  return {
    schedule: (run, ms) => {
      const timer = { at: now + ms, run }
      timers.push(timer)
      return () => {
        timers = timers.filter((t) => t !== timer)
      }
    },
    advance: (ms) => {
      const until = now + ms
      for (;;) {
        const next = [...timers].sort((a, b) => a.at - b.at)[0]
        if (!next || next.at > until) break
        timers = timers.filter((t) => t !== next)
        now = next.at
        next.run()
      }
      now = until
    }
  }
}

function recordingSink(): ValueSink<string> & { stored: string[]; flushes: number } {
  const sink = {
    stored: [] as string[],
    flushes: 0,
    change: (v: string) => void sink.stored.push(v),
    flush: async () => void sink.flushes++
  }
  return sink
}

const timing = { quietMs: 100, maxWaitMs: 1_000 }

describe('DeferredSaver', () => {
  it('reads only the latest value, once changes pause', () => {
    const clock = manualClock()
    const sink = recordingSink()
    const saver = new DeferredSaver(sink, clock.schedule)
    const reads: string[] = []
    const reader = (v: string) => () => (reads.push(v), v)
    saver.change(reader('a'), timing)
    clock.advance(60)
    saver.change(reader('ab'), timing)
    clock.advance(60)
    expect(sink.stored).toEqual([])
    expect(saver.pending).toBe(true)
    clock.advance(40)
    expect(sink.stored).toEqual(['ab'])
    expect(reads).toEqual(['ab'])
    expect(saver.pending).toBe(false)
  })

  it('hands over at the longest wait while changes keep coming', () => {
    const clock = manualClock()
    const sink = recordingSink()
    const saver = new DeferredSaver(sink, clock.schedule)
    for (let t = 0; t < 2_500; t += 50) {
      saver.change(() => `at ${t}`, timing)
      clock.advance(50)
    }
    expect(sink.stored).toEqual(['at 950', 'at 1950'])
    clock.advance(100)
    expect(sink.stored).toEqual(['at 950', 'at 1950', 'at 2450'])
  })

  it('flush reads the pending value at once and waits for the sink', async () => {
    const clock = manualClock()
    const sink = recordingSink()
    const saver = new DeferredSaver(sink, clock.schedule)
    saver.change(() => 'typed just before closing', timing)
    await saver.flush()
    expect(sink.stored).toEqual(['typed just before closing'])
    expect(sink.flushes).toBe(1)
    // Nothing is handed over twice when the cancelled timers' time comes.
    clock.advance(5_000)
    await saver.flush()
    expect(sink.stored).toEqual(['typed just before closing'])
    expect(sink.flushes).toBe(2)
  })

  it('with no wait, hands over on the next turn of the event loop', async () => {
    const sink = recordingSink()
    const saver = new DeferredSaver(sink)
    saver.change(() => 'one', { quietMs: 0, maxWaitMs: 5_000 })
    saver.change(() => 'two', { quietMs: 0, maxWaitMs: 5_000 })
    expect(sink.stored).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(sink.stored).toEqual(['two'])
  })
})

describe('DeferredSaver with noteSaveTiming', () => {
  it('hands over every change within 400 ms while typing goes on in a 5,000-paragraph note', () => {
    const clock = manualClock()
    const sink = recordingSink()
    const saver = new DeferredSaver<string>(sink, clock.schedule)
    const timing = noteSaveTiming(600_000) // the bench note: 5,000 paragraphs
    let unsaved: number | null = null
    let longestWait = 0
    // A key every 100 ms for 5 s: the quiet time never passes, only the longest wait does.
    for (let t = 0; t < 5_000; t += 100) {
      const before = sink.stored.length
      saver.change(() => `text at ${t}`, timing)
      unsaved ??= t
      for (let step = 0; step < 100; step += 10) {
        clock.advance(10)
        if (sink.stored.length > before && unsaved !== null) {
          longestWait = Math.max(longestWait, t + step + 10 - unsaved)
          unsaved = null
        }
      }
    }
    expect(sink.stored.length).toBeGreaterThan(10)
    expect(longestWait).toBeLessThanOrEqual(400)
  })
})
