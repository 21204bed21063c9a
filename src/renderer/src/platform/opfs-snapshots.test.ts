import { describe, expect, it, vi } from 'vitest'
import { fail, ok } from '@shared/result'
import { snapshotName } from '@shared/snapshot-names'
import {
  createOpfsSnapshots,
  OPFS_UNSUPPORTED_MESSAGE,
  type OpfsDirectory,
  type OpfsFileHandle,
  type OpfsSnapshotDeps
} from './opfs-snapshots'

const domError = (name: string) => Object.assign(new Error(`${name}: simulated`), { name })

/**
 * An in-memory origin private file system. Like the real one, a writable stream only replaces
 * the file's content on close(); `failWrite` makes write() fail the way a full quota does.
 */
class MemoryDirectory implements OpfsDirectory {
  readonly files = new Map<string, Blob>()
  readonly dirs = new Map<string, MemoryDirectory>()
  failWrite: string | null = null
  corruptReads = false

  async getDirectoryHandle(name: string, options?: { create?: boolean }) {
    let dir = this.dirs.get(name)
    if (!dir) {
      if (!options?.create) throw domError('NotFoundError')
      dir = new MemoryDirectory()
      this.dirs.set(name, dir)
    }
    return dir
  }

  async getFileHandle(name: string, options?: { create?: boolean }): Promise<OpfsFileHandle> {
    if (!this.files.has(name)) {
      if (!options?.create) throw domError('NotFoundError')
      this.files.set(name, new Blob([]))
    }
    return {
      getFile: async () => {
        const stored = this.files.get(name)
        if (stored === undefined) throw domError('NotFoundError')
        return this.corruptReads ? new Blob([stored, ' ']) : stored
      },
      createWritable: async () => {
        const pending: Blob[] = []
        return {
          write: async (data: Blob) => {
            if (this.failWrite) throw domError(this.failWrite)
            pending.push(data)
          },
          close: async () => void this.files.set(name, new Blob(pending)),
          abort: async () => undefined
        }
      }
    }
  }

  async removeEntry(name: string) {
    if (!this.files.delete(name)) throw domError('NotFoundError')
  }

  async *keys() {
    yield* [...this.files.keys(), ...this.dirs.keys()]
  }
}

function setup(overrides: Partial<OpfsSnapshotDeps> = {}) {
  const root = new MemoryDirectory()
  let clock = Date.UTC(2024, 2, 7, 9, 0, 0)
  const snapshots = createOpfsSnapshots({
    getRoot: async () => root,
    estimate: async () => ({ quota: 10 * 1024 ** 3, usage: 0 }),
    now: () => new Date((clock += 1000)),
    verify: (text) => (text.startsWith('{') ? ok(null) : fail('invalid-payload', 'not JSON')),
    ...overrides
  })
  const folder = () => root.dirs.get('snapshots')!
  return { root, snapshots, folder }
}

