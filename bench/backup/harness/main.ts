// The backup bench harness: the real WorkbenchDb, createBackupText and restoreBackup, bundled as
// the app bundles them, on a real IndexedDB in Chromium, beside two plain-IndexedDB baselines.
// The bench drives it through `window.__bench`; every timing is taken here, in the page.
import {
  BACKUP_TABLES,
  checkBackupSize,
  parseBackup,
  serializeBackup,
  createBackup
} from '@core/backup'
import { ok } from '@shared/result'
import { makeBackupText as makeBackupTextAtBaseline } from 'baseline:make-backup-text'
import { createBrowserPlatform as browserPlatformAtBaseline } from 'baseline:browser-platform'
import { createElectronPlatform as electronPlatformAtBaseline } from 'baseline:electron-platform'
import { openBackupInWorker } from '../../../src/renderer/src/db/commands/backup/open-backup-in-worker'
import { makeBackupFile } from '../../../src/renderer/src/db/commands/backup/make-backup-text'
import { createBrowserPlatform } from '../../../src/renderer/src/platform/browser-platform'
import { createElectronPlatform } from '../../../src/renderer/src/platform/electron-platform'
import {
  restoreBackup,
  restoreBackupFile
} from '../../../src/renderer/src/db/commands/backup/restore-backup'
import { readAllTables } from '../../../src/renderer/src/db/queries/read-all-tables'
import { WorkbenchDb } from '../../../src/renderer/src/db/workbench-db'
import { createChangeFeed } from '../../../src/renderer/src/db/change-feed'
import { generateWorkbench } from '../generate-workbench'
import { installRestoreVariants, type RestoreVariantsBench } from './restore-variants'

export interface Timing {
  ms: number
  bytes?: number
  /** The longest task on the page's thread while it ran: how long the page froze at most. */
  longestTaskMs: number
  /** Change-feed reports it caused (the app snapshots on them). */
  changes: number
  /** How much the page's JavaScript heap grew while it ran (a save: the text it held). */
  pageHeapGrowth?: number
}

/** Where a backup is saved: a download (browser mode) or main's write over IPC (desktop). */
export type Shell = 'browser' | 'desktop'
/**
 * What is saved: a backup (Back up) or an automatic snapshot (useSnapshotScheduler: the
 * worker's file to platform.writeSnapshot; in browser mode the real private file system, where
 * the baseline read the stored text back and parsed it on the page).
 */
export type SaveKind = 'backup' | 'snapshot'

export interface BackupBench {
  /**
   * Back up as the app does (useBackupActions.backUp), from the database to the platform's
   * save: ours, or main at the baseline commit (build-harness.ts). Times it and the page's
   * longest task; `bytes` is the size of what was saved.
   */
  save: (who: 'ours' | 'main', shell: Shell, kind?: SaveKind) => Promise<Timing>
  /**
   * `typographic`: every article title gets typographic punctuation (— and ’), as news titles
   * have; the backup's text is then no longer ASCII, which makes V8 hold it with two bytes a
   * character and makes its UTF-8 encoding real work.
   */
  seed: (total: number, typographic?: boolean) => Promise<Record<string, number>>
  counts: () => Promise<Record<string, number>>
  /** UTF-8 size of the last backup text. */
  size: () => number
  ours: { backup: () => Promise<Timing>; restore: () => Promise<Timing> }
  baseline: { backup: () => Promise<Timing>; restore: () => Promise<Timing> }
  /** The restore as it was before it validated in a worker and wrote in chunks, for A/B. */
  before: { restore: () => Promise<Timing> }
  /** Encodes the last backup as the bytes main would read; returns their number. */
  prepareBytes: () => number
  /** Ours, from those bytes transferred to the worker (the desktop app's path). */
  restoreFromBytes: () => Promise<Timing>
  /** Where our time goes (reported, not held to a target). */
  breakdown: () => Promise<Record<string, number>>
}

declare global {
  interface Window {
    __bench: BackupBench
    __variants: RestoreVariantsBench
    gc?: () => void
  }
}

