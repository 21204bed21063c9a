import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  dataEpoch,
  flushPendingWrites,
  registerPendingWrites,
  startDataEpoch,
  trackWrite
} from './pending-writes'

afterEach(() => {
  vi.useRealTimers()
})

describe('pending writes', () => {
  it('waits for every registered write, even when one fails, and forgets unregistered ones', async () => {
    const order: string[] = []
    let finishSlow = (): void => {}
    const slow = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finishSlow = () => {
            order.push('slow stored')
            resolve()
          }
        })
    )
    const failing = vi.fn(async () => {
      throw new Error('disk full')
    })
    const throwing = vi.fn((): Promise<void> => {
      throw new Error('thrown before any promise')
    })
    const gone = vi.fn(async () => {})
    const stops = [slow, failing, throwing].map(registerPendingWrites)
    registerPendingWrites(gone)()

    const flushed = flushPendingWrites().then(() => order.push('flushed'))
    await vi.waitFor(() => expect(slow).toHaveBeenCalledTimes(1))
    expect(order).toEqual([])
    finishSlow()
    await flushed
    expect(order).toEqual(['slow stored', 'flushed'])
    expect(failing).toHaveBeenCalledTimes(1)
    expect(throwing).toHaveBeenCalledTimes(1)
    expect(gone).not.toHaveBeenCalled()
    for (const stop of stops) stop()
  })

  it('waits for a write an editor started as it closed', async () => {
    let finish = (): void => {}
    trackWrite(new Promise<void>((resolve) => (finish = resolve)))
    let done = false
    const flushed = flushPendingWrites().then(() => (done = true))
    await Promise.resolve()
    expect(done).toBe(false)
    finish()
    await flushed
    expect(done).toBe(true)
  })

  it('gives up on a write that never settles, so quitting and restoring go on', async () => {
    vi.useFakeTimers()
    const stop = registerPendingWrites(() => new Promise<void>(() => {}))
    let done = false
    const flushed = flushPendingWrites(3_000).then(() => (done = true))
    await vi.advanceTimersByTimeAsync(2_999)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await flushed
    expect(done).toBe(true)
    stop()
  })

  it('counts data epochs', () => {
    const before = dataEpoch()
    startDataEpoch()
    expect(dataEpoch()).toBe(before + 1)
  })
})
