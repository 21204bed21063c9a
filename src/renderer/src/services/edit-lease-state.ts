/**
 * Who may write a record open in several windows of the same workbench, and what each window
 * says about it. One window at a time holds a record's edit lease (useEditLease); the others show
 * the record read-only, following what the holder saves, until it lets go or they take over.
 * Pure: the lease itself (Web Locks, BroadcastChannel) lives behind LeaseBroker.
 */

/** The kinds of record edited under a lease, as the notices name them. */
export type LeasedRecord = 'note' | 'comment'

export type EditLeaseState =
  /** Asking for the lease: nothing may be typed yet (the answer comes within a task or two). */
  | { kind: 'opening' }
  /** This window holds the lease and edits; `since` says how it came to. */
  | { kind: 'editing'; since: 'opened' | 'waited' | 'took-over' }
  /** Another window asked for the record: this one stores what it holds, then lets go. */
  | { kind: 'handing-over' }
  /** Another window holds the lease: `open` when it had it first, `taken` when it took it over. */
  | { kind: 'elsewhere'; why: 'open' | 'taken' }
  /**
   * This window asked the holder to store its edits and let go, and waits for the lease;
   * `unanswered` once the holder has not answered for TAKE_OVER_PATIENCE_MS (frozen, hung).
   */
  | { kind: 'taking-over'; unanswered?: true }

export type EditLeaseEvent =
  /** The lease was granted (at once, after waiting in line, or after taking over). */
  | 'granted'
  /** Another window holds the lease. */
  | 'refused'
  /** The analyst pressed "Take over editing". */
  | 'take-over'
  /** Another window asked this one to let go. */
  | 'release-asked'
  /** This window stored its edits and let go. */
  | 'released'
  /** The holder asked to let go has not answered in TAKE_OVER_PATIENCE_MS. */
  | 'no-answer'
  /** Another window took the lease by force: this one may no longer write. */
  | 'lost'

export const OPENING: EditLeaseState = { kind: 'opening' }

/**
 * How long a window asked to let go may take before the analyst is offered to take over anyway:
 * storing a long note and handing over takes well under a second; a window that has not answered
 * in this time is frozen, hung or stopped in a debugger.
 */
export const TAKE_OVER_PATIENCE_MS = 5000

/** The state after `event`; an event that does not apply leaves the state as it is. */
export function nextLeaseState(state: EditLeaseState, event: EditLeaseEvent): EditLeaseState {
  switch (event) {
    case 'granted':
      if (state.kind === 'editing' || state.kind === 'handing-over') return state
      return {
        kind: 'editing',
        since:
          state.kind === 'opening'
            ? 'opened'
            : state.kind === 'taking-over'
              ? 'took-over'
              : 'waited'
      }
    case 'refused':
      return state.kind === 'opening' ? { kind: 'elsewhere', why: 'open' } : state
    case 'take-over':
      return state.kind === 'elsewhere' ? { kind: 'taking-over' } : state
    case 'release-asked':
      return state.kind === 'editing' ? { kind: 'handing-over' } : state
    case 'released':
    case 'lost':
      return state.kind === 'handing-over' || state.kind === 'editing'
        ? { kind: 'elsewhere', why: 'taken' }
        : state
    case 'no-answer':
      return state.kind === 'taking-over' ? { kind: 'taking-over', unanswered: true } : state
  }
}

/**
 * Whether the analyst may type here. Only while editing: handing over, the editor is already
 * read-only so nothing typed after the last store can be lost when the lease goes.
 */
export function mayEdit(state: EditLeaseState): boolean {
  return state.kind === 'editing'
}

export interface LeaseNotice {
  text: string
  /** The button beside it ("Take over editing"), or none while nothing can be done. */
  action: string | null
}

const THIS = { note: 'This note', comment: 'This comment' } as const
const THE = { note: 'the note', comment: 'the comment' } as const

/** What a window that does not hold the lease says above the record; null while it edits. */
export function leaseNotice(record: LeasedRecord, state: EditLeaseState): LeaseNotice | null {
  switch (state.kind) {
    case 'opening':
    case 'editing':
      return null
    case 'handing-over':
      return { text: `Saving ${THE[record]} for the other window…`, action: null }
    case 'taking-over':
      return state.unanswered
        ? {
            // Short, like the others; what that window still held is kept when it wakes (the
            // saver's onRefused), so taking over loses nothing of it.
            text: `The other window does not answer about ${THE[record]}.`,
            action: 'Take over anyway'
          }
        : {
            text: `Asking the other window to save ${THE[record]} and hand it over…`,
            action: null
          }
    case 'elsewhere':
      return {
        // Short: it sits above the editor in a narrow pane. The live text below says the rest.
        text:
          state.why === 'open'
            ? `${THIS[record]} is open for editing in another window.`
            : `Another window took over editing ${THE[record]}; what you typed here is saved.`,
        action: 'Take over editing'
      }
  }
}

/**
 * What to announce when the lease changes hands, or null. The one change an analyst could miss
 * is becoming able to edit without having asked: the other window closed or let go.
 */
export function leaseAnnouncement(
  record: LeasedRecord,
  before: EditLeaseState,
  after: EditLeaseState
): string | null {
  if (before.kind === after.kind) return null
  if (after.kind === 'editing' && after.since === 'waited')
    return `The other window stopped editing ${THE[record]}: you can edit it here now.`
  return null
}

/** The lock name of a record's edit lease, the same in every window of the workbench. */
export function leaseName(record: LeasedRecord, id: string): string {
  return `workbench-edit:${record}:${id}`
}
