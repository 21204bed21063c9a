import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronPackageDir, resolveElectronBinary } from '../../scripts/electron-runtime.mjs'

// Resolved without require('electron'), which would try to download the runtime as a side effect.
const runtime = resolveElectronBinary({ electronDir: electronPackageDir() })

test.describe('desktop app', () => {
  test.skip(!runtime.installed, 'The Electron runtime is not installed on this machine.')

  test('opens the sample article in a secure window', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'workbench-electron-'))
    const app = await electron.launch({
      executablePath: runtime.binary!,
      args: ['.', `--data-dir=${dataDir}`]
    })
    const page = await app.firstWindow()
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      'United States Carries Out Airstrikes'
    )
    expect(
      await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)
    ).toBe('undefined')
    expect(await page.evaluate(() => location.origin)).toBe('app://workbench')
    await app.close()
  })
})
