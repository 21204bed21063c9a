import { afterEach, describe, expect, it, vi } from 'vitest'
import { webLockLeaseBroker } from './web-lock-lease-broker'

/**
 * Web Locks as the broker uses them (jsdom has none): a lock is held until the promise its
 * callback returned settles; `ifAvailable` answers null when it is held; others queue in order.
 */
function fakeLocks(): LockManager & { held: Set<string> } {
  const held = new Set<string>()
  const queues = new Map<string, (() => void)[]>()
  // The holder's request, rejected when another request steals the lock (`steal: true`).
  const stealFrom = new Map<string, (err: unknown) => void>()
  const run = (name: string, callback: (lock: Lock | null) => unknown): Promise<unknown> =>
    new Promise((resolve, reject) => {
      held.add(name)
      let stolen = false
      stealFrom.set(name, (err) => {
        stolen = true
        reject(err)
      })
      Promise.resolve(callback({ name, mode: 'exclusive' })).then((value) => {
        if (stolen) return
        held.delete(name)
        stealFrom.delete(name)
        queues.get(name)?.shift()?.()
        resolve(value)
      }, reject)
    })
  const request = (
    name: string,
    options: LockOptions,
    callback: (lock: Lock | null) => unknown
  ): Promise<unknown> => {
    if (options.steal) {
      stealFrom.get(name)?.(new DOMException('stolen', 'AbortError'))
      return run(name, callback)
    }
    if (!held.has(name)) return run(name, callback)
    if (options.ifAvailable) return Promise.resolve(callback(null))
    return new Promise((resolve, reject) => {
      const go = (): void => void run(name, callback).then(resolve, reject)
      const queue = queues.get(name) ?? []
      queue.push(go)
      queues.set(name, queue)
      options.signal?.addEventListener('abort', () => {
        queue.splice(queue.indexOf(go), 1)
        reject(new DOMException('aborted', 'AbortError'))
      })
    })
  }
  return { held, request, query: async () => ({}) } as unknown as LockManager & {
    held: Set<string>
  }
}

const channels: BroadcastChannel[] = []
function channel(): BroadcastChannel {
  const c = new BroadcastChannel('workbench-edit-leases-test')
  channels.push(c)
  return c
}
afterEach(() => {
  for (const c of channels.splice(0)) c.close()
})

describe('webLockLeaseBroker', () => {
  it('holds a lock until the lease is released, and answers null while it is held', async () => {
    const locks = fakeLocks()
    const broker = webLockLeaseBroker(locks, channel())
    const lease = await broker.tryAcquire('n')
    expect(lease?.held).toBe(true)
    expect(locks.held.has('n')).toBe(true)
    expect(await broker.tryAcquire('n')).toBeNull()
    const waiting = broker.acquireWhenFree('n', new AbortController().signal)
    lease!.release()
    const next = await waiting
    expect(next.held).toBe(true)
    next.release()
    await vi.waitFor(() => expect(locks.held.has('n')).toBe(false))
  })

  it('gives up a wait when asked', async () => {
    const locks = fakeLocks()
    const broker = webLockLeaseBroker(locks, channel())
    await broker.tryAcquire('n')
    const giveUp = new AbortController()
    const waiting = broker.acquireWhenFree('n', giveUp.signal)
    giveUp.abort()
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('carries "let go" to the other windows listening for that record only', async () => {
    const locks = fakeLocks()
    const one = webLockLeaseBroker(locks, channel())
    const two = webLockLeaseBroker(locks, channel())
    const asked = vi.fn()
    const other = vi.fn()
    one.onReleaseAsked('n', asked)
    one.onReleaseAsked('m', other)
    two.askToRelease('n')
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1))
    expect(other).not.toHaveBeenCalled()
  })

  it('takes a lock from a holder that never answers, and tells that holder it lost it', async () => {
    const locks = fakeLocks()
    const frozen = webLockLeaseBroker(locks, channel())
    const taker = webLockLeaseBroker(locks, channel())
    const old = (await frozen.tryAcquire('n'))!
    const lost = vi.fn()
    old.onLost(lost)
    const taken = await taker.steal('n')
    expect(taken.held).toBe(true)
    await vi.waitFor(() => expect(lost).toHaveBeenCalledTimes(1))
    expect(old.held).toBe(false)
    // The lost lease lets go of nothing: the new holder keeps the lock.
    old.release()
    expect(locks.held.has('n')).toBe(true)
  })
})