describe('createOpfsSnapshots', () => {
  it('stores the backup worker’s Blob as it is, and has the stored file checked against it', async () => {
    const check = vi.fn(async (written: Blob, source: Blob) =>
      (await written.text()) === (await source.text()) ? ok(null) : fail('io-error', 'differs')
    )
    const verify = vi.fn(() => ok(null))
    const { snapshots, folder } = setup({ check, verify })
    const blob = new Blob(['{"a":"ü"}'], { type: 'application/json' })
    const written = await snapshots.writeSnapshot({ data: blob, reason: 'change' })
    expect(written).toMatchObject({ ok: true, value: { bytes: 10 } })
    const stored = folder().files.get('snapshot-20240307-090001-000.json')
    // The Blob went to storage and, beside the stored file, to the check; the page read no text
    // (no verify here).
    await expect(stored?.text()).resolves.toBe('{"a":"ü"}')
    expect(check).toHaveBeenCalledWith(stored, blob)
    expect(verify).not.toHaveBeenCalled()
  })

  it('removes a snapshot its check refuses, and says why', async () => {
    const check = vi.fn(async () => fail('invalid-payload', 'The snapshot is not a valid backup.'))
    const { snapshots, folder } = setup({ check })
    await expect(
      snapshots.writeSnapshot({ data: new Blob(['{}']), reason: 'change' })
    ).resolves.toEqual(fail('invalid-payload', 'The snapshot is not a valid backup.'))
    expect(folder().files.size).toBe(0)
    await expect(
      snapshots.writeSnapshot({ data: new Blob([]), reason: 'change' })
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
  })

  it('writes, lists and reads snapshots in a snapshots folder under the shared names', async () => {
    const { snapshots, folder } = setup()
    const written = await snapshots.writeSnapshot({ data: '{"a":"ü"}', reason: 'change' })
    expect(written).toEqual({
      ok: true,
      value: {
        name: 'snapshot-20240307-090001-000.json',
        createdAt: '2024-03-07T09:00:01.000Z',
        bytes: 10,
        warning: null
      }
    })
    expect([...folder().files.keys()]).toEqual(['snapshot-20240307-090001-000.json'])
    await expect(snapshots.listSnapshots()).resolves.toEqual({
      ok: true,
      value: [
        {
          name: 'snapshot-20240307-090001-000.json',
          createdAt: '2024-03-07T09:00:01.000Z',
          bytes: 10
        }
      ]
    })
    // The file itself, for the backup worker to read; not its text.
    const read = await snapshots.readSnapshot({ name: 'snapshot-20240307-090001-000.json' })
    if (!read.ok || !(read.value instanceof Blob)) throw new Error('not the snapshot file')
    await expect(read.value.text()).resolves.toBe('{"a":"ü"}')
  })

  it('keeps the newest 20 and leaves foreign files alone', async () => {
    const { snapshots, folder } = setup()
    await snapshots.writeSnapshot({ data: '{}', reason: 'change' })
    folder().files.set('mine.txt', new Blob(['x']))
    const names: string[] = []
    for (let i = 0; i < 24; i++) {
      const result = await snapshots.writeSnapshot({ data: `{"n":${i}}`, reason: 'change' })
      if (result.ok) names.push(result.value.name)
    }
    const left = [...folder().files.keys()].sort()
    expect(left).toEqual([...names.slice(4), 'mine.txt'].sort())
  })

  it('removes a snapshot that fails verification or reads back differently', async () => {
    const { snapshots, folder } = setup()
    const invalid = await snapshots.writeSnapshot({ data: 'garbage', reason: 'change' })
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
    folder().corruptReads = true
    const corrupt = await snapshots.writeSnapshot({ data: '{}', reason: 'change' })
    expect(corrupt).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringContaining('read back differently') }
    })
    expect(folder().files.size).toBe(0)
  })

  it('reports a full quota clearly and leaves no file', async () => {
    const { snapshots, root } = setup()
    await root.getDirectoryHandle('snapshots', { create: true })
    root.dirs.get('snapshots')!.failWrite = 'QuotaExceededError'
    const result = await snapshots.writeSnapshot({ data: '{}', reason: 'change' })
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'io-error',
        message:
          'The snapshot could not be written: the browser’s storage for the workbench is full.'
      }
    })
    expect(root.dirs.get('snapshots')!.files.size).toBe(0)
  })

  it('warns from the storage estimate when space is low, and refuses when it cannot fit', async () => {
    const low = setup({
      estimate: async () => ({ quota: 50 * 1024 * 1024, usage: 20 * 1024 * 1024 })
    })
    const warned = await low.snapshots.writeSnapshot({ data: '{}', reason: 'change' })
    expect(warned.ok && warned.value.warning).toMatch(/running low \(30 MB free/)
    const full = setup({ estimate: async () => ({ quota: 100, usage: 99 }) })
    const refused = await full.snapshots.writeSnapshot({ data: '{"a":1}', reason: 'change' })
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Not enough space') }
    })
  })

  it('fails with unsupported and a clear message where there is no private file system', async () => {
    const { snapshots } = setup({ getRoot: undefined })
    for (const result of [
      await snapshots.writeSnapshot({ data: '{}', reason: 'change' }),
      await snapshots.listSnapshots(),
      await snapshots.readSnapshot({ name: snapshotName(new Date()) })
    ]) {
      expect(result).toEqual({
        ok: false,
        error: { code: 'unsupported', message: OPFS_UNSUPPORTED_MESSAGE }
      })
    }
  })

  it('lists nothing before the first snapshot and refuses names that are not snapshot names', async () => {
    const { snapshots } = setup()
    await expect(snapshots.listSnapshots()).resolves.toEqual({ ok: true, value: [] })
    await expect(snapshots.readSnapshot({ name: '../x' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' }
    })
    await expect(
      snapshots.readSnapshot({ name: 'snapshot-20240307-090001-000.json' })
    ).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})
