import * as fsp from 'node:fs/promises'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  tempPathFor,
  tempTargetName,
  writeFileAtomic,
  writeFileAtomicSync,
  type AtomicWriteFs
} from './atomic-write'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-write-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const fsError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code })

/** Real fs, except that `step` fails the way a read-only or full disk would. */
function failingFs(step: 'rename' | 'write' | 'sync', code = 'EROFS'): AtomicWriteFs {
  return {
    rm: fsp.rm,
    rename: step === 'rename' ? async () => Promise.reject(fsError(code)) : fsp.rename,
    open: (async (path: string, flags?: string) => {
      const handle = await fsp.open(path, flags)
      if (step === 'write') handle.writeFile = async () => Promise.reject(fsError(code))
      if (step === 'sync') handle.sync = async () => Promise.reject(fsError(code))
      return handle
    }) as AtomicWriteFs['open']
  }
}

describe('writeFileAtomic', () => {
  it('writes text and bytes, leaving only the target', async () => {
    const target = join(dir, 'brief.md')
    await writeFileAtomic(target, '# Brief\n')
    expect(await readFile(target, 'utf8')).toBe('# Brief\n')
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]))
    expect([...(await readFile(target))]).toEqual([1, 2, 3])
    expect(await readdir(dir)).toEqual(['brief.md'])
  })

  it('replaces an existing file', async () => {
    const target = join(dir, 'notes.txt')
    await writeFile(target, 'old')
    await writeFileAtomic(target, 'new')
    expect(await readFile(target, 'utf8')).toBe('new')
  })

  it.each(['write', 'sync', 'rename'] as const)(
    'on a failed %s keeps the old file and removes the temp file',
    async (step) => {
      const target = join(dir, 'report.docx')
      await writeFile(target, 'original')
      await expect(writeFileAtomic(target, 'half-written', failingFs(step))).rejects.toMatchObject({
        code: 'EROFS'
      })
      expect(await readFile(target, 'utf8')).toBe('original')
      expect(await readdir(dir)).toEqual(['report.docx'])
    }
  )

  it('fails cleanly when the folder is really a file (a folder that cannot be written)', async () => {
    const blocker = join(dir, 'not-a-folder')
    await writeFile(blocker, 'x')
    await expect(writeFileAtomic(join(blocker, 'out.md'), 'data')).rejects.toMatchObject({
      code: 'ENOTDIR'
    })
    expect(await readdir(dir)).toEqual(['not-a-folder'])
  })

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'out.md'), 'data')).rejects.toMatchObject({
      code: 'ENOENT'
    })
    expect(await readdir(dir)).toEqual([])
  })
})

describe('writeFileAtomicSync', () => {
  it('writes and leaves no temp file', async () => {
    const target = join(dir, 'window-state.json')
    writeFileAtomicSync(target, '{}')
    expect(await readFile(target, 'utf8')).toBe('{}')
    expect(await readdir(dir)).toEqual(['window-state.json'])
  })

  it('throws the fs error for an unwritable folder and leaves nothing behind', async () => {
    await writeFile(join(dir, 'file'), 'x')
    expect(() => writeFileAtomicSync(join(dir, 'file', 'state.json'), '{}')).toThrow(
      expect.objectContaining({ code: 'ENOTDIR' })
    )
    expect(await readdir(dir)).toEqual(['file'])
  })
})

describe('tempPathFor', () => {
  it('stays in the same folder, hidden, and short', () => {
    const temp = tempPathFor(join(dir, `${'x'.repeat(240)}.md`))
    expect(temp.startsWith(join(dir, '.'))).toBe(true)
    expect(temp.endsWith('.tmp')).toBe(true)
    expect(temp.length - dir.length).toBeLessThan(130)
    expect(tempPathFor(join(dir, 'a'))).not.toBe(tempPathFor(join(dir, 'a')))
  })
})

describe('tempTargetName', () => {
  it('names the file a temp file was for, and nothing else', () => {
    const target = 'snapshot-20240307-090000-000.json'
    expect(tempTargetName(basename(tempPathFor(join(dir, target))))).toBe(target)
    for (const other of [
      target,
      '.snapshot-20240307-090000-000.json.tmp',
      'snapshot-20240307-090000-000.json.0123456789ab.tmp',
      '.snapshot-20240307-090000-000.json.0123456789AB.tmp',
      '.x.0123456789ab.tmp.bak'
    ]) {
      expect(tempTargetName(other)).toBeNull()
    }
  })
})
