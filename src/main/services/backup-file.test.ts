import { mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises'
import * as fsPromises from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenDialogOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openBackupFile, readBackupFile } from './backup-file'

vi.mock('electron', () => ({}))
// Pass-through spies, so a test can see whether the file was opened for reading at all.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return { ...actual, open: vi.fn(actual.open) }
})

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backup-file-'))
  vi.mocked(fsPromises.open).mockClear()
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('openBackupFile', () => {
  it('offers JSON backups in the dialog and returns null when cancelled', async () => {
    const dialog = vi.fn(async (_options: OpenDialogOptions) => ({ canceled: true, filePaths: [] }))
    await expect(openBackupFile(dialog)).resolves.toBeNull()
    expect(dialog.mock.calls[0]?.[0]).toMatchObject({
      properties: ['openFile'],
      filters: [{ name: 'Analyst Workbench backup', extensions: ['json'] }]
    })
  })

  it('returns the file name and its bytes, undecoded (the renderer’s worker decodes them)', async () => {
    const path = join(dir, 'backup.json')
    const content = '{"format":"analyst-workbench-backup","note":"Kata’ib 🚩"}'
    await writeFile(path, content)
    const result = await openBackupFile(async () => ({ canceled: false, filePaths: [path] }))
    expect(result?.fileName).toBe('backup.json')
    expect(result?.bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(result?.bytes)).toBe(content)
    // The bytes own their whole buffer: IPC clones a view's entire buffer, nothing more goes.
    expect(result?.bytes.byteOffset).toBe(0)
    expect(result?.bytes.buffer.byteLength).toBe(result?.bytes.byteLength)
  })
})

describe('readBackupFile', () => {
  it('refuses a 200 MB file from its size alone, without opening it', async () => {
    const path = join(dir, 'huge.json')
    await writeFile(path, '')
    // Sparse: 200 MB long, no blocks on disk; reading it would still pull 200 MB into memory.
    await truncate(path, 200 * 1024 * 1024)
    await expect(readBackupFile(path)).rejects.toMatchObject({
      code: 'too-large',
      message: 'huge.json: This file is 200 MB; the workbench restores backups of up to 150 MB.'
    })
    // Refused from its size alone: the file was never opened.
    expect(fsPromises.open).not.toHaveBeenCalled()
  })

  it('reads a file exactly at the limit', async () => {
    const path = join(dir, 'edge.json')
    await writeFile(path, 'x'.repeat(1024))
    await expect(readBackupFile(path, 1024)).resolves.toMatchObject({ fileName: 'edge.json' })
    expect(fsPromises.open).toHaveBeenCalledTimes(1)
  })

  it('passes any bytes on as they are: decoding and its refusals happen in the renderer’s worker', async () => {
    const path = join(dir, 'photo.json')
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452ff', 'hex')
    await writeFile(path, png)
    const result = await readBackupFile(path)
    expect([...result.bytes]).toEqual([...png])
  })

  it('refuses a folder and reports a missing file as io-error', async () => {
    await mkdir(join(dir, 'folder.json'))
    await expect(readBackupFile(join(dir, 'folder.json'))).rejects.toMatchObject({
      code: 'unsupported'
    })
    await expect(readBackupFile(join(dir, 'gone.json'))).rejects.toMatchObject({
      code: 'io-error',
      message: expect.stringContaining('Could not read gone.json') as unknown
    })
  })
})
