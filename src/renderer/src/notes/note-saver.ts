import { dataEpoch } from '../services/pending-writes'

/**
 * Coalesces a stream of document changes into few writes without delaying any: the first change
 * is written at once, changes made while a write is in flight are merged into one write that
 * starts as soon as it ends. So a change is stored within one write's time (well under 500 ms),
 * and `flush()` resolves when everything typed so far is stored.
 *
 * A saver writes over the data it was created on only: once a restore has started a new data
 * epoch, its editor's text is not the restored records', and what it still holds is dropped.
 *
 * A saver writes only while its window holds the record's edit lease (`guard.mayWrite`): another
 * window editing the same record would otherwise have its text written over unseen. A value
 * refused for that is handed to `guard.onRefused`, to be kept somewhere visible, never dropped.
 */
export interface WriteGuard<T> {
  /** Checked before every write: whether this window holds the record's edit lease. */
  mayWrite: () => boolean
  /** Receives a value that could not be written; a failure goes to the saver's onError. */
  onRefused: (value: T) => void | Promise<void>
}

const ALWAYS: WriteGuard<unknown> = { mayWrite: () => true, onRefused: () => undefined }

export class NoteSaver<T> {
  private pending: T | undefined
  private hasPending = false
  private inFlight: Promise<void> | null = null
  private readonly epoch = dataEpoch()

  constructor(
    private readonly write: (value: T) => Promise<void>,
    private readonly onError: (err: unknown) => void,
    private readonly guard: WriteGuard<T> = ALWAYS
  ) {}

  /** Records the latest value; starts a write unless one is running. */
  change(value: T): void {
    if (dataEpoch() !== this.epoch) return
    this.pending = value
    this.hasPending = true
    if (!this.inFlight) this.inFlight = this.drain()
  }

  /** Resolves when every change so far has been written. */
  async flush(): Promise<void> {
    while (this.inFlight) await this.inFlight
  }

  private async drain(): Promise<void> {
    try {
      while (this.hasPending) {
        const value = this.pending as T
        this.hasPending = false
        // A value that waited while the restore began (the first one never: change() checked).
        if (dataEpoch() !== this.epoch) continue
        try {
          if (this.guard.mayWrite()) await this.write(value)
          else await this.guard.onRefused(value)
        } catch (err) {
          this.onError(err)
        }
      }
    } finally {
      this.inFlight = null
    }
  }
}
