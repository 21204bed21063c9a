import { describe, expect, it, vi } from 'vitest'
import { MemoryLeaseHub } from './memory-lease-broker'

describe('MemoryLeaseHub', () => {
  it('grants a free lease, refuses a held one, and serves waiters in the order they asked', async () => {
    const hub = new MemoryLeaseHub()
    const [a, b, c] = [hub.window(), hub.window(), hub.window()]
    const held = await a.tryAcquire('r')
    expect(held?.held).toBe(true)
    expect(await b.tryAcquire('r')).toBeNull()
    const order: string[] = []
    const bWaits = b.acquireWhenFree('r', new AbortController().signal).then((l) => {
      order.push('b')
      return l
    })
    const cWaits = c.acquireWhenFree('r', new AbortController().signal).then((l) => {
      order.push('c')
      return l
    })
    held!.release()
    expect(held!.held).toBe(false)
    const bLease = await bWaits
    expect(order).toEqual(['b'])
    bLease.release()
    await cWaits
    expect(order).toEqual(['b', 'c'])
  })

  it('drops a waiter whose wait was given up', async () => {
    const hub = new MemoryLeaseHub()
    const [a, b, c] = [hub.window(), hub.window(), hub.window()]
    const held = await a.tryAcquire('r')
    const giveUp = new AbortController()
    const bWaits = b.acquireWhenFree('r', giveUp.signal)
    const cWaits = c.acquireWhenFree('r', new AbortController().signal)
    giveUp.abort()
    await expect(bWaits).rejects.toMatchObject({ name: 'AbortError' })
    held!.release()
    expect((await cWaits).held).toBe(true)
  })

  it('releases once however often it is asked to', async () => {
    const hub = new MemoryLeaseHub()
    const a = hub.window()
    const held = await a.tryAcquire('r')
    held!.release()
    const again = await a.tryAcquire('r')
    held!.release()
    expect(again?.held).toBe(true)
    expect(hub.holder('r')).toBe(1)
  })

  it('asks only the other windows to let go, and only of the named record', async () => {
    const hub = new MemoryLeaseHub()
    const [a, b] = [hub.window(), hub.window()]
    const aAsked = vi.fn()
    const bAsked = vi.fn()
    const aOther = vi.fn()
    a.onReleaseAsked('r', aAsked)
    a.onReleaseAsked('other', aOther)
    const stop = b.onReleaseAsked('r', bAsked)
    b.askToRelease('r')
    await Promise.resolve()
    expect(aAsked).toHaveBeenCalledTimes(1)
    expect(bAsked).not.toHaveBeenCalled()
    expect(aOther).not.toHaveBeenCalled()
    stop()
    a.askToRelease('r')
    await Promise.resolve()
    expect(bAsked).not.toHaveBeenCalled()
  })
})
