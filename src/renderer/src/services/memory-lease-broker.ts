import { abortError, heldLease, type HeldLease, type LeaseBroker } from './lease-broker'

interface Waiter {
  window: number
  grant: (lease: HeldLease) => void
}

/**
 * Leases kept in memory, shared by the "windows" made from one hub: the fake for tests (two
 * windows in one page), and the fallback where Web Locks are missing (one window, which always
 * gets the lease: there is no other window to coordinate with).
 */
export class MemoryLeaseHub {
  private readonly holders = new Map<string, number>()
  private readonly leases = new Map<string, ReturnType<typeof heldLease>>()
  private readonly queues = new Map<string, Waiter[]>()
  private readonly askListeners = new Set<{ window: number; name: string; run: () => void }>()
  private windows = 0

  /** A new window's broker. */
  window(): LeaseBroker {
    const me = ++this.windows
    return {
      tryAcquire: async (name) => (this.holders.has(name) ? null : this.grant(name, me)),
      acquireWhenFree: (name, signal) =>
        new Promise<HeldLease>((resolve, reject) => {
          if (signal.aborted) return reject(abortError())
          if (!this.holders.has(name)) return resolve(this.grant(name, me))
          const waiter: Waiter = { window: me, grant: resolve }
          const queue = this.queues.get(name) ?? []
          queue.push(waiter)
          this.queues.set(name, queue)
          signal.addEventListener('abort', () => {
            const q = this.queues.get(name) ?? []
            const at = q.indexOf(waiter)
            if (at < 0) return
            q.splice(at, 1)
            reject(abortError())
          })
        }),
      askToRelease: (name) => {
        for (const l of [...this.askListeners])
          if (l.name === name && l.window !== me) queueMicrotask(l.run)
      },
      steal: async (name) => {
        this.leases.get(name)?.lose()
        return this.grant(name, me)
      },
      onReleaseAsked: (name, run) => {
        const listener = { window: me, name, run }
        this.askListeners.add(listener)
        return () => void this.askListeners.delete(listener)
      }
    }
  }

  /** The window holding `name`, for tests. */
  holder(name: string): number | undefined {
    return this.holders.get(name)
  }

  private grant(name: string, window: number): HeldLease {
    this.holders.set(name, window)
    const lease = heldLease(() => {
      if (this.leases.get(name) !== lease) return
      this.leases.delete(name)
      this.holders.delete(name)
      const next = this.queues.get(name)?.shift()
      if (next) next.grant(this.grant(name, next.window))
    })
    this.leases.set(name, lease)
    return lease
  }
}
