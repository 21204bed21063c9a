import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { BACKUP_TABLES, KNOWN_DATABASE_VERSION, type BackupTables } from '@core/backup'
import { sampleBackupTables } from '@core/backup/fixtures/sample-backup-tables'
import { WorkbenchDb } from '../../workbench-db'
import { createBackupText } from './create-backup-text'
import type { BackupWorkerReply, BackupWorkerRequest } from './backup-worker-protocol'
import { NOT_UTF8_MESSAGE } from './read-backup-data'
import { transferOf } from './open-backup-in-worker'

// The backup worker's own code, run here on this thread: `self` stands for the worker's scope,
// its postMessage for the page's end of the channel.
const scope = self as unknown as {
  onmessage: ((event: { data: BackupWorkerRequest }) => void) | null
  postMessage: (reply: BackupWorkerReply) => void
}
const replies: BackupWorkerReply[] = []
let originalPost: typeof scope.postMessage
beforeAll(async () => {
  originalPost = scope.postMessage
  scope.postMessage = (reply) => void replies.push(reply)
  await import('./backup.worker')
})
afterAll(() => {
  scope.onmessage = null
  scope.postMessage = originalPost
})

/** Sends one request as the page does and waits for the worker's one reply. */
async function send(request: BackupWorkerRequest): Promise<BackupWorkerReply> {
  const before = replies.length
  scope.onmessage!({ data: request })
  await vi.waitFor(() => expect(replies.length).toBe(before + 1))
  return replies[before]!
}

let n = 0
async function backupText(): Promise<{ text: string; source: WorkbenchDb; target: WorkbenchDb }> {
  const source = new WorkbenchDb(`worker-source-${n}`)
  const target = new WorkbenchDb(`worker-target-${n++}`)
  const tables: BackupTables = sampleBackupTables()
  await source.transaction('rw', source.tables, async () => {
    for (const name of BACKUP_TABLES) await source.table(name).bulkAdd(tables[name])
  })
  const text = await createBackupText(source, { now: '2024-05-03T09:07:00.000Z', appVersion: '1' })
  return { text, source, target }
}

/** A Blob whose content may be read only where the test allows it (the worker, here). */
function watchedBlob(text: string): { blob: Blob; reads: () => number } {
  const blob = new Blob([text])
  let reads = 0
  for (const method of ['arrayBuffer', 'text', 'stream', 'bytes', 'slice'] as const) {
    const own = (blob as unknown as Record<string, unknown>)[method]
    if (typeof own !== 'function') continue
    Object.defineProperty(blob, method, {
      value: (...args: unknown[]) => {
        reads++
        return (own as (...a: unknown[]) => unknown).apply(blob, args)
      }
    })
  }
  return { blob, reads: () => reads }
}

describe('the backup worker', () => {
  it('reads the picked file itself (a Blob: the page posts the handle, never its text), then restores it', async () => {
    const { text, source, target } = await backupText()
    const { blob, reads } = watchedBlob(text)
    // Posting a Blob moves nothing: no transfer list, and the page never reads it.
    expect(transferOf(blob)).toEqual([])
    const opened = await send({
      type: 'open',
      data: blob,
      databaseName: target.name,
      knownDatabaseVersion: target.verno
    })
    // Read once, by the worker.
    expect(reads()).toBe(1)
    expect(opened).toMatchObject({
      type: 'opened',
      result: { ok: true, value: { problems: [], header: { appVersion: '1' } } }
    })
    const restored = await send({ type: 'restore', repair: false })
    expect(restored).toMatchObject({ type: 'restored', result: { ok: true } })
    expect(await target.articles.count()).toBe(await source.articles.count())
    await source.delete()
    await target.delete()
  })

  it('reads bytes handed over by transfer (the desktop app) the same way', async () => {
    const { text, source, target } = await backupText()
    const bytes = new TextEncoder().encode(text)
    // The page transfers the bytes' buffer: moved to the worker, not copied.
    expect(transferOf(bytes)).toEqual([bytes.buffer])
    const opened = await send({
      type: 'open',
      data: bytes,
      databaseName: target.name,
      knownDatabaseVersion: target.verno
    })
    expect(opened).toMatchObject({ type: 'opened', result: { ok: true } })
    await source.delete()
    await target.delete()
  })

  it('refuses a binary file with its message, and a cut-off one with its own', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe])
    const request = {
      type: 'open',
      databaseName: 'unused',
      knownDatabaseVersion: KNOWN_DATABASE_VERSION
    } as const
    expect(await send({ ...request, data: new Blob([png]) })).toEqual({
      type: 'opened',
      result: { ok: false, error: { code: 'unsupported', message: NOT_UTF8_MESSAGE } }
    })
    const { text, source, target } = await backupText()
    const cut = await send({ ...request, data: new Blob([text.slice(0, text.length / 2)]) })
    expect(cut).toMatchObject({
      type: 'opened',
      result: {
        ok: false,
        error: {
          message:
            'This backup ends early — the file was probably cut off while copying. Use a complete copy.'
        }
      }
    })
    await source.delete()
    await target.delete()
  })
})
