import { expect, test } from '../support/workbench'
import { card, cards, dragSelect } from '../support/reader'

const Q1 = 'The strikes killed several militia members'
const Q2 = 'with the number of fatalities reaching 22'
const Q3 = 'Iran aims to protect its interests through them'

test('highlight with the mouse, comment with formatting, tag, grade, and find it all after a restart', async ({
  launch
}) => {
  let { page, context } = await launch()
  await dragSelect(page, Q1)
  await page.getByRole('button', { name: 'Highlight as Claim' }).click()
  await expect(card(page, Q1)).toBeVisible()
  await expect(card(page, Q1).getByRole('combobox', { name: 'Colour' })).toHaveValue('1')
  await expect(card(page, Q1).locator('.card-quote')).toHaveText(Q1)

  // Comment with formatting: bold and a list, through the comment editor's shortcuts.
  await card(page, Q1).getByRole('button', { name: 'Comment', exact: true }).click()
  const editor = card(page, Q1).getByRole('textbox', { name: 'Comment' })
  await expect(editor).toBeFocused()
  await page.keyboard.type('Casualty figure is ')
  const bold = card(page, Q1)
    .getByRole('toolbar', { name: 'Comment formatting' })
    .getByRole('button', { name: 'Bold (Ctrl+B)' })
  await expect(bold).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('Control+b')
  await page.keyboard.type('unconfirmed')
  // The bar says what the caret's text is: bold while typing in bold, and no longer after.
  await expect(bold).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Control+b')
  await expect(bold).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('Enter')
  await page.keyboard.type('- check the Pentagon statement')
  await card(page, Q1).getByRole('button', { name: 'Done' }).click()
  await expect(card(page, Q1).locator('.card-comment strong')).toHaveText('unconfirmed')
  await expect(card(page, Q1).locator('.card-comment li')).toHaveText(
    'check the Pentagon statement'
  )

  await card(page, Q1).getByRole('button', { name: 'Tags' }).click()
  await page.getByRole('combobox', { name: 'Add a tag' }).fill('casualties')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(card(page, Q1).getByRole('list', { name: 'Tags' })).toHaveText('#casualties')

  await card(page, Q1).getByRole('button', { name: 'Grade' }).click()
  await card(page, Q1).getByLabel('Source reliability').selectOption('B')
  await card(page, Q1).getByLabel('Information credibility').selectOption('3')
  await card(page, Q1).getByRole('button', { name: 'Done' }).click()
  await expect(card(page, Q1).locator('.grade-badge')).toHaveText('B3')

  // Hovering the highlight shows the comment.
  await dragSelect(page, Q3)
  await page.getByRole('button', { name: 'Highlight as Question' }).click()
  await page.getByTestId('article-body').evaluate(() => window.getSelection()?.removeAllRanges())
  await card(page, Q1).locator('.card-quote').click()
  const hit = await page.getByTestId('article-body').evaluate((body, q) => {
    const node = Array.from(body.querySelectorAll('[data-offset]')).find((b) =>
      b.textContent!.includes(q)
    )!.firstChild!
    const r = document.createRange()
    const at = node.textContent!.indexOf(q) + 5
    r.setStart(node, at)
    r.setEnd(node, at + 1)
    const rect = r.getBoundingClientRect()
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
  }, Q1)
  await page.mouse.move(hit.x, hit.y)
  await expect(page.getByRole('tooltip')).toContainText('Claim: Casualty figure is unconfirmed')
  await page.mouse.click(hit.x, hit.y)
  await expect(card(page, Q1)).toBeFocused()
  // Pictured as Read mode ships, the Events pane in its rail.
  await page.getByRole('button', { name: 'Collapse Events' }).click()
  await expect(page.getByRole('button', { name: 'Expand Events' })).toBeVisible()
  await page.screenshot({ path: 'docs/screenshot-annotations.png' })
  await page.getByRole('button', { name: 'Expand Events' }).click()

  await context.close()
  ;({ page, context } = await launch())
  await expect(cards(page)).toHaveCount(2)
  await expect(card(page, Q1).locator('.card-comment strong')).toHaveText('unconfirmed')
  await expect(card(page, Q1).locator('.grade-badge')).toHaveText('B3')
  await expect(card(page, Q1).getByRole('list', { name: 'Tags' })).toHaveText('#casualties')
  await expect(card(page, Q3)).toBeVisible()
})

