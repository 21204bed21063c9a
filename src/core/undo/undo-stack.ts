/** One undoable change: how to apply it again and how to take it back, plus a label for the UI. */
export interface UndoEntry {
  label: string
  undo: () => Promise<void>
  redo: () => Promise<void>
}

export interface UndoState {
  canUndo: boolean
  canRedo: boolean
  undoLabel: string | null
  redoLabel: string | null
}

/**
 * A bounded undo/redo history. Operations run one at a time (a queue), so a fast double Ctrl+Z
 * never interleaves two database writes; a new change clears the redo side, as editors do.
 */
export class UndoStack {
  private done: UndoEntry[] = []
  private undone: UndoEntry[] = []
  private queue: Promise<void> = Promise.resolve()
  private listeners = new Set<(s: UndoState) => void>()

  constructor(private readonly limit = 200) {}

  /** Records a change that has already been applied. */
  push(entry: UndoEntry): void {
    this.done.push(entry)
    if (this.done.length > this.limit) this.done.shift()
    this.undone = []
    this.emit()
  }

  /** Takes back the latest change; resolves to its label, or null when there was none. */
  undo(): Promise<string | null> {
    return this.step(this.done, this.undone, 'undo')
  }

  /** Applies again the latest undone change. */
  redo(): Promise<string | null> {
    return this.step(this.undone, this.done, 'redo')
  }

  /** Forgets every change, e.g. after a restore replaced the data they refer to. */
  clear(): void {
    this.done = []
    this.undone = []
    this.emit()
  }

  /** Whether `entry` is the change Ctrl+Z would take back next (a notice's Undo checks it). */
  isLatest(entry: UndoEntry): boolean {
    return this.done.at(-1) === entry
  }

  state(): UndoState {
    return {
      canUndo: this.done.length > 0,
      canRedo: this.undone.length > 0,
      undoLabel: this.done.at(-1)?.label ?? null,
      redoLabel: this.undone.at(-1)?.label ?? null
    }
  }

  subscribe(listener: (s: UndoState) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private step(from: UndoEntry[], to: UndoEntry[], op: 'undo' | 'redo'): Promise<string | null> {
    const run = this.queue.then(async () => {
      const entry = from.pop()
      if (!entry) return null
      try {
        await entry[op]()
      } catch (err) {
        // A failed step stays where it was so the user can retry; the history is not corrupted.
        from.push(entry)
        this.emit()
        throw err
      }
      to.push(entry)
      this.emit()
      return entry.label
    })
    this.queue = run.then(
      () => undefined,
      () => undefined
    )
    return run
  }

  private emit(): void {
    const s = this.state()
    for (const l of this.listeners) l(s)
  }
}
