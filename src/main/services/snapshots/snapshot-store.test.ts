import * as fsp from 'node:fs/promises'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fail, ok } from '@shared/result'
import { snapshotName } from '@shared/snapshot-names'
import { tempPathFor, writeFileAtomic } from '../atomic-write'
import {
  createSnapshotStore,
  listSnapshots,
  readSnapshot,
  removeStaleTempFiles,
  snapshotFolder,
  writeSnapshot,
  type SnapshotStoreDeps
} from './snapshot-store'

vi.mock('electron', () => ({}))

let dataDir: string
let dir: string
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'snapshots-'))
  dir = snapshotFolder(dataDir)
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

const GB = 1024 ** 3
const validJson = (text: string) => {
  try {
    JSON.parse(text)
    return ok(null)
  } catch {
    return fail('invalid-payload', 'not JSON')
  }
}

function deps(overrides: Partial<SnapshotStoreDeps> = {}): SnapshotStoreDeps {
  let clock = Date.UTC(2024, 2, 7, 9, 0, 0)
  return {
    dir,
    now: () => new Date((clock += 1000)),
    verify: validJson,
    fs: { statfs: async () => ({ bavail: 100 * GB, bsize: 1 }) },
    ...overrides
  }
}

const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })

describe('writeSnapshot', () => {
  it('writes into <dataDir>/snapshots under a sortable UTC name and reports it', async () => {
    const text = JSON.stringify({ articles: [{ title: 'Strikes in Syria – “quoted”' }] })
    const written = await writeSnapshot(text, deps())
    expect(written).toEqual({
      name: 'snapshot-20240307-090001-000.json',
      createdAt: '2024-03-07T09:00:01.000Z',
      bytes: Buffer.byteLength(text),
      warning: null
    })
    expect(await readFile(join(dataDir, 'snapshots', written.name), 'utf8')).toBe(text)
    expect(await readdir(dir)).toEqual([written.name])
  })

  it('writes the bytes the renderer sends, checked as their text would be', async () => {
    const text = JSON.stringify({ articles: [{ title: 'Frappes à Deir ez-Zor – “citées”' }] })
    const bytes = new TextEncoder().encode(text)
    const verify = vi.fn(validJson)
    const written = await writeSnapshot(bytes, deps({ verify }))
    expect(verify).toHaveBeenCalledWith(text)
    expect(written.bytes).toBe(bytes.byteLength)
    expect(await readFile(join(dir, written.name))).toEqual(Buffer.from(bytes))
  })

  it('refuses bytes that are not UTF-8 or not a backup, and writes nothing', async () => {
    await expect(writeSnapshot(new Uint8Array([0x7b, 0xff, 0x7d]), deps())).rejects.toMatchObject({
      code: 'invalid-payload',
      message: 'The snapshot is not UTF-8 text, so it is not a backup; nothing was written.'
    })
    await expect(writeSnapshot(new TextEncoder().encode('not json'), deps())).rejects.toMatchObject(
      { code: 'invalid-payload' }
    )
    await expect(writeSnapshot(new Uint8Array(0), deps())).rejects.toMatchObject({
      code: 'invalid-payload'
    })
    await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('keeps the newest 20 of 25, never the foreign files', async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'notes.txt'), 'mine')
    await writeFile(join(dir, 'snapshot-old.json'), 'not a snapshot name')
    const d = deps()
    const names: string[] = []
    for (let i = 0; i < 25; i++) names.push((await writeSnapshot(`{"n":${i}}`, d)).name)
    const left = (await readdir(dir)).sort()
    expect(left).toEqual([...names.slice(5), 'notes.txt', 'snapshot-old.json'].sort())
    expect(await readFile(join(dir, names[24]!), 'utf8')).toBe('{"n":24}')
  })

  it('never rotates away the snapshot just written, even with the clock set back', async () => {
    await mkdir(dir, { recursive: true })
    const future = Array.from({ length: 20 }, (_, i) =>
      snapshotName(new Date(Date.UTC(2030, 0, 1, 0, 0, i)))
    )
    for (const name of future) await writeFile(join(dir, name), '{}')
    const written = await writeSnapshot('{"latest":true}', deps())
    const left = await readdir(dir)
    expect(left).toContain(written.name)
    expect(left).toHaveLength(20)
    expect(written.name > future[19]!).toBe(true)
  })

  it('refuses a snapshot that fails verification, writing nothing, and reports why', async () => {
    const d = deps({ verify: () => fail('invalid-payload', 'unknown format version 9') })
    await expect(writeSnapshot('{"format":9}', d)).rejects.toMatchObject({
      code: 'invalid-payload',
      message: expect.stringContaining('unknown format version 9')
    })
    // Not even the folder: the check comes before anything touches the disk.
    expect(await readdir(dir).catch(() => [])).toEqual([])
  })

  it('deletes a snapshot whose bytes read back differently', async () => {
    const d = deps({
      fs: {
        statfs: async () => ({ bavail: 100 * GB, bsize: 1 }),
        readFile: async (path) => {
          const bytes = await fsp.readFile(path)
          bytes[0] = bytes[0]! ^ 1
          return bytes
        }
      }
    })
    await expect(writeSnapshot('{"a":1}', d)).rejects.toMatchObject({
      code: 'io-error',
      message: expect.stringContaining('read back differently')
    })
    expect(await readdir(dir)).toEqual([])
  })

  it('warns when free space is low but the snapshot still fits', async () => {
    const d = deps({ fs: { statfs: async () => ({ bavail: 3 * 1024, bsize: 4096 }) } })
    const written = await writeSnapshot('{"a":1}', d)
    expect(written.warning).toMatch(/running low \(12 MB free/)
    expect(await readdir(dir)).toEqual([written.name])
  })

  it('refuses before writing when the snapshot cannot fit', async () => {
    const d = deps({ fs: { statfs: async () => ({ bavail: 3, bsize: 1 }) } })
    await expect(writeSnapshot('{"a":1}', d)).rejects.toMatchObject({
      code: 'io-error',
      message: expect.stringContaining('Not enough space')
    })
    expect(await readdir(dir)).toEqual([])
  })

  it('writes without a space check where free space cannot be read', async () => {
    const d = deps({ fs: { statfs: async () => Promise.reject(fsError('ENOSYS')) } })
    await expect(writeSnapshot('{}', d)).resolves.toMatchObject({ warning: null })
  })

  it('turns a full disk during the write into a clear failure with no file left', async () => {
    const failingOpen = (async (path: string, flags?: string) => {
      const handle = await fsp.open(path, flags)
      handle.writeFile = async () => Promise.reject(fsError('ENOSPC'))
      return handle
    }) as typeof fsp.open
    const d = deps({
      write: (path, data) =>
        writeFileAtomic(path, data, { open: failingOpen, rename: fsp.rename, rm: fsp.rm })
    })
    await expect(writeSnapshot('{"a":1}', d)).rejects.toMatchObject({
      code: 'io-error',
      message: 'The snapshot could not be written: the disk is full.'
    })
    expect(await readdir(dir)).toEqual([])
  })

  it('refuses an oversized snapshot without touching the disk', async () => {
    const write = vi.fn(async () => undefined)
    const huge = 'x'.repeat(150 * 1024 * 1024 + 1)
    await expect(writeSnapshot(huge, deps({ write }))).rejects.toMatchObject({ code: 'too-large' })
    expect(write).not.toHaveBeenCalled()
  })

  it('reports a snapshot that could not be rotated away as a warning, not a failure', async () => {
    const d = deps()
    for (let i = 0; i < 20; i++) await writeSnapshot('{}', d)
    d.fs = { ...d.fs, rm: async () => Promise.reject(fsError('EBUSY')) }
    const written = await writeSnapshot('{}', d)
    expect(written.warning).toMatch(/could not be deleted: the file is in use/)
    expect(await readdir(dir)).toHaveLength(21)
  })
})

