import { heldLease, type HeldLease, type LeaseBroker } from './lease-broker'
import { MemoryLeaseHub } from './memory-lease-broker'

/** The channel every window of the workbench (same origin) listens on for "please let go". */
const CHANNEL = 'workbench-edit-leases'

interface ReleaseRequest {
  type: 'release'
  name: string
}

/**
 * Leases as Web Locks: a lock is held while the promise its callback returned is pending, and
 * the browser drops it when the window closes or crashes, so a closed tab never keeps a record
 * locked. Requests for a held lock are granted in the order they were made.
 */
export function webLockLeaseBroker(locks: LockManager, channel: BroadcastChannel): LeaseBroker {
  const hold = (name: string, options: LockOptions): Promise<HeldLease | null> =>
    new Promise<HeldLease | null>((resolve, reject) => {
      let granted: ReturnType<typeof heldLease> | null = null
      locks
        .request(name, options, (lock) => {
          if (!lock) return resolve(null)
          return new Promise<void>((release) => {
            granted = heldLease(release)
            resolve(granted)
          })
        })
        // Once granted, the request only rejects when another window stole the lock.
        .catch((err: unknown) => (granted ? granted.lose() : reject(err)))
    })
  const listeners = new Set<{ name: string; run: () => void }>()
  channel.addEventListener('message', (e: MessageEvent<ReleaseRequest>) => {
    if (e.data?.type !== 'release') return
    for (const l of [...listeners]) if (l.name === e.data.name) l.run()
  })
  return {
    tryAcquire: (name) => hold(name, { ifAvailable: true }),
    acquireWhenFree: async (name, signal) => (await hold(name, { signal })) as HeldLease,
    askToRelease: (name) => channel.postMessage({ type: 'release', name } satisfies ReleaseRequest),
    steal: async (name) => (await hold(name, { steal: true })) as HeldLease,
    onReleaseAsked: (name, run) => {
      const listener = { name, run }
      listeners.add(listener)
      return () => void listeners.delete(listener)
    }
  }
}

let shared: LeaseBroker | null = null

/**
 * This window's broker: Web Locks where the platform has them (Chromium, Electron), else one
 * window alone with its leases in memory (jsdom in unit tests).
 */
export function defaultLeaseBroker(): LeaseBroker {
  shared ??=
    typeof navigator !== 'undefined' && navigator.locks && typeof BroadcastChannel === 'function'
      ? webLockLeaseBroker(navigator.locks, new BroadcastChannel(CHANNEL))
      : new MemoryLeaseHub().window()
  return shared
}