const db = new WorkbenchDb('backup-bench')
// As in the app (src/renderer/src/db/db.ts): the snapshot middleware sees every write.
let changes = 0
const feed = createChangeFeed(db)
feed.subscribe(() => changes++)
/** The text every restore (ours and the baseline's) starts from: the last backup ours made. */
let text = ''
/**
 * The same backup as the file the analyst picks (a File is a Blob): what the app hands its
 * backup worker. Made outside the timings, as the browser makes it before the app sees it.
 */
let file: { of: string; blob: Blob } | null = null
/** The same backup as the bytes the desktop app's main process reads (prepareBytes). */
let bytes: Uint8Array | null = null
const backupFile = (): Blob => {
  if (file?.of !== text) file = { of: text, blob: new Blob([text], { type: 'application/json' }) }
  return file.blob
}

const done = (request: IDBRequest): Promise<unknown> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = tx.onerror = () => reject(tx.error)
  })

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

async function timed(run: () => Promise<number | void>): Promise<Timing> {
  window.gc?.()
  let longest = 0
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration)
  })
  observer.observe({ type: 'longtask' })
  changes = 0
  // Start in a task of the page's own: tasks run by the bench's evaluate call are not reported as
  // long tasks, and a parse on the page would go unseen.
  await nextTask()
  const start = performance.now()
  const bytes = await run()
  const ms = performance.now() - start
  // Long tasks and the change feed's report (on the transaction's complete event) arrive after
  // the task that ends them: one more task lets them in.
  await nextTask()
  observer.disconnect()
  return {
    ms,
    longestTaskMs: longest,
    changes,
    ...(typeof bytes === 'number' ? { bytes } : {})
  }
}

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const name of BACKUP_TABLES) out[name] = await db.table(name).count()
  return out
}

// Nothing is downloaded: the anchor the browser platform clicks only records what it would save.
let saved: string[] = []
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
  saved.push(this.download)
}
/** The size of the last Blob given a URL (what the download would write). */
let downloadBytes = 0
const createObjectURL = URL.createObjectURL.bind(URL)
URL.createObjectURL = (blob: Blob | MediaSource) => {
  if (blob instanceof Blob) downloadBytes = blob.size
  return createObjectURL(blob)
}
/**
 * The desktop app's save as far as the page's thread sees it: Electron's ipcRenderer.invoke
 * serialises the request into a message (the V8 serialiser, as postMessage does) on the page's
 * thread; main deserialises and writes it in its own process. Modelled by posting the request to
 * a MessagePort nobody reads, which serialises it and nothing more. A model: the contextBridge's
 * own copy of the arguments is not in it.
 */
let ipcChannel = new MessageChannel()
let sent: string | Uint8Array | null = null
const ipc = {
  saveFile: async (request: { suggestedName: string; data: string | Uint8Array }) => {
    ipcChannel.port1.postMessage(request)
    sent = request.data
    return ok({ path: `/home/analyst/${request.suggestedName}` })
  },
  writeSnapshot: async (request: { data: string | Uint8Array; reason: string }) => {
    ipcChannel.port1.postMessage(request)
    sent = request.data
    const bytes = typeof request.data === 'string' ? 0 : request.data.byteLength
    return ok({ name: 'snapshot.json', createdAt: '', bytes, warning: null })
  }
}
const platforms = {
  ours: { browser: createBrowserPlatform(document), desktop: createElectronPlatform(ipc as never) },
  main: {
    browser: browserPlatformAtBaseline(document),
    desktop: electronPlatformAtBaseline(ipc)
  }
}
const request = { filters: [{ name: 'Analyst Workbench backup', extensions: ['json'] }] }

/** The page's JavaScript heap in use (precise with --enable-precise-memory-info). */
const heapBytes = (): number =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0

function savedSize(shell: Shell): number {
  if (shell === 'desktop') {
    // Outside the timing: what main would write (a string is written as UTF-8).
    if (sent === null) throw new Error('nothing was sent')
    return typeof sent === 'string' ? new Blob([sent]).size : sent.byteLength
  }
  if (saved.length !== 1) throw new Error(`${saved.length} downloads, not 1`)
  return downloadBytes
}