test('highlight with the keyboard only, move between annotations with j/k, delete and undo', async ({
  workbench: { page }
}) => {
  // As an analyst does, start once the article's text is on screen: until then F6 can only put
  // focus on the reader's frame (CI pressed it while the text was still being read).
  await expect(page.getByTestId('article-body')).toContainText('Earlier this week')
  // Tab enters the window, F6 moves to the library then to the article text, where arrows work.
  await page.keyboard.press('Tab')
  await page.keyboard.press('F6')
  await expect(page.locator('.library-item[aria-current="true"]')).toBeFocused()
  await page.keyboard.press('F6')
  await expect(page.getByTestId('article-body')).toBeFocused()
  // The caret starts at the first paragraph; extend word by word, watching the selection, until it holds "week".
  const selected = () => page.evaluate(() => window.getSelection()?.toString() ?? '')
  for (let i = 0; i < 6 && !(await selected()).includes('week'); i++)
    await page.keyboard.press('Control+Shift+ArrowRight')
  expect(await selected()).toMatch(/^Earlier this week,?\s?$/)
  await page.keyboard.press('h')
  await expect(cards(page)).toHaveCount(1)
  await expect(cards(page).first().locator('.card-quote')).toHaveText(/^Earlier this week,?$/)

  // Focus stays in the text: move down a line, extend by a sentence and highlight in colour 3.
  await expect(page.getByTestId('article-body')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Alt+Shift+ArrowRight')
  expect(await selected()).toMatch(/American personnel\.\s?$/)
  await page.keyboard.press('3')
  await expect(cards(page)).toHaveCount(2)
  await expect(cards(page).nth(1).getByRole('combobox', { name: 'Colour' })).toHaveValue('2')

  // The new annotation is the active one; k and j step from it through the cards.
  await page.keyboard.press('k')
  await expect(cards(page).nth(0)).toBeFocused()
  await page.keyboard.press('j')
  await expect(cards(page).nth(1)).toBeFocused()
  await page.keyboard.press('k')
  await expect(cards(page).nth(0)).toBeFocused()

  const firstQuote = await cards(page).nth(0).locator('.card-quote').textContent()
  await page.keyboard.press('Delete')
  await expect(cards(page)).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(cards(page)).toHaveCount(2)
  await expect(cards(page).nth(0).locator('.card-quote')).toHaveText(firstQuote!)
  await page.keyboard.press('Control+Shift+z')
  await expect(cards(page)).toHaveCount(1)
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Select by sentence'
  )
})

test('recolouring and regrading are undoable', async ({ workbench: { page } }) => {
  await dragSelect(page, Q2)
  await page.keyboard.press('h')
  await card(page, Q2).getByRole('combobox', { name: 'Colour' }).selectOption('4')
  await expect(card(page, Q2).getByRole('combobox', { name: 'Colour' })).toHaveValue('4')
  await page.getByTestId('article-body').click()
  await page.keyboard.press('Control+z')
  await expect(card(page, Q2).getByRole('combobox', { name: 'Colour' })).toHaveValue('0')
  await page.keyboard.press('Control+z')
  await expect(cards(page)).toHaveCount(0)
})

