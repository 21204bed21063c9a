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

/**
 * Read mode's layout with the Events pane expanded (as an analyst who opened it from its rail):
 * the specs written before the work modes act on all four panes at once. A spec about the modes'
 * own layouts sets `fourPanes: false` to start from the shipped defaults.
 */
const FOUR_PANES = { library: 15, reader: 43, side: 22, events: 20 }

export interface WorkbenchFixtures {
  /** Whether a fresh profile starts with Read mode's Events pane expanded (default: yes). */
  fourPanes: boolean
  /** A fresh browser profile directory for this test. */
  profileDir: string
  /** Opens the workbench in a persistent Chromium context on `profileDir` (call again to "restart"). */
  launch: () => Promise<Workbench>
  /** The workbench opened once on a fresh profile. */
  workbench: Workbench
}

export const test = base.extend<WorkbenchFixtures>({
  fourPanes: [true, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  profileDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'workbench-e2e-'))
    await use(dir)
    rmSync(dir, { recursive: true, force: true })
  },
  launch: async ({ profileDir, baseURL, fourPanes }, use) => {
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
      // Only where nothing is remembered yet: a restart keeps what the spec itself changed.
      if (fourPanes)
        await context.addInitScript((layout) => {
          try {
            if (localStorage.getItem('workbench-layout-read') === null)
              localStorage.setItem('workbench-layout-read', layout)
          } catch {
            // A document without storage (about:blank) has no workbench to lay out.
          }
        }, JSON.stringify(FOUR_PANES))
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

/** The latest error or warning in the notice area at the top of the window. */
export const alertNotice = (page: Page) => page.locator('.notice-area').getByRole('alert').last()
