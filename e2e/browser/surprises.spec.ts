import type { Page } from '@playwright/test'
import { expect, test } from '../support/workbench'
import { noteEditor, startNote } from '../support/notes'
import { card, cards, dragSelect } from '../support/reader'

// Issue 15, "Surprises": each test drives the UI by keyboard and mouse and failed before its fix.

const Q1 = 'The strikes killed several militia members'
const Q2 = 'with the number of fatalities reaching 22'

/** Highlights Q1 and Q2 with the keyboard's h, in that order. */
async function highlightBoth(page: Page): Promise<void> {
  for (const quote of [Q1, Q2]) {
    await dragSelect(page, quote)
    await page.keyboard.press('h')
  }
}

test('tags typed quickly all land, stay listed while the tag box is open, and any can be removed', async ({
  launch
}) => {
  let { page, context } = await launch()
  await dragSelect(page, Q1)
  await page.keyboard.press('h')
  await card(page, Q1).getByRole('button', { name: 'Tags' }).click()
  const box = card(page, Q1).getByRole('combobox', { name: 'Add a tag' })
  await expect(box).toBeFocused()
  // "a⏎b⏎c⏎" at typing speed: each Enter writes before the list on screen has caught up.
  await page.keyboard.type('alpha\nbeta\ngamma\n')
  const tags = card(page, Q1).getByRole('list', { name: 'Tags' })
  await expect(tags.getByRole('listitem')).toHaveText(['#alpha×', '#beta×', '#gamma×'])

  // The middle one by mouse, the last by keyboard (Shift+Tab from the box reaches its button).
  await tags.getByRole('button', { name: 'Remove tag beta' }).click()
  await expect(tags.getByRole('listitem')).toHaveText(['#alpha×', '#gamma×'])
  await expect(box).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(tags.getByRole('button', { name: 'Remove tag gamma' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(tags.getByRole('listitem')).toHaveText(['#alpha×'])
  await page.keyboard.press('Escape')
  await expect(card(page, Q1).getByRole('list', { name: 'Tags' })).toHaveText('#alpha')

  await context.close()
  ;({ page, context } = await launch())
  await expect(card(page, Q1).getByRole('list', { name: 'Tags' })).toHaveText('#alpha')
})

test('Ctrl+K in a note opens only its link box; Ctrl+E in a note still exports', async ({
  workbench: { page }
}) => {
  await startNote(page, 'Blank note')
  await page.keyboard.type('Sources')
  await page.keyboard.press('Control+k')
  await expect(page.getByRole('textbox', { name: 'Link address' })).toBeFocused()
  await expect(page.getByRole('dialog', { name: 'Search and commands' })).toHaveCount(0)

  await noteEditor(page).click()
  await page.keyboard.press('Control+e')
  await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible()
  // Ctrl+E is Export's alone: the note did not turn the text into code.
  await expect(noteEditor(page).locator('code')).toHaveCount(0)
})

/** The drawn reading caret's box, and the article text's. */
async function caretAndText(page: import('@playwright/test').Page) {
  const caret = await page.getByTestId('reading-caret').boundingBox()
  const text = await page.getByTestId('article-body').boundingBox()
  return { caret: caret!, text: text! }
}

test('the keyboard reading caret is visible, in the light and the dark theme', async ({
  workbench: { page }
}) => {
  const caret = page.getByTestId('reading-caret')
  for (const theme of ['light', 'dark'] as const) {
    await page.getByRole('combobox', { name: 'Theme' }).selectOption(theme)
    await page.getByTestId('article-body').focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowRight')
    await expect(caret).toBeVisible()
    const { caret: box, text } = await caretAndText(page)
    // A line's height, inside the text, and not at the text's left edge after moving right.
    expect(box.height).toBeGreaterThan(12)
    expect(box.y).toBeGreaterThanOrEqual(text.y)
    expect(box.y + box.height).toBeLessThanOrEqual(text.y + text.height)
    expect(box.x).toBeGreaterThan(text.x)
    // It follows the caret: one more step right moves it right.
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => (await caret.boundingBox())!.x).toBeGreaterThan(box.x)
    // Drawn in the text's colour, which contrasts with the page in both themes.
    const colours = await caret.evaluate((el) => ({
      caret: getComputedStyle(el).backgroundColor,
      page: getComputedStyle(document.body).backgroundColor
    }))
    expect(colours.caret).not.toBe(colours.page)
    await page.screenshot({
      path: test.info().outputPath(`reading-caret-${theme}.png`),
      clip: { x: box.x - 120, y: box.y - 40, width: 360, height: 110 }
    })
    // Leaving the text hides it.
    await page.getByRole('button', { name: 'Edit details…' }).focus()
    await expect(caret).toBeHidden()
  }
})

test('F6 lands where the arrow keys work: the open library item, the text, the current card', async ({
  workbench: { page }
}) => {
  await highlightBoth(page)
  await expect(cards(page)).toHaveCount(2)
  await page.getByRole('button', { name: 'Shortcuts' }).focus()

  await page.keyboard.press('F6')
  await expect(page.locator('.library-item[aria-current="true"]')).toBeFocused()
  await page.keyboard.press('F6')
  const text = page.getByTestId('article-body')
  await expect(text).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('reading-caret')).toBeVisible()
  await page.keyboard.press('F6')
  // The current card (the last one made), and the arrows move between cards.
  const current = cards(page).and(page.locator('[aria-current="true"]'))
  await expect(current).toBeFocused()
  const focusedQuote = () =>
    page.evaluate(() => document.activeElement?.querySelector('.card-quote')?.textContent)
  const first = await focusedQuote()
  await page.keyboard.press('ArrowUp')
  await expect.poll(focusedQuote).not.toBe(first)
  await page.keyboard.press('ArrowDown')
  await expect.poll(focusedQuote).toBe(first)
})

test('j/k with the Notes tab in front bring the annotations back and move to one', async ({
  workbench: { page }
}) => {
  await highlightBoth(page)
  await page.getByRole('tab', { name: 'Notes' }).click()
  await expect(page.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true')
  // k: from the current annotation (the last made, the second in the text) to the one before.
  await page.keyboard.press('k')
  await expect(page.getByRole('tab', { name: /^Annotations/ })).toHaveAttribute(
    'aria-selected',
    'true'
  )
  await expect(cards(page).first()).toBeFocused()
  await page.getByRole('tab', { name: 'Notes' }).click()
  await page.keyboard.press('j')
  await expect(cards(page).nth(1)).toBeFocused()
})

test('the comment editor’s link icon is drawn, not a font glyph', async ({
  workbench: { page }
}) => {
  await dragSelect(page, Q1)
  await page.keyboard.press('c')
  const link = card(page, Q1).getByRole('button', { name: 'Link' })
  await expect(link.locator('svg.icon-link')).toBeVisible()
  const box = (await link.locator('svg').boundingBox())!
  expect(box.width).toBeGreaterThan(8)
  await page.screenshot({
    path: test.info().outputPath('comment-toolbar.png'),
    clip: { x: box.x - 200, y: box.y - 20, width: 320, height: 60 }
  })
})

test('Backup… in the top bar leads to back up and restore', async ({ workbench: { page } }) => {
  await page.getByRole('button', { name: 'Backup…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Backup and restore' })
  await expect(dialog.getByRole('button', { name: 'Back up…' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Restore from backup…' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Restore from a snapshot…' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})