window.__bench = {
  save: async (who, shell, kind = 'backup') => {
    saved = []
    sent = null
    downloadBytes = 0
    // A fresh channel: the messages of the last save, never read, are dropped with the old one.
    ipcChannel.port1.close()
    ipcChannel = new MessageChannel()
    const ctx = { now: new Date().toISOString(), appVersion: 'bench' }
    const suggestedName = `analyst-workbench-backup-${who}.json`
    let grew = 0
    let stored = 0
    const t = await timed(async () => {
      const heapAtStart = heapBytes()
      if (kind === 'snapshot') {
        // useSnapshotScheduler's write: ours hands on the worker's file; main, the worker's text.
        const written =
          who === 'ours'
            ? await platforms.ours[shell].writeSnapshot({
                data: await makeBackupFile(db, ctx, shell === 'desktop' ? 'bytes' : 'blob'),
                reason: 'change'
              })
            : await platforms.main[shell].writeSnapshot({
                data: await makeBackupTextAtBaseline(db, ctx),
                reason: 'change'
              })
        if (!written.ok) throw new Error(written.error.message)
        stored = written.value.bytes
      } else if (who === 'ours') {
        // useBackupActions.backUp now: the worker's bytes, a Blob (browser) or a transferred
        // buffer (desktop), handed on unread.
        const file =
          shell === 'desktop'
            ? await makeBackupFile(db, ctx, 'bytes')
            : await makeBackupFile(db, ctx, 'blob')
        const size = checkBackupSize(file instanceof Blob ? file.size : file.byteLength)
        if (!size.ok) throw new Error(size.error.message)
        const done = await platforms.ours[shell].saveFile({ ...request, suggestedName, data: file })
        if (!done.ok) throw new Error(done.error.message)
      } else {
        // useBackupActions.backUp at the baseline: the worker's text, its size, then the text.
        const text = await makeBackupTextAtBaseline(db, ctx)
        const size = checkBackupSize(new Blob([text]).size)
        if (!size.ok) throw new Error(size.error.message)
        const done = await platforms.main[shell].saveFile({ ...request, suggestedName, data: text })
        if (!done.ok) throw new Error(done.error.message)
      }
      // Before any collection: what the save left in the page's heap (the text, its copies).
      grew = heapBytes() - heapAtStart
    })
    const bytes =
      kind === 'backup' ? savedSize(shell) : shell === 'browser' ? stored : savedSize(shell)
    return { ...t, bytes, pageHeapGrowth: grew }
  },
  seed: async (total, typographic = false) => {
    await db.delete()
    await db.open()
    const tables = generateWorkbench(total)
    if (typographic)
      for (const article of tables.articles)
        article.title = `${article.title} — the ministry’s account`
    await db.transaction('rw', db.tables, async () => {
      for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(tables[name])
    })
    text = serializeBackup(createBackup(tables, { now: '', appVersion: '', databaseVersion: 3 }))
    return counts()
  },
  counts,
  size: () => new Blob([text]).size,
  ours: {
    backup: async () => {
      // As the app backs up: read, serialised and encoded in a worker; the page receives a Blob.
      let made: Blob | null = null
      const t = await timed(async () => {
        made = await makeBackupFile(
          db,
          { now: new Date().toISOString(), appVersion: 'bench' },
          'blob'
        )
        return made.size
      })
      // Outside the timing: the text the restores below read.
      text = await (made as Blob | null)!.text()
      return t
    },
    restore: () => {
      const picked = backupFile()
      return timed(async () => {
        // As the app restores (useBackupActions, snapshots): the page hands the picked file to
        // a worker that reads, checks and writes it and holds the backup; the page only waits.
        const opened = await openBackupInWorker(db, () => feed.announce())!(picked)
        if (!opened.ok) throw new Error(opened.error.message)
        const result = await opened.value.restore({ repair: false })
        if (!result.ok) throw new Error(result.error.message)
      })
    }
  },
  before: {
    // As the app restored before December 2026: everything on the page's thread (parseBackup,
    // the reference check, then one transaction of chunked bulkPuts).
    restore: () =>
      timed(async () => {
        const result = await restoreBackup(db, text)
        if (!result.ok) throw new Error(result.error.message)
      })
  },
  baseline: {
    // Raw IndexedDB: getAll of each table in one transaction, then JSON.stringify. No envelope.
    backup: () =>
      timed(async () => {
        const idb = db.backendDB()
        const tx = idb.transaction([...BACKUP_TABLES], 'readonly')
        const lists = await Promise.all(
          BACKUP_TABLES.map((name) => done(tx.objectStore(name).getAll()))
        )
        const json = JSON.stringify({
          tables: Object.fromEntries(BACKUP_TABLES.map((n, i) => [n, lists[i]]))
        })
        return json.length
      }),
    // JSON.parse, then one put per record, one transaction per table, no validation.
    restore: () =>
      timed(async () => {
        const file = JSON.parse(text) as { tables: Record<string, unknown[]> }
        const idb = db.backendDB()
        for (const name of BACKUP_TABLES) {
          const tx = idb.transaction(name, 'readwrite')
          const store = tx.objectStore(name)
          store.clear()
          for (const record of file.tables[name] ?? []) store.put(record)
          await committed(tx)
        }
      })
  },
  // The desktop app's way in: the bytes main read, transferred (not copied) to the worker. The
  // bytes are made in a call of their own, so encoding them is not counted as the restore's.
  prepareBytes: () => {
    bytes = new TextEncoder().encode(text)
    return bytes.byteLength
  },
  restoreFromBytes: () => {
    const handed = bytes
    bytes = null
    if (!handed) throw new Error('prepareBytes first')
    return timed(async () => {
      const opened = await openBackupInWorker(db, () => feed.announce())!(handed)
      if (!opened.ok) throw new Error(opened.error.message)
      const result = await opened.value.restore({ repair: false })
      if (!result.ok) throw new Error(result.error.message)
    })
  },
  breakdown: async () => {
    const t = performance.now.bind(performance)
    window.gc?.()
    let a = t()
    const tables = await db.transaction('r', db.tables, () => readAllTables(db))
    const read = t() - a
    a = t()
    const serialized = serializeBackup(
      createBackup(tables, { now: '', appVersion: '', databaseVersion: 3 })
    )
    const stringify = t() - a
    window.gc?.()
    a = t()
    const parsed = JSON.parse(serialized) as unknown
    const jsonParse = t() - a
    a = t()
    const valid = parseBackup(serialized)
    const parseAndValidate = t() - a
    if (!valid.ok || !parsed) throw new Error('breakdown: invalid backup')
    window.gc?.()
    const blob = new Blob([serialized])
    a = t()
    const inWorker = await openBackupInWorker(db)!(blob)
    const readInWorker = t() - a
    if (!inWorker.ok) throw new Error(inWorker.error.message)
    inWorker.value.close()
    window.gc?.()
    a = t()
    const written = await restoreBackupFile(db, valid.value)
    const write = t() - a
    if (!written.ok) throw new Error(written.error.message)
    return {
      'backup: read every table (one transaction)': read,
      'backup: envelope + JSON.stringify': stringify,
      'restore: JSON.parse alone': jsonParse,
      'restore: parseBackup (JSON.parse + every record validated: quickAccept, zod if in doubt)':
        parseAndValidate,
      'restore: openBackupInWorker from the file (read, decode, JSON.parse, every record, every reference, in a worker)':
        readInWorker,
      'restore: restoreBackupFile, one transaction, clear + bulkPut in chunks': write
    }
  }
}
// Write-only variants for bench/backup/restore-variants-bench.ts, on the same database.
window.__variants = installRestoreVariants('backup-bench', () => text)

document.getElementById('status')!.textContent = 'ready'