describe('listSnapshots and readSnapshot', () => {
  it('lists newest first with dates and sizes, ignoring foreign files', async () => {
    const d = deps()
    const first = await writeSnapshot('{"a":1}', d)
    const second = await writeSnapshot('{"a":22}', d)
    await writeFile(join(dir, 'readme.md'), '#')
    expect(await listSnapshots(dir)).toEqual([
      { name: second.name, createdAt: second.createdAt, bytes: 8 },
      { name: first.name, createdAt: first.createdAt, bytes: 7 }
    ])
  })

  it('lists nothing before the first snapshot', async () => {
    await expect(listSnapshots(dir)).resolves.toEqual([])
  })

  it('reads a snapshot back as its bytes, undecoded (the renderer’s backup worker decodes them)', async () => {
    const written = await writeSnapshot('{"é":"ü"}', deps())
    const bytes = await readSnapshot(dir, written.name)
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(bytes)).toBe('{"é":"ü"}')
    expect(bytes.buffer.byteLength).toBe(bytes.byteLength)
  })

  it('refuses names that are not snapshot names, so no path leaves the folder', async () => {
    await writeFile(join(dataDir, 'x'), 'secret')
    for (const name of ['../x', '..', 'snapshot-20240307-090001-000.json/../../x', '/etc/passwd']) {
      await expect(readSnapshot(dir, name)).rejects.toMatchObject({ code: 'invalid-payload' })
    }
  })

  it('says not-found for a snapshot that no longer exists', async () => {
    await expect(readSnapshot(dir, 'snapshot-20240307-090001-000.json')).rejects.toMatchObject({
      code: 'not-found'
    })
  })
})

