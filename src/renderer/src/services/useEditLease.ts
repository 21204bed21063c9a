import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { isAbortError, type HeldLease, type LeaseBroker } from './lease-broker'
import {
  leaseAnnouncement,
  nextLeaseState,
  OPENING,
  TAKE_OVER_PATIENCE_MS,
  type EditLeaseEvent,
  type EditLeaseState,
  type LeasedRecord
} from './edit-lease-state'
import { defaultLeaseBroker } from './web-lock-lease-broker'

/**
 * Leases this window is letting go of, by name, until the editor's last writes are stored: an
 * editor of the same record mounted meanwhile (a pane moved to another work mode, the comment
 * reopened) waits for it instead of finding the record held, as if by another window.
 */
const releasingIn = new WeakMap<LeaseBroker, Map<string, Promise<void>>>()
function releasingOf(broker: LeaseBroker): Map<string, Promise<void>> {
  let map = releasingIn.get(broker)
  if (!map) releasingIn.set(broker, (map = new Map()))
  return map
}

export interface EditLeaseHooks {
  /** Stores everything the editor holds; awaited before the lease is let go. */
  flush: () => Promise<void>
  /**
   * Runs once the lease is granted, before the editor becomes editable: the editor must start
   * from the record as stored now, which may be newer than what the live query has shown (the
   * other window's last write and the lock can arrive in either order).
   */
  prepare?: () => Promise<void>
  /** Says what the analyst should know when the lease changes hands (see leaseAnnouncement). */
  announce?: (message: string) => void
}

export interface EditLease {
  state: EditLeaseState
  /** Whether this window holds the lease now: a saver checks it before every write. Stable. */
  holds: () => boolean
  /**
   * Asks the holding window to store its edits and let go; this window is next in line. Once the
   * holder has not answered for TAKE_OVER_PATIENCE_MS, takes the lease from it by force.
   */
  takeOver: () => void
}

/**
 * Holds the edit lease named `name` while mounted (none while `name` is null): at once if no
 * other window has it, else the record stays read-only and this window waits in line, becoming
 * the editor when the holder closes or lets go, or when the analyst takes over. Asked to let go,
 * this window becomes read-only, stores what it holds, and only then releases the lease.
 */
export function useEditLease(
  record: LeasedRecord,
  name: string | null,
  hooks: EditLeaseHooks,
  broker: LeaseBroker = defaultLeaseBroker()
): EditLease {
  const [current, setCurrent] = useState<{ name: string | null; state: EditLeaseState }>({
    name,
    state: OPENING
  })
  // Another record (or none): start over. Set during render so no frame shows the old state.
  if (current.name !== name) setCurrent({ name, state: OPENING })
  const lease = useRef<HeldLease | null>(null)
  // Takes the lease by force (set by the effect that owns the wait in line).
  const force = useRef<() => void>(() => undefined)
  const latest = useRef(hooks)
  useLayoutEffect(() => {
    latest.current = hooks
  })

  useEffect(() => {
    if (name === null) return
    let closed = false
    let waiting: AbortController | null = null
    const releasing = releasingOf(broker)
    const dispatch = (event: EditLeaseEvent): void =>
      setCurrent((c) => (c.name === name ? { name, state: nextLeaseState(c.state, event) } : c))
    const hold = async (held: HeldLease): Promise<void> => {
      if (closed) return held.release()
      lease.current = held
      // Another window took it by force: nothing more is written from here (the saver checks
      // holds(), and keeps what it still held in the history); this window waits in line again.
      held.onLost(() => {
        if (lease.current !== held) return
        lease.current = null
        if (closed) return
        dispatch('lost')
        wait()
      })
      try {
        await latest.current.prepare?.()
      } finally {
        if (!closed) dispatch('granted')
      }
    }
    const wait = (): void => {
      waiting = new AbortController()
      broker.acquireWhenFree(name, waiting.signal).then(hold, (err: unknown) => {
        if (!isAbortError(err)) throw err
      })
    }
    const asked = (releasing.get(name) ?? Promise.resolve()).then(async () => {
      if (closed) return
      const held = await broker.tryAcquire(name)
      if (held) return hold(held)
      if (closed) return
      dispatch('refused')
      wait()
    })
    force.current = () => {
      if (closed) return
      waiting?.abort()
      waiting = null
      broker.steal(name).then(hold, () => undefined)
    }
    const stopListening = broker.onReleaseAsked(name, () => {
      const held = lease.current
      if (!held?.held || closed) return
      dispatch('release-asked')
      void latest.current
        .flush()
        .catch(() => undefined)
        .finally(() => {
          if (lease.current === held) lease.current = null
          held.release()
          if (closed) return
          dispatch('released')
          wait()
        })
    })
    return () => {
      closed = true
      stopListening()
      waiting?.abort()
      // An answer still to come is let go as it comes (hold, closed). A lease held goes once the
      // editor's last writes, which go out under it, are stored.
      const held = lease.current
      const letGo = (): Promise<void> =>
        held
          ? latest.current
              .flush()
              .catch(() => undefined)
              .finally(() => {
                if (lease.current === held) lease.current = null
                held.release()
              })
          : Promise.resolve()
      const done: Promise<void> = asked
        .catch(() => undefined)
        .then(letGo)
        .finally(() => {
          if (releasing.get(name) === done) releasing.delete(name)
        })
      releasing.set(name, done)
    }
  }, [name, broker])

  // True until the lease is let go, which is after the last flush: the saver writes it all.
  const holds = useCallback(() => lease.current?.held === true, [])
  const state = current.name === name ? current.state : OPENING
  const unanswered = state.kind === 'taking-over' && state.unanswered === true
  const takeOver = useCallback(() => {
    if (name === null) return
    if (unanswered) {
      force.current()
      return
    }
    setCurrent((c) => (c.name === name ? { name, state: nextLeaseState(c.state, 'take-over') } : c))
    broker.askToRelease(name)
  }, [name, broker, unanswered])

  // A holder asked to let go that does not answer is said, and taking over anyway is offered.
  const askedAndWaiting = state.kind === 'taking-over' && !unanswered
  useEffect(() => {
    if (!askedAndWaiting || name === null) return
    const timer = setTimeout(
      () =>
        setCurrent((c) =>
          c.name === name ? { name, state: nextLeaseState(c.state, 'no-answer') } : c
        ),
      TAKE_OVER_PATIENCE_MS
    )
    return () => clearTimeout(timer)
  }, [askedAndWaiting, name])
  const previous = useRef(state)
  useEffect(() => {
    const message = leaseAnnouncement(record, previous.current, state)
    previous.current = state
    if (message) latest.current.announce?.(message)
  }, [record, state])

  return { state, holds, takeOver }
}
