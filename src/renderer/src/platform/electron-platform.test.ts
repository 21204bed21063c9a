import { describe, expect, it, vi } from 'vitest'
import { fail, ok } from '@shared/result'
import type { WorkbenchApi } from '@shared/workbench-api'
import { createElectronPlatform } from './electron-platform'

describe('the Electron platform opens a backup', () => {
  it('passes on the bytes main read, undecoded, for the backup worker', async () => {
    const bytes = new TextEncoder().encode('{"format":"x"}')
    const api = {
      openBackupFile: vi.fn(async () => ok({ fileName: 'monday.json', bytes }))
    } as unknown as WorkbenchApi
    const opened = await createElectronPlatform(api).openBackupFile()
    expect(opened).toEqual({ ok: true, value: { fileName: 'monday.json', data: bytes } })
    expect(opened.ok && opened.value?.data).toBe(bytes)
  })

  it('passes on a cancelled dialog and main’s refusal as they are', async () => {
    const api = { openBackupFile: vi.fn() } as unknown as WorkbenchApi & {
      openBackupFile: ReturnType<typeof vi.fn>
    }
    const platform = createElectronPlatform(api)
    api.openBackupFile.mockResolvedValueOnce(ok(null))
    await expect(platform.openBackupFile()).resolves.toEqual({ ok: true, value: null })
    const refused = fail('too-large', 'big.json: This file is 200 MB; …')
    api.openBackupFile.mockResolvedValueOnce(refused)
    await expect(platform.openBackupFile()).resolves.toEqual(refused)
  })
})

describe('the Electron platform saves a file', () => {
  it('sends a Blob’s bytes to main unchanged (IPC carries no Blob), and text or bytes as they are', async () => {
    const saveFile = vi.fn(async (r: { suggestedName: string }) =>
      ok({ path: `/a/${r.suggestedName}` })
    )
    const platform = createElectronPlatform({ saveFile } as unknown as WorkbenchApi)
    const text = '{"title":"Kata’ib 🚩"}'
    const request = { suggestedName: 'b.json', filters: [], title: 'Back up' }
    await expect(platform.saveFile({ ...request, data: new Blob([text]) })).resolves.toEqual(
      ok({ path: '/a/b.json' })
    )
    const sent = saveFile.mock.calls[0]![0] as unknown as { data: unknown; title: string }
    expect(sent.data).toBeInstanceOf(Uint8Array)
    // Compared as arrays: jsdom's and Node's Uint8Array are different classes.
    expect(Array.from(sent.data as Uint8Array)).toEqual(Array.from(new TextEncoder().encode(text)))
    expect(sent.title).toBe('Back up')
    await platform.saveFile({ ...request, data: text })
    expect((saveFile.mock.calls[1]![0] as unknown as { data: unknown }).data).toBe(text)
  })
})