test('filter annotations by colour, tag, grade, state and text', async ({
  workbench: { page }
}) => {
  await dragSelect(page, Q1)
  await page.getByRole('button', { name: 'Highlight as Key fact' }).click()
  await dragSelect(page, Q2)
  await page.getByRole('button', { name: 'Highlight as Actor' }).click()
  await card(page, Q2).getByRole('button', { name: 'Tags' }).click()
  await page.getByRole('combobox', { name: 'Add a tag' }).fill('february')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  const filters = page.getByRole('search', { name: 'Filter annotations' })
  await filters.getByRole('combobox', { name: 'Colour' }).selectOption({ label: 'Actor' })
  await expect(cards(page)).toHaveCount(1)
  await expect(cards(page).first()).toContainText(Q2)
  await filters.getByRole('combobox', { name: 'Colour' }).selectOption('any')
  await filters.getByRole('combobox', { name: 'Tag' }).selectOption('february')
  await expect(cards(page)).toHaveCount(1)
  await filters.getByRole('combobox', { name: 'Tag' }).selectOption('any')
  await filters.getByRole('searchbox', { name: 'Filter by text' }).fill('militia members')
  await expect(cards(page)).toHaveCount(1)
  await expect(cards(page).first()).toContainText(Q1)
  await filters.getByRole('combobox', { name: 'Grade' }).selectOption('ungraded')
  await expect(cards(page)).toHaveCount(1)
  await filters.getByRole('combobox', { name: 'Anchor state' }).selectOption('orphaned')
  await expect(page.getByText('No annotation matches these filters.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(cards(page)).toHaveCount(2)
})

test('updating the article text reports drifted and orphaned anchors, and an orphan can be re-attached', async ({
  workbench: { page }
}) => {
  for (const q of [Q1, Q2, Q3]) {
    await dragSelect(page, q)
    await page.keyboard.press('h')
  }
  await expect(cards(page)).toHaveCount(3)
  const current = await page.getByTestId('article-body').evaluate((b) =>
    Array.from(b.querySelectorAll('[data-offset]'))
      .map((p) => p.textContent)
      .join('\n\n')
  )
  const edited = current
    .replace(Q1, 'The strikes killed at least several militia members')
    .replace(/Some analysts point[^.]*\. By offering[^.]*\. /, '')
    .replace('Iran aims to protect its interests through them.', '')
  expect(edited).not.toContain(Q3)
  await page.getByRole('button', { name: 'Update article text…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Update article text' })
  await dialog.getByRole('textbox').fill(edited)
  await dialog.getByRole('button', { name: 'Compare with current text' }).click()
  const report = dialog.getByTestId('revision-report')
  await expect(report.getByRole('heading', { name: /Found unchanged: 1/ })).toBeVisible()
  await expect(
    report.getByRole('heading', { name: /Found, but changed — check these: 1/ })
  ).toBeVisible()
  await expect(
    report.getByRole('heading', { name: /Not found — kept as orphans: 1/ })
  ).toBeVisible()
  await expect(report).toContainText('The strikes killed at least several militia members')
  await dialog.getByRole('button', { name: 'Apply update' }).click()
  await expect(dialog).toBeHidden()

  await expect(card(page, Q1).getByTestId('anchor-status')).toHaveText('Drifted — check it')
  await expect(card(page, Q3).getByTestId('anchor-status')).toHaveText(
    'Orphaned — passage not found'
  )
  await expect(card(page, Q2).getByTestId('anchor-status')).toHaveText('Anchored')
  await expect(page.getByTestId('article-body')).not.toContainText(Q3)

  await card(page, Q1).getByRole('button', { name: 'Confirm' }).click()
  const confirmed = card(page, 'The strikes killed at least several militia members')
  await expect(confirmed.getByTestId('anchor-status')).toHaveText('Anchored')
  await expect(confirmed.locator('.card-quote')).toHaveText(
    'The strikes killed at least several militia members'
  )

  // Re-attach the orphan to a passage selected in the new text.
  await dragSelect(
    page,
    'While the militia groups cannot perform the roles of a conventional military'
  )
  await card(page, Q3).getByRole('button', { name: 'Re-attach to selection' }).click()
  const reattached = card(page, 'While the militia groups cannot perform')
  await expect(reattached.getByTestId('anchor-status')).toHaveText('Anchored')
  await page.screenshot({ path: 'test-results/revision-after.png' })
})

test('a quoted sentence rewritten by a third is found in place as drifted, and the analyst confirms it', async ({
  launch
}) => {
  // A corrected figure and a rewritten clause: 36% of the sentence's characters change, its
  // context does not. Before, such a passage was orphaned; now it is found where it is, drifted.
  const QUOTED =
    'During those earlier airstrikes, the United States also targeted militia facilities, with the number of fatalities reaching 22.'
  const REWRITTEN =
    'During those earlier strikes, the U.S. military also hit militia depots, with the number of dead revised to 27.'
  let { page, context } = await launch()
  await dragSelect(page, QUOTED)
  await page.keyboard.press('h')
  await expect(card(page, QUOTED).getByTestId('anchor-status')).toHaveText('Anchored')
  const current = await page.getByTestId('article-body').evaluate((b) =>
    Array.from(b.querySelectorAll('[data-offset]'))
      .map((p) => p.textContent)
      .join('\n\n')
  )
  expect(current).toContain(QUOTED)
  const edited = current.replace(QUOTED, REWRITTEN)

  await page.getByRole('button', { name: 'Update article text…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Update article text' })
  await dialog.getByRole('textbox').fill(edited)
  await dialog.getByRole('button', { name: 'Compare with current text' }).click()
  const report = dialog.getByTestId('revision-report')
  const changed = report.getByRole('region', { name: 'Found, but changed — check these' })
  await expect(changed.getByRole('heading')).toHaveText(/: 1$/)
  await expect(
    report.getByRole('heading', { name: /Not found — kept as orphans: 0/ })
  ).toBeVisible()
  // Shown as it was and, exactly, as it now reads: not a part of it, not a neighbour.
  await expect(changed.getByRole('listitem')).toHaveText(`Was ${QUOTED}Now ${REWRITTEN}`)
  await dialog.getByRole('button', { name: 'Apply update' }).click()
  await expect(dialog).toBeHidden()

  await expect(card(page, QUOTED).getByTestId('anchor-status')).toHaveText('Drifted — check it')
  // The card shows what the passage now reads beside the quote the analyst chose.
  await expect(card(page, QUOTED).getByTestId('now-reads')).toHaveText(`Now reads ${REWRITTEN}`)
  await page.screenshot({ path: 'test-results/drifted-card.png' })
  // The reader paints exactly the rewritten sentence, in the drifted style.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const drifted = CSS.highlights.get('aw-drifted')
        return drifted ? Array.from(drifted, (r) => (r as Range).toString()) : []
      })
    )
    .toEqual([REWRITTEN])

  await card(page, QUOTED).getByRole('button', { name: 'Confirm' }).click()
  const confirmed = card(page, REWRITTEN)
  await expect(confirmed.getByTestId('anchor-status')).toHaveText('Anchored')
  await expect(confirmed.locator('.card-quote')).toHaveText(REWRITTEN)
  await expect(confirmed.getByTestId('now-reads')).toHaveCount(0)

  // The confirmation is kept: after a restart the annotation quotes the new sentence, anchored.
  await context.close()
  ;({ page, context } = await launch())
  await expect(card(page, REWRITTEN).getByTestId('anchor-status')).toHaveText('Anchored')
  await expect(cards(page)).toHaveCount(1)
})

test('closing the window right after an edit loses nothing', async ({ launch }) => {
  let { page, context } = await launch()
  await dragSelect(page, Q2)
  await page.keyboard.press('c')
  await expect(card(page, Q2).getByRole('textbox', { name: 'Comment' })).toBeFocused()
  await page.keyboard.type('Figure from the February strikes, not this week')
  // Close at once, without waiting for anything after the last keystroke.
  await context.close()
  ;({ page, context } = await launch())
  await expect(card(page, Q2).locator('.card-comment')).toHaveText(
    'Figure from the February strikes, not this week'
  )
})
