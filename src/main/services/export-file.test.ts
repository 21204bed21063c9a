import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SaveDialogOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as fsp from 'node:fs/promises'
import { writeFileAtomic, type AtomicWriteFs } from './atomic-write'
import { saveExportFile } from './export-file'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-file-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const request = {
  suggestedName: 'briefing.md',
  filters: [{ name: 'Markdown', extensions: ['md'] }],
  data: '# Briefing\n'
}

describe('saveExportFile', () => {
  it('returns null when the dialog is cancelled', async () => {
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({
      canceled: true,
      filePath: ''
    }))
    await expect(saveExportFile(request, { showSaveDialog, defaultDir: dir })).resolves.toBeNull()
    expect(showSaveDialog.mock.calls[0]?.[0]).toMatchObject({
      title: 'Export',
      defaultPath: join(dir, 'briefing.md'),
      filters: [{ name: 'Markdown', extensions: ['md'] }]
    })
  })

  it('titles the dialog after what is being saved', async () => {
    const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({
      canceled: true,
      filePath: ''
    }))
    await saveExportFile({ ...request, title: 'Back up' }, { showSaveDialog, defaultDir: dir })
    expect(showSaveDialog.mock.calls[0]?.[0].title).toBe('Back up')
  })

  it('writes the file where the user chose', async () => {
    const target = join(dir, 'final.md')
    const result = await saveExportFile(request, {
      defaultDir: dir,
      showSaveDialog: async () => ({ canceled: false, filePath: target })
    })
    expect(result).toEqual({ path: target })
    expect(await readFile(target, 'utf8')).toBe('# Briefing\n')
  })

  it('writes a backup sent as UTF-8 bytes exactly as the same text would be written', async () => {
    const text = '{"format":"analyst-workbench-backup","title":"Kata’ib — “Iraq” 🚩"}'
    const asText = join(dir, 'text.json')
    const asBytes = join(dir, 'bytes.json')
    const save = (data: string | Uint8Array<ArrayBuffer>, target: string) =>
      saveExportFile(
        { ...request, suggestedName: 'backup.json', data, title: 'Back up' },
        { defaultDir: dir, showSaveDialog: async () => ({ canceled: false, filePath: target }) }
      )
    await save(text, asText)
    await save(new TextEncoder().encode(text), asBytes)
    expect(await readFile(asBytes)).toEqual(await readFile(asText))
    expect(await readFile(asBytes, 'utf8')).toBe(text)
  })

  it('explains a read-only folder and leaves nothing behind', async () => {
    await writeFile(join(dir, 'locked'), 'a file where a folder should be')
    const readOnly = Object.assign(new Error('EROFS'), { code: 'EROFS' })
    await expect(
      saveExportFile(request, {
        defaultDir: dir,
        showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'out.md') }),
        write: async () => Promise.reject(readOnly)
      })
    ).rejects.toMatchObject({
      code: 'io-error',
      message: 'Could not write out.md: the folder is read-only.'
    })
    await expect(
      saveExportFile(request, {
        defaultDir: dir,
        showSaveDialog: async () => ({ canceled: false, filePath: join(dir, 'locked', 'out.md') })
      })
    ).rejects.toMatchObject({
      code: 'io-error',
      message: expect.stringMatching(/^Could not write out\.md: /) as unknown
    })
    expect(await readdir(dir)).toEqual(['locked'])
  })

  it('explains a full disk, keeps the previous file and leaves no partial file', async () => {
    const target = join(dir, 'brief.docx')
    await writeFile(target, 'yesterday’s brief')
    // Real files, except that writing the bytes fails the way a full disk does, half-way through.
    const fullDisk: AtomicWriteFs = {
      rm: fsp.rm,
      rename: fsp.rename,
      open: (async (path: string, flags?: string) => {
        const handle = await fsp.open(path, flags)
        handle.writeFile = async (data) => {
          await fsp.appendFile(path, String(data).slice(0, 3))
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
        }
        return handle
      }) as AtomicWriteFs['open']
    }
    await expect(
      saveExportFile(request, {
        defaultDir: dir,
        showSaveDialog: async () => ({ canceled: false, filePath: target }),
        write: (path, data) => writeFileAtomic(path, data, fullDisk)
      })
    ).rejects.toMatchObject({
      code: 'io-error',
      message: 'Could not write brief.docx: the disk is full.'
    })
    expect(await readdir(dir)).toEqual(['brief.docx'])
    expect(await readFile(target, 'utf8')).toBe('yesterday’s brief')
  })
})
