import { expect, type Page } from '@playwright/test'

/** Screen points at the start of `text`'s first character and the end of its last, in the reader. */
async function textEdges(
  page: Page,
  text: string
): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  // Measure only once the web fonts are in and the scroll has been laid out: a font swap after
  // measuring moves every line, and the drag would select the line above.
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  const edges = await page.getByTestId('article-body').evaluate(async (body, wanted) => {
    for (const block of Array.from(body.querySelectorAll('[data-offset]'))) {
      const node = block.firstChild
      const at = node?.textContent?.indexOf(wanted) ?? -1
      if (!node || at < 0) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      // Bring the whole passage into view first: the mouse can only drag across what is on screen.
      const whole = range.getBoundingClientRect()
      const pane = body.closest('.pane-content')!
      pane.scrollTop += whole.top - pane.getBoundingClientRect().top - 120
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
      range.setStart(node, at)
      range.setEnd(node, at + 1)
      const first = range.getBoundingClientRect()
      range.setStart(node, at + wanted.length - 1)
      range.setEnd(node, at + wanted.length)
      const last = range.getBoundingClientRect()
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2
      }
    }
    return null
  }, text)
  if (!edges) throw new Error(`“${text}” is not in the article`)
  return edges
}

/**
 * Selects a passage by dragging the mouse across it, as a reader would. A drag is pixel-based, so
 * the selection is checked against the passage and the drag repeated (at most three times) if
 * the text moved under the mouse.
 */
export async function dragSelect(page: Page, text: string): Promise<void> {
  const selected = () => page.evaluate(() => window.getSelection()?.toString().trim() ?? '')
  for (let attempt = 0; attempt < 3; attempt++) {
    const { x1, y1, x2, y2 } = await textEdges(page, text)
    await page.mouse.move(x1, y1)
    await page.mouse.down()
    await page.mouse.move((x1 + x2) / 2, (y1 + y2) / 2, { steps: 4 })
    await page.mouse.move(x2, y2, { steps: 4 })
    await page.mouse.up()
    if ((await selected()) === text) break
  }
  expect(await selected()).toBe(text)
  await expect(page.getByRole('toolbar', { name: 'Annotate selection' })).toBeVisible()
}

export const cards = (page: Page) =>
  page.getByRole('list', { name: 'Annotations' }).locator('.annotation-card')

export const card = (page: Page, quote: string | RegExp) => cards(page).filter({ hasText: quote })

/** The sample article's first event: the strikes of "earlier this week". */
export const EVENT_PASSAGE =
  'carried out airstrikes against militia group facilities in Iraq and Syria'

export const eventRows = (page: Page) =>
  page.getByRole('table', { name: 'Events' }).locator('[role="row"][data-event-id]')

/** Tags EVENT_PASSAGE as an event with the suggested values: select, `e`, Save event. */
export async function tagEvent(page: Page): Promise<void> {
  await dragSelect(page, EVENT_PASSAGE)
  await page.keyboard.press('e')
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await form.getByRole('button', { name: 'Save event' }).click()
  await expect(form).toBeHidden()
}

/** Highlights `quote` as a Claim and comments on it through its card; returns its id. */
export async function highlightWithComment(
  page: Page,
  quote: string,
  comment: string
): Promise<string> {
  await dragSelect(page, quote)
  await page.getByRole('button', { name: 'Highlight as Claim' }).click()
  await card(page, quote).getByRole('button', { name: 'Comment', exact: true }).click()
  await expect(card(page, quote).getByRole('textbox', { name: 'Comment' })).toBeFocused()
  await page.keyboard.type(comment)
  await card(page, quote).getByRole('button', { name: 'Done' }).click()
  await expect(card(page, quote).locator('.card-comment')).toHaveText(comment)
  const id = await card(page, quote).getAttribute('id')
  return id!.replace(/^annotation-/, '')
}
