import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable } from 'dexie'
import type Dexie from 'dexie'

/**
 * Settings that only record where the analyst is looking (the open article, the theme).
 * Changing them is not work worth a snapshot; every other setting is (colour labels, flags).
 */
export const UI_STATE_SETTINGS: ReadonlySet<string> = new Set(['currentArticleId', 'theme'])

const keyOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null ? (value as { key?: unknown }).key : undefined

/** True when a mutation touches nothing but UI-state settings. */
export function isUiStateOnly(table: string, req: DBCoreMutateRequest): boolean {
  if (table !== 'settings') return false
  let keys: readonly unknown[]
  if (req.type === 'delete') keys = req.keys
  else if (req.type === 'deleteRange') return false
  else keys = req.keys ?? req.values.map(keyOf)
  return keys.length > 0 && keys.every((k) => typeof k === 'string' && UI_STATE_SETTINGS.has(k))
}

function operationCount(req: DBCoreMutateRequest): number {
  if (req.type === 'deleteRange') return 1
  return req.type === 'delete' ? req.keys.length : req.values.length
}

export interface ChangeFeed {
  /** Calls `listener` after every committed change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void
  /**
   * Reports a change committed through another connection to the same database (a restore
   * written by the backup worker), which this connection's middleware cannot see.
   */
  announce: () => void
}

/**
 * Reports every change to the database, whichever command made it: a DBCore middleware sees
 * every add, put and delete, so a new command cannot forget to trigger a snapshot. Install it
 * before the database opens (Dexie builds its middleware stack on open).
 */
export function createChangeFeed(db: Dexie): ChangeFeed {
  const listeners = new Set<() => void>()
  const notify = (): void => {
    for (const listener of [...listeners]) listener()
  }
  // One report per transaction, once it has committed: an aborted transaction changed nothing.
  const awaitingCommit = new WeakSet<object>()
  const afterCommit = (trans: unknown): void => {
    const target = trans as Partial<EventTarget> | null
    if (typeof target?.addEventListener !== 'function') return notify()
    if (awaitingCommit.has(target)) return
    awaitingCommit.add(target)
    target.addEventListener('complete', notify, { once: true })
  }

  db.use({
    stack: 'dbcore',
    name: 'snapshot-change-feed',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> =>
            table.mutate(req).then((res) => {
              const changed = res.numFailures < operationCount(req)
              if (changed && !isUiStateOnly(name, req)) afterCommit(req.trans)
              return res
            })
        }
      }
    })
  })

  return {
    subscribe: (listener) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    announce: notify
  }
}
