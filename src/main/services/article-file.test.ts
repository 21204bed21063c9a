import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenDialogOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ARTICLE_EXTENSIONS } from '@shared/ipc-contract'
import { openArticleFile, readArticleFile } from './article-file'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'article-file-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('openArticleFile', () => {
  it('returns null when the dialog is cancelled', async () => {
    const dialog = vi.fn(async () => ({ canceled: true, filePaths: [] }))
    await expect(openArticleFile(dialog)).resolves.toBeNull()
  })

  it('filters the dialog to the article extensions', async () => {
    const dialog = vi.fn(async (_options: OpenDialogOptions) => ({ canceled: true, filePaths: [] }))
    await openArticleFile(dialog)
    expect(dialog.mock.calls[0]?.[0]).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: [...ARTICLE_EXTENSIONS] }]
    })
  })

  it('returns the file name and bytes', async () => {
    const path = join(dir, 'story.md')
    await writeFile(path, '# Story')
    const result = await openArticleFile(async () => ({ canceled: false, filePaths: [path] }))
    expect(result?.fileName).toBe('story.md')
    expect(result?.bytes).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(result?.bytes)).toBe('# Story')
  })
})

describe('readArticleFile', () => {
  it('refuses a file over the limit with too-large, before reading it', async () => {
    const path = join(dir, 'huge.txt')
    await writeFile(path, 'x'.repeat(2048))
    await expect(readArticleFile(path, 1024)).rejects.toMatchObject({
      code: 'too-large',
      message: 'huge.txt is 2 KB; the workbench opens articles up to 1 KB.'
    })
  })

  it('accepts a file exactly at the limit', async () => {
    const path = join(dir, 'edge.txt')
    await writeFile(path, 'x'.repeat(1024))
    await expect(readArticleFile(path, 1024)).resolves.toMatchObject({ fileName: 'edge.txt' })
  })

  it('gives Word files and e-mails a larger limit than text articles', async () => {
    const eleven = Buffer.alloc(11 * 1024 * 1024, 0x41)
    await writeFile(join(dir, 'report.docx'), eleven)
    await writeFile(join(dir, 'message.eml'), eleven)
    await writeFile(join(dir, 'notes.txt'), eleven)
    await expect(readArticleFile(join(dir, 'report.docx'))).resolves.toMatchObject({
      fileName: 'report.docx'
    })
    await expect(readArticleFile(join(dir, 'message.eml'))).resolves.toMatchObject({
      fileName: 'message.eml'
    })
    await expect(readArticleFile(join(dir, 'notes.txt'))).rejects.toMatchObject({
      code: 'too-large'
    })
  })

  it('refuses other file types and folders', async () => {
    await writeFile(join(dir, 'tool.exe'), 'MZ')
    await expect(readArticleFile(join(dir, 'tool.exe'))).rejects.toMatchObject({
      code: 'unsupported'
    })
    await mkdir(join(dir, 'folder.txt'))
    await expect(readArticleFile(join(dir, 'folder.txt'))).rejects.toMatchObject({
      code: 'unsupported'
    })
  })

  it('reports a missing file as io-error with the file name', async () => {
    await expect(readArticleFile(join(dir, 'gone.html'))).rejects.toMatchObject({
      code: 'io-error',
      message: expect.stringContaining('Could not read gone.html') as unknown
    })
  })
})
