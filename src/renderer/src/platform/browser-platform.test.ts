import { describe, expect, it, vi } from 'vitest'
import { createBrowserPlatform, readPickedBackup } from './browser-platform'

const backupFile = (content: BlobPart, name = 'backup.json') => new File([content], name)

describe('readPickedBackup', () => {
  it('hands over the picked file itself, unread: the backup worker reads it', () => {
    const file = backupFile('{"title":"Kata’ib 🚩"}')
    const arrayBuffer = vi.spyOn(file, 'arrayBuffer')
    const text = vi.spyOn(file, 'text')
    const result = readPickedBackup(file)
    expect(result).toEqual({ ok: true, value: { fileName: 'backup.json', data: file } })
    expect(result.ok && result.value.data).toBe(file)
    expect(arrayBuffer).not.toHaveBeenCalled()
    expect(text).not.toHaveBeenCalled()
  })

  it('refuses a file over the limit from its size, without reading it', () => {
    const arrayBuffer = vi.fn()
    const huge = { name: 'disk.json', size: 200 * 1024 * 1024, arrayBuffer } as unknown as File
    expect(readPickedBackup(huge)).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: '“disk.json”: This file is 200 MB; the workbench restores backups of up to 150 MB.'
      }
    })
    expect(arrayBuffer).not.toHaveBeenCalled()
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

  it('handing over the file the user picked', async () => {
    const platform = createBrowserPlatform(document)
    const opened = platform.openBackupFile()
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!
    const picked = backupFile('{"format":"x"}')
    Object.defineProperty(input, 'files', { value: [picked] })
    input.dispatchEvent(new Event('change'))
    const result = await opened
    expect(result.ok && result.value?.fileName).toBe('backup.json')
    expect(result.ok && result.value?.data).toBe(picked)
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

describe('the browser platform saves a file', () => {
  it('downloads a Blob it is given as it is, unread (the backup worker’s file)', async () => {
    const made: Blob[] = []
    const createObjectURL = vi.fn((blob: Blob) => {
      made.push(blob)
      return 'blob:backup'
    })
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const file = new Blob(['{"format":"analyst-workbench-backup"}'], { type: 'application/json' })
    const read = [vi.spyOn(file, 'text'), vi.spyOn(file, 'arrayBuffer'), vi.spyOn(file, 'slice')]
    const clicked: string[] = []
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this.download)
    })
    const saved = await createBrowserPlatform(document).saveFile({
      suggestedName: 'analyst-workbench-backup-2026-12-07-1500.json',
      filters: [{ name: 'Analyst Workbench backup', extensions: ['json'] }],
      data: file,
      title: 'Back up'
    })
    expect(saved).toEqual({
      ok: true,
      value: { path: 'analyst-workbench-backup-2026-12-07-1500.json' }
    })
    expect(made).toEqual([file])
    expect(made[0]).toBe(file)
    expect(clicked).toEqual(['analyst-workbench-backup-2026-12-07-1500.json'])
    for (const spy of read) expect(spy).not.toHaveBeenCalled()
    click.mockRestore()
    vi.unstubAllGlobals()
  })

  it('refuses a Blob over the export limit, or a request with a bad name, saving nothing', async () => {
    const createObjectURL = vi.fn(() => 'blob:x')
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const platform = createBrowserPlatform(document)
    const huge = { size: 600 * 1024 * 1024 } as Blob
    Object.setPrototypeOf(huge, Blob.prototype)
    const request = { suggestedName: 'b.json', filters: [], data: huge }
    await expect(platform.saveFile(request)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' }
    })
    await expect(
      platform.saveFile({ ...request, suggestedName: '../b.json', data: new Blob(['{}']) })
    ).resolves.toMatchObject({ ok: false })
    expect(createObjectURL).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
  })
})
