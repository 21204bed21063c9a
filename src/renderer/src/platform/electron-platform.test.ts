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
