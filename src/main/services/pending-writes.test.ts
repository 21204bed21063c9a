import { describe, expect, it } from 'vitest'
import { createPendingWrites } from './pending-writes'

const deferred = <T>() => {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('createPendingWrites', () => {
  it('is busy while a write runs and settles when it ends, failed or not', async () => {
    const writes = createPendingWrites()
    expect(writes.busy()).toBe(false)
    expect(await writes.settled(10)).toBe(true)
    const a = deferred<string>()
    const b = deferred<string>()
    const tracked = writes.track(a.promise)
    void writes.track(b.promise).catch(() => undefined)
    expect(writes.busy()).toBe(true)
    const all = writes.settled(10_000)
    a.resolve('written')
    b.reject(new Error('disk full'))
    expect(await tracked).toBe('written')
    expect(await all).toBe(true)
    expect(writes.busy()).toBe(false)
  })

  it('gives up waiting after the cap', async () => {
    const timers: (() => void)[] = []
    const writes = createPendingWrites((callback) => timers.push(callback))
    void writes.track(new Promise(() => {}))
    const waiting = writes.settled(5)
    timers.forEach((t) => t())
    expect(await waiting).toBe(false)
    expect(writes.busy()).toBe(true)
  })
})
