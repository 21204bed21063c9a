import { UndoStack } from '@core/undo/undo-stack'

/** The session's one undo history, shared by every pane. */
export const undoStack = new UndoStack()

/**
 * Records a change already written to `table`: undo writes `before` back (or deletes what was
 * created), redo writes `after` again (or deletes again). Records are full snapshots, so undo
 * restores every field exactly.
 */
/** The two table operations undo needs; any Dexie table of id-keyed records has them. */
interface UndoableTable<T> {
  put(value: T): Promise<unknown>
  delete(key: string): Promise<void>
}

export function recordChange<T extends { id: string }>(
  table: UndoableTable<NoInfer<T>>,
  label: string,
  before: T | undefined,
  after: T | undefined
): void {
  const restore = async (value: T | undefined, other: T | undefined): Promise<void> => {
    if (value) await table.put(value)
    else if (other) await table.delete(other.id)
  }
  undoStack.push({ label, undo: () => restore(before, after), redo: () => restore(after, before) })
}

/** One undo step made of several record changes (a merge, a split, accepting suggestions). */
export function recordBatch(
  label: string,
  changes: {
    table: UndoableTable<never>
    before: { id: string } | undefined
    after: { id: string } | undefined
  }[]
): void {
  const apply = async (which: 'before' | 'after'): Promise<void> => {
    for (const c of which === 'before' ? [...changes].reverse() : changes) {
      const value = c[which]
      const other = which === 'before' ? c.after : c.before
      const table = c.table as unknown as UndoableTable<{ id: string }>
      if (value) await table.put(value)
      else if (other) await table.delete(other.id)
    }
  }
  undoStack.push({ label, undo: () => apply('before'), redo: () => apply('after') })
}
