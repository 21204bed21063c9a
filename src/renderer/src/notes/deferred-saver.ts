/** Where a DeferredSaver hands the values it reads, e.g. a NoteSaver. */
export interface ValueSink<T> {
  change(value: T): void
  /** Resolves when every value handed over so far is stored. */
  flush(): Promise<void>
}

export interface DeferTiming {
  /** How long changes must pause before the value is read and handed over. */
  quietMs: number
  /** The longest a change waits while changes keep coming. */
  maxWaitMs: number
}

/** Runs `run` after `ms`; the returned function cancels it. */
export type Schedule = (run: () => void, ms: number) => () => void

const timeoutSchedule: Schedule = (run, ms) => {
  const id = setTimeout(run, ms)
  return () => clearTimeout(id)
}

/**
 * Defers reading a costly value (a long note serialised to JSON, then cloned into IndexedDB)
 * until changes pause, and hands it over at least every `maxWaitMs` while they go on. Only the
 * latest reader is kept, so a burst of changes costs one read. `flush()` reads and hands over at
 * once: blur, hiding, closing and navigating away call it, so they lose nothing.
 */
export class DeferredSaver<T> {
  private read: (() => T) | null = null
  private cancelQuiet: (() => void) | null = null
  private cancelMax: (() => void) | null = null

  constructor(
    private readonly sink: ValueSink<T>,
    private readonly schedule: Schedule = timeoutSchedule
  ) {}

  /** Whether a change is waiting to be read and handed over. */
  get pending(): boolean {
    return this.read !== null
  }

  /** Records the latest value, to be read when changes pause or the longest wait is reached. */
  change(read: () => T, timing: DeferTiming): void {
    this.read = read
    this.cancelQuiet?.()
    this.cancelQuiet = this.schedule(() => this.handOver(), timing.quietMs)
    this.cancelMax ??= this.schedule(() => this.handOver(), timing.maxWaitMs)
  }

  /** Reads and hands over the pending value now; resolves when everything so far is stored. */
  flush(): Promise<void> {
    this.handOver()
    return this.sink.flush()
  }

  private handOver(): void {
    this.cancelQuiet?.()
    this.cancelMax?.()
    this.cancelQuiet = null
    this.cancelMax = null
    const read = this.read
    this.read = null
    if (read) this.sink.change(read())
  }
}
