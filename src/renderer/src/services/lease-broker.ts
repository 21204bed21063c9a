/**
 * The edit leases of records open in several windows of one workbench, behind a small interface
 * so the hook and the editors can be tested with an in-memory fake (memory-lease-broker.ts). The
 * real one (web-lock-lease-broker.ts) uses Web Locks, which the browser releases by itself when a
 * window closes or crashes, and a BroadcastChannel to ask the holder to let go.
 */
export interface HeldLease {
  /** False once released, or taken by force: a saver checks it before every write. */
  readonly held: boolean
  release(): void
  /** Calls `listener` if another window takes the lease by force (its holder never answered). */
  onLost(listener: () => void): void
}

export interface LeaseBroker {
  /** Takes the lease if no window holds it; null when one does. */
  tryAcquire(name: string): Promise<HeldLease | null>
  /**
   * Waits in line for the lease and resolves with it once granted (windows are served in the
   * order they asked); rejects with an AbortError when `signal` aborts first.
   */
  acquireWhenFree(name: string, signal: AbortSignal): Promise<HeldLease>
  /** Asks whichever other window holds `name` to store its edits and let go. */
  askToRelease(name: string): void
  /**
   * Takes the lease from a holder that does not answer (a frozen or hung window): granted at
   * once; the holder's lease is lost (onLost), so it writes nothing more over this window's.
   */
  steal(name: string): Promise<HeldLease>
  /** Calls `onAsked` when another window asks this one to let go of `name`; returns an unsubscribe. */
  onReleaseAsked(name: string, onAsked: () => void): () => void
}

/**
 * A lease that releases once, however often `release` is called; `lose()` is for its broker, when
 * another window took it by force (the lock is gone already: nothing to release).
 */
export function heldLease(release: () => void): HeldLease & { lose(): void } {
  let held = true
  const lostListeners: (() => void)[] = []
  return {
    get held() {
      return held
    },
    release() {
      if (!held) return
      held = false
      release()
    },
    onLost(listener) {
      lostListeners.push(listener)
    },
    lose() {
      if (!held) return
      held = false
      for (const l of lostListeners.splice(0)) l()
    }
  }
}

export function abortError(): DOMException {
  return new DOMException('The wait for the lease was given up.', 'AbortError')
}

/** By name: a DOMException is not an Error in every environment (jsdom's is not). */
export function isAbortError(err: unknown): boolean {
  return (
    typeof err === 'object' && err !== null && (err as { name?: unknown }).name === 'AbortError'
  )
}
