import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/**
 * How long the first "Tag event" may take to open its form: the prefill starts the suggester's
 * worker, which reads its gazetteer first (about 3 s on a quiet machine, over 30 s with two test
 * browsers on two cores); the form opens once the passage is read, and "Loading the gazetteer…"
 * says so meanwhile.
 */
export const FIRST_PREFILL_MS = 60_000

/** Sets the open article's publication date through its details dialog. */
export async function setPublicationDate(page: Page, date: string): Promise<void> {
  await page.getByRole('button', { name: 'Edit details…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Article details' })
  await dialog.getByLabel('Publication date').fill(date)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
}

/** Clicks "Suggest events" and waits for the review and its first proposal. */
export async function openSuggestions(
  page: Page
): Promise<{ review: Locator; proposals: Locator }> {
  await page.getByRole('button', { name: 'Suggest events' }).click()
  const review = page.getByRole('dialog', { name: 'Suggested events' })
  const proposals = review.getByRole('list', { name: 'Proposed events' }).getByRole('listitem')
  // The first suggestion starts the suggester's worker and reads its gazetteer.
  await expect(proposals.first()).toBeVisible({ timeout: FIRST_PREFILL_MS })
  return { review, proposals }
}
