// Ways to write a parsed backup into the database in ONE transaction, timed side by side by
// bench/backup/restore-variants-bench.ts to find where the restore's time goes. Each variant
// replaces every table with the same parsed records; only the write is timed (no parse).
import Dexie, { liveQuery } from 'dexie'
import { BACKUP_TABLES, parseBackup, type BackupFile } from '@core/backup'
import { restoreBackupFile } from '../../../src/renderer/src/db/commands/backup/restore-backup'
import { WorkbenchDb } from '../../../src/renderer/src/db/workbench-db'

export interface RestoreVariantsBench {
  names: () => string[]
  defaultDurability: () => Promise<string>
  /** Times one variant; `issueMs` is how long queueing its requests took (raw variants). */
  run: (name: string) => Promise<{ ms: number; issueMs: number; longestTaskMs: number }>
}

type Variant = (file: BackupFile) => Promise<void>

const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = tx.onerror = () => reject(tx.error)
  })

function restoreVariants(name: string): {
  variants: Record<string, Variant>
  clearAll: Variant
  defaultDurability: () => Promise<string>
  issueMs: () => number
} {
  const plain = new WorkbenchDb(name)
  const relaxed = new WorkbenchDb(name, { chromeTransactionDurability: 'relaxed' })
  const strict = new WorkbenchDb(name, { chromeTransactionDurability: 'strict' })
  let issue = 0

  const dexieSequential =
    (db: WorkbenchDb, put = false): Variant =>
    async (file) => {
      await db.transaction('rw', db.tables, async () => {
        for (const t of BACKUP_TABLES) {
          await db.table(t).clear()
          if (put) await db.table(t).bulkPut(file.tables[t])
          else await db.table(t).bulkAdd(file.tables[t])
        }
      })
    }
  const dexieConcurrent =
    (db: WorkbenchDb): Variant =>
    async (file) => {
      await db.transaction('rw', db.tables, () =>
        Promise.all(
          BACKUP_TABLES.map((t) =>
            db
              .table(t)
              .clear()
              .then(() => db.table(t).bulkAdd(file.tables[t]))
          )
        )
      )
    }
  // Queue everything without waiting (requests in one transaction run in order anyway).
  // Chunks of `size` records, at most two in flight: the page gets the thread back between chunks
  // while the database always has the next chunk queued.
  const dexieWindowed =
    (db: WorkbenchDb, size: number): Variant =>
    async (file) => {
      await db.transaction('rw', db.tables, async () => {
        let previous: Promise<unknown> = Promise.resolve()
        for (const t of BACKUP_TABLES) {
          await db.table(t).clear()
          const records = file.tables[t]
          for (let i = 0; i < records.length; i += size) {
            const current = db.table(t).bulkAdd(records.slice(i, i + size))
            await previous
            previous = current
          }
        }
        await previous
      })
    }
  // restoreBackupFile's shape with other chunk sizes and counts in flight; `core` writes each
  // chunk with the table's DBCore mutate (the whole middleware stack, change feed and live-query
  // tracking included) instead of Table.bulkAdd.
  const chunked =
    (db: WorkbenchDb, size: number, inFlightMax: number, core = false, put = false): Variant =>
    async (file) => {
      await db.transaction('rw', db.tables, async () => {
        await Promise.all(BACKUP_TABLES.map((t) => db.table(t).clear()))
        const trans = Dexie.currentTransaction as unknown as { idbtrans: unknown }
        const inFlight: Promise<unknown>[] = []
        for (const t of BACKUP_TABLES) {
          const records: readonly unknown[] = file.tables[t]
          for (let i = 0; i < records.length; i += size) {
            const values = records.slice(i, i + size)
            const chunk = core
              ? db
                  .table(t)
                  .core.mutate({
                    type: put ? 'put' : 'add',
                    trans: trans.idbtrans as IDBTransaction,
                    values
                  })
                  .then((r) => {
                    if (r.numFailures > 0) throw new Error('add failed')
                  })
              : put
                ? db.table(t).bulkPut(values)
                : db.table(t).bulkAdd(values)
            chunk.catch(() => undefined)
            inFlight.push(chunk)
            if (inFlight.length >= inFlightMax) await inFlight.shift()
          }
        }
        await Promise.all(inFlight)
      })
    }
  const dexieQueued =
    (db: WorkbenchDb): Variant =>
    async (file) => {
      await db.transaction('rw', db.tables, () => {
        const a = BACKUP_TABLES.map((t) => db.table(t).clear())
        const start = performance.now()
        const b = BACKUP_TABLES.map((t) => db.table(t).bulkAdd(file.tables[t]))
        issue = performance.now() - start
        return Promise.all([...a, ...b])
      })
    }
  const raw =
    (
      durability: IDBTransactionDurability | undefined,
      clear: 'clear' | 'range' | 'none',
      op: 'put' | 'add' = 'put'
    ): Variant =>
    async (file) => {
      await plain.open()
      const idb = plain.backendDB()
      const tx = idb.transaction(
        [...BACKUP_TABLES],
        'readwrite',
        durability ? { durability } : undefined
      )
      const start = performance.now()
      for (const t of BACKUP_TABLES) {
        const store = tx.objectStore(t)
        if (clear === 'clear') store.clear()
        // A range over every key the schema allows (strings): the same records as clear().
        if (clear === 'range') store.delete(IDBKeyRange.lowerBound(''))
        for (const record of file.tables[t]) {
          if (op === 'add') store.add(record)
          else store.put(record)
        }
      }
      issue = performance.now() - start
      await committed(tx)
    }
  // Clearing alone, committed: what emptying 50,000 records costs.
  const clearOnly: Variant = async () => {
    await plain.open()
    const tx = plain.backendDB().transaction([...BACKUP_TABLES], 'readwrite')
    for (const t of BACKUP_TABLES) tx.objectStore(t).clear()
    await committed(tx)
  }
  // A database of index-less stores, one per table: what the same records cost without indexes,
  // and what 50,000 near-empty records cost (the per-request floor).
  let bare: IDBDatabase | undefined
  const openBare = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const req = indexedDB.open(`${name}-bare`, 1)
      req.onupgradeneeded = () => {
        for (const t of BACKUP_TABLES)
          req.result.createObjectStore(t, { keyPath: t === 'settings' ? 'key' : 'id' })
      }
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
  const bareWrite =
    (shape: 'records' | 'tiny'): Variant =>
    async (file) => {
      bare ??= await openBare()
      const tx = bare.transaction([...BACKUP_TABLES], 'readwrite')
      const start = performance.now()
      for (const t of BACKUP_TABLES) {
        const store = tx.objectStore(t)
        store.clear()
        const key = t === 'settings' ? 'key' : 'id'
        for (const record of file.tables[t] as unknown as Record<string, unknown>[])
          store.put(shape === 'records' ? record : { [key]: record[key] })
      }
      issue = performance.now() - start
      await committed(tx)
    }
  // Only the raw variants time their queueing; the others report none (NaN), not a stale figure.
  const resetting = (all: Record<string, Variant>): Record<string, Variant> =>
    Object.fromEntries(
      Object.entries(all).map(([k, run]) => [
        k,
        (file: BackupFile) => {
          issue = Number.NaN
          return run(file)
        }
      ])
    )
  return {
    variants: resetting({
      'bare stores (no indexes), same records': bareWrite('records'),
      'bare stores, 50k key-only records': bareWrite('tiny'),
      'restoreBackupFile (ours)': async (file) => {
        const r = await restoreBackupFile(plain, file)
        if (!r.ok) throw new Error(r.error.message)
      },
      // As in the app, where views hold live queries: Dexie's cache and observability middleware
      // see every chunk while they are subscribed.
      'restoreBackupFile (ours), 3 live queries open': async (file) => {
        const article = file.tables.articles[0]?.id ?? ''
        const next = { next: () => undefined }
        const subs = [
          liveQuery(() => plain.annotations.where('articleId').equals(article).toArray()).subscribe(
            next
          ),
          liveQuery(() => plain.events.where('articleId').equals(article).toArray()).subscribe(
            next
          ),
          liveQuery(() => plain.notes.toArray()).subscribe(next)
        ]
        // Let the queries run once so they hold cached results, as open views do.
        await new Promise((resolve) => setTimeout(resolve, 200))
        try {
          const r = await restoreBackupFile(plain, file)
          if (!r.ok) throw new Error(r.error.message)
        } finally {
          for (const s of subs) s.unsubscribe()
        }
      },
      'chunks 1000 x4, bulkAdd': chunked(plain, 1000, 4),
      'chunks 1000 x4 via table.core.mutate': chunked(plain, 1000, 4, true),
      'chunks 1000 x4, bulkPut': chunked(plain, 1000, 4, false, true),
      'chunks 500 x4': chunked(plain, 500, 4),
      'chunks 2000 x4': chunked(plain, 2000, 4),
      'chunks 4000 x2': chunked(plain, 4000, 2),
      'chunks 1000 x2': chunked(plain, 1000, 2),
      'chunks 1000 x8': chunked(plain, 1000, 8),
      'dexie sequential bulkAdd (before)': dexieSequential(plain),
      'dexie sequential bulkPut': dexieSequential(plain, true),
      'dexie concurrent per table': dexieConcurrent(plain),
      'dexie windowed chunks of 2000': dexieWindowed(plain, 2000),
      'dexie windowed chunks of 500': dexieWindowed(plain, 500),
      'dexie all queued at once': dexieQueued(plain),
      'dexie all queued, relaxed': dexieQueued(relaxed),
      'dexie all queued, strict': dexieQueued(strict),
      'raw IDB one tx, clear + put': raw(undefined, 'clear'),
      'raw IDB one tx, relaxed': raw('relaxed', 'clear'),
      'raw IDB one tx, clear + add': raw(undefined, 'clear', 'add'),
      'raw IDB one tx, delete range': raw(undefined, 'range'),
      'clear only (raw)': clearOnly,
      'raw IDB put into an already empty db': raw(undefined, 'none')
    }),
    clearAll: clearOnly,
    defaultDurability: async () => {
      await plain.open()
      const tx = plain.backendDB().transaction('settings', 'readonly')
      return String(tx.durability)
    },
    issueMs: () => issue
  }
}

/** The variants, driven through `window.__variants`; each writes the parse of `text()`. */
export function installRestoreVariants(name: string, text: () => string): RestoreVariantsBench {
  const kit = restoreVariants(name)
  let parsed: { text: string; file: BackupFile } | undefined
  return {
    names: () => Object.keys(kit.variants),
    defaultDurability: () => kit.defaultDurability(),
    run: async (variant) => {
      if (parsed?.text !== text()) {
        const r = parseBackup(text())
        if (!r.ok) throw new Error(r.error.message)
        parsed = { text: text(), file: r.value }
      }
      const file = parsed.file
      if (variant === 'raw IDB put into an already empty db') await kit.clearAll(file)
      let longest = 0
      const observer = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) longest = Math.max(longest, e.duration)
      })
      observer.observe({ type: 'longtask' })
      window.gc?.()
      const start = performance.now()
      await kit.variants[variant]!(file)
      const ms = performance.now() - start
      // Long tasks are reported after they end: one more task lets the last one arrive.
      await new Promise((resolve) => setTimeout(resolve, 0))
      observer.disconnect()
      return { ms, issueMs: kit.issueMs(), longestTaskMs: longest }
    }
  }
}
