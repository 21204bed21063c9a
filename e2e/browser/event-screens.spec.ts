// The event screens this work changed, looked at as an analyst would at the three screen sizes
// the brief names: the review of suggestions (values, confidence, candidates) and the event form
// docked beside the text. Each screen is saved to look at, and checked to fit the window.
import { expect, test } from '../support/workbench'
import { openSuggestions, setPublicationDate, FIRST_PREFILL_MS } from '../support/events'

// The first event tagged in each test waits for the suggester's gazetteer (FIRST_PREFILL_MS):
// the default minute does not leave room for the rest of the test on a loaded machine.
test.describe.configure({ timeout: 150_000 })

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 }
]

for (const size of SIZES) {
  test(`the suggestions review and the docked event form fit ${size.width}×${size.height}`, async ({
    workbench: { page }
  }) => {
    await page.setViewportSize(size)
    await setPublicationDate(page, '2021-06-30')
    const { review, proposals } = await openSuggestions(page)
    await expect(proposals.first().getByLabel('Proposed values')).toBeVisible()
    const box = await review.boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= size.width).toBe(true)
    expect(box && box.y >= 0 && box.y + box.height <= size.height).toBe(true)
    await page.screenshot({ path: `test-results/screens/review-${size.width}.png` })

    await proposals.first().getByRole('button', { name: 'Edit…' }).click()
    const form = page.getByRole('dialog', { name: 'Tag event' })
    await expect(form).toBeVisible({ timeout: FIRST_PREFILL_MS })
    const formBox = await form.boundingBox()
    // Docked below the top bar and inside the window, the article still beside it.
    expect(formBox && formBox.y >= 44 && formBox.y + formBox.height <= size.height).toBe(true)
    await expect(page.getByTestId('article-body')).toBeVisible()
    await page.screenshot({ path: `test-results/screens/form-${size.width}.png` })
    await page.keyboard.press('Escape')
    await expect(form).toBeHidden()
  })
}
