import { describe, expect, it, vi } from 'vitest'
import { NOT_UTF8_MESSAGE, readBackupData } from './read-backup-data'

const encode = (text: string) => new TextEncoder().encode(text)

describe('readBackupData', () => {
  it('reads the text of a file (browser mode) and of bytes (the desktop app) alike', async () => {
    const text = '{"title":"Kata’ib 🚩"}'
    await expect(readBackupData(new Blob([text]))).resolves.toEqual({ ok: true, value: text })
    await expect(readBackupData(encode(text))).resolves.toEqual({ ok: true, value: text })
  })

  it('refuses a file over the limit from its size, without reading it', async () => {
    const arrayBuffer = vi.fn()
    const huge = { size: 200 * 1024 * 1024, arrayBuffer } as unknown as Blob
    await expect(readBackupData(huge)).resolves.toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: 'This file is 200 MB; the workbench restores backups of up to 150 MB.'
      }
    })
    expect(arrayBuffer).not.toHaveBeenCalled()
  })

  it('refuses bytes that are not UTF-8, as a file or as bytes', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe])
    const refused = { ok: false, error: { code: 'unsupported', message: NOT_UTF8_MESSAGE } }
    await expect(readBackupData(new Blob([png]))).resolves.toEqual(refused)
    await expect(readBackupData(png)).resolves.toEqual(refused)
  })

  it('keeps the text before a character cut at the end, for validation to call it cut off', async () => {
    const bytes = encode('{"a":"’')
    await expect(readBackupData(bytes.subarray(0, bytes.length - 1))).resolves.toEqual({
      ok: true,
      value: '{"a":"'
    })
  })

  it('drops a byte order mark', async () => {
    await expect(readBackupData(encode('\uFEFF{}'))).resolves.toEqual({ ok: true, value: '{}' })
  })

  it('says plainly when the file cannot be read (it was deleted or moved meanwhile)', async () => {
    const gone = {
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError'))
    } as unknown as Blob
    const result = await readBackupData(gone)
    expect(result).toMatchObject({ ok: false, error: { code: 'io-error' } })
    expect(!result.ok && result.error.message).toMatch(/^The file could not be read\./)
  })
})
