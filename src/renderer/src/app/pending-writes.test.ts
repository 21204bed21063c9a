import { describe, expect, it, vi } from 'vitest'
import { flushPendingWrites, registerPendingWrites } from './pending-writes'

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
    const gone = vi.fn(async () => {})
    const stopSlow = registerPendingWrites(slow)
    const stopFailing = registerPendingWrites(failing)
    registerPendingWrites(gone)()

    const flushed = flushPendingWrites().then(() => order.push('flushed'))
    await vi.waitFor(() => expect(slow).toHaveBeenCalledTimes(1))
    expect(order).toEqual([])
    finishSlow()
    await flushed
    expect(order).toEqual(['slow stored', 'flushed'])
    expect(failing).toHaveBeenCalledTimes(1)
    expect(gone).not.toHaveBeenCalled()
    stopSlow()
    stopFailing()
  })
})
