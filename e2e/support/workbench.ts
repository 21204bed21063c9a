import { chromium, expect, test as base, type BrowserContext, type Page } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'

export function chromiumPath(): string {
  const found = findChromium()
  if (!found.path)
    throw new Error(
      'No Chromium found: install it (apt-get install chromium) or set WORKBENCH_CHROMIUM.'
    )
  return found.path
}

export interface Workbench {
  page: Page
  context: BrowserContext
  /** Requests that left the workbench's own origin; the fixture fails the test on any. */
  foreignRequests: string[]
}

export interface WorkbenchFixtures {
  /** A fresh browser profile directory for this test. */
  profileDir: string
  /** Opens the workbench in a persistent Chromium context on `profileDir` (call again to "restart"). */
  launch: () => Promise<Workbench>
  /** The workbench opened once on a fresh profile. */
  workbench: Workbench
}

export const test = base.extend<WorkbenchFixtures>({
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  launch: async ({ profileDir, baseURL }, use) => {
    const open: BrowserContext[] = []
    const allForeign: string[] = []
    await use(async () => {
      const context = await chromium.launchPersistentContext(profileDir, {
        executablePath: chromiumPath(),
        args: QUIET_CHROMIUM_FLAGS,
        baseURL,
        viewport: { width: 1440, height: 900 },
        acceptDownloads: true
      })
      open.push(context)
      const origin = new URL(baseURL ?? '').origin
      const foreignRequests: string[] = []
      context.on('request', (request) => {
        const url = request.url()
        if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return
        if (new URL(url).origin !== origin) {
          foreignRequests.push(url)
          allForeign.push(url)
        }
      })
      const page = context.pages()[0] ?? (await context.newPage())
      await page.goto('/')
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      return { page, context, foreignRequests }
    })
    for (const c of open) await c.close().catch(() => undefined)
    expect(allForeign, 'the workbench must not contact any other origin').toEqual([])
  },
  workbench: async ({ launch }, use) => {
    await use(await launch())
  }
})

export { expect }

/** The sample article's title, from its first line. */
export const SAMPLE_TITLE =
  'United States Carries Out Airstrikes Against Militia Group Facilities in Iraq and Syria'
