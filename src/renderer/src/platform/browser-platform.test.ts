import { describe, expect, it, vi } from 'vitest'
import { createBrowserPlatform, readPickedBackup } from './browser-platform'

const backupFile = (content: BlobPart, name = 'backup.json') => new File([content], name)

describe('readPickedBackup', () => {
  it('returns the name and text of a picked backup', async () => {
    await expect(readPickedBackup(backupFile('{"title":"Kata’ib 🚩"}'))).resolves.toEqual({
      ok: true,
      value: { fileName: 'backup.json', text: '{"title":"Kata’ib 🚩"}' }
    })
  })

  it('refuses a file over the limit from its size, without reading it', async () => {
    const arrayBuffer = vi.fn()
    const huge = { name: 'disk.json', size: 200 * 1024 * 1024, arrayBuffer } as unknown as File
    await expect(readPickedBackup(huge)).resolves.toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: '“disk.json”: This file is 200 MB; the workbench restores backups of up to 150 MB.'
      }
    })
    expect(arrayBuffer).not.toHaveBeenCalled()
  })

  it('refuses bytes that are not UTF-8', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe])
    const result = await readPickedBackup(backupFile(png, 'photo.json'))
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } })
    expect(!result.ok && result.error.message).toContain('“photo.json” is not a text file')
  })

  it('keeps the text before a character cut at the end, for validation to call it cut off', async () => {
    const bytes = new TextEncoder().encode('{"a":"’')
    const result = await readPickedBackup(backupFile(bytes.subarray(0, bytes.length - 1)))
    expect(result).toEqual({ ok: true, value: { fileName: 'backup.json', text: '{"a":"' } })
  })
})

describe('the browser platform opens a backup', () => {
  it('with a hidden file input limited to JSON, and null when cancelled', async () => {
    const platform = createBrowserPlatform(document)
    const opened = platform.openBackupFile()
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')
    expect(input?.accept).toBe('.json,application/json')
    input?.dispatchEvent(new Event('cancel'))
    await expect(opened).resolves.toEqual({ ok: true, value: null })
    expect(document.querySelector('input[type="file"]')).toBeNull()
  })

  it('reading the file the user picked', async () => {
    const platform = createBrowserPlatform(document)
    const opened = platform.openBackupFile()
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!
    Object.defineProperty(input, 'files', { value: [backupFile('{"format":"x"}')] })
    input.dispatchEvent(new Event('change'))
    await expect(opened).resolves.toEqual({
      ok: true,
      value: { fileName: 'backup.json', text: '{"format":"x"}' }
    })
  })
})

describe('the browser platform asks for snapshots', () => {
  it('when the tab is hidden, as a due snapshot (the interval applies), never as a final one', () => {
    const platform = createBrowserPlatform(document)
    const listener = vi.fn()
    const stop = platform.onSnapshotRequest(listener)
    const visibility = vi.spyOn(document, 'visibilityState', 'get')
    visibility.mockReturnValue('visible')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(listener).not.toHaveBeenCalled()
    visibility.mockReturnValue('hidden')
    document.dispatchEvent(new Event('visibilitychange'))
    expect(listener.mock.calls).toEqual([['change']])
    stop()
    document.dispatchEvent(new Event('visibilitychange'))
    expect(listener).toHaveBeenCalledTimes(1)
    visibility.mockRestore()
  })
})