describe('createSnapshotStore', () => {
  it('writes one snapshot at a time, so concurrent writes get distinct names', async () => {
    const store = createSnapshotStore(deps({ now: () => new Date(Date.UTC(2024, 0, 1)) }))
    const [a, b] = await Promise.all([store.write('{"a":1}'), store.write('{"b":2}')])
    expect(a.name).not.toBe(b.name)
    expect((await store.list()).map((s) => s.name)).toEqual([b.name, a.name])
    expect(new TextDecoder().decode(await store.read(b.name))).toBe('{"b":2}')
  })

  it('keeps writing after a failed write', async () => {
    let verifyOk = false
    const store = createSnapshotStore(
      deps({ verify: () => (verifyOk ? ok(null) : fail('invalid-payload', 'bad')) })
    )
    await expect(store.write('{}')).rejects.toMatchObject({ code: 'invalid-payload' })
    verifyOk = true
    await expect(store.write('{}')).resolves.toMatchObject({ warning: null })
  })
})

describe('stale temp files', () => {
  /** What a write cut off by a crash leaves: writeFileAtomic's temp file for a snapshot. */
  const leftover = async (name: string): Promise<string> => {
    const temp = tempPathFor(join(dir, name))
    await writeFile(temp, '{"half":')
    return temp.slice(dir.length + 1)
  }
  const foreign = [
    'notes.txt',
    '.notes.txt.0123456789ab.tmp',
    '.snapshot-old.json.0123456789ab.tmp',
    'snapshot-20240307-090000-000.json.0123456789ab.tmp',
    '.snapshot-20240307-090000-000.json.tmp'
  ]

  it('are removed when the store is created, before its first write; nothing else is', async () => {
    await mkdir(dir, { recursive: true })
    for (const name of foreign) await writeFile(join(dir, name), 'mine')
    const kept = 'snapshot-20240306-080000-000.json'
    await writeFile(join(dir, kept), '{}')
    const stale = [
      await leftover('snapshot-20240306-080500-000.json'),
      await leftover('snapshot-20240306-081000-000.json')
    ]
    expect((await readdir(dir)).length).toBe(foreign.length + 3)

    const store = createSnapshotStore(deps())
    const written = await store.write('{"n":1}')
    const left = await readdir(dir)
    expect(left.sort()).toEqual([...foreign, kept, written.name].sort())
    expect(left).not.toContain(stale[0])
  })

  it('says which were removed, and treats a missing folder or a failed delete as nothing', async () => {
    await expect(removeStaleTempFiles(dir)).resolves.toEqual([])
    await mkdir(dir, { recursive: true })
    const stale = await leftover('snapshot-20240306-080500-000.json')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    await expect(
      removeStaleTempFiles(dir, { rm: async () => Promise.reject(fsError('EBUSY')) })
    ).resolves.toEqual([])
    expect(warn).toHaveBeenCalledTimes(1)
    warn.mockRestore()
    expect(await readdir(dir)).toEqual([stale])
    await expect(removeStaleTempFiles(dir)).resolves.toEqual([stale])
    expect(await readdir(dir)).toEqual([])
  })
})
