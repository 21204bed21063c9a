import type { Page } from '@playwright/test'

/**
 * Resolves once the page has painted the frame after everything done so far (two animation
 * frames: the first callback runs before that frame's paint). The workbench promises that a key
 * is stored before the frame after it, so a test that ends or reloads the page straight after
 * typing waits for this first, as a person sees the text before closing; ending the page in the
 * key's own task is beyond that promise.
 */
export async function framePainted(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()))
      )
  )
}
