import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, SAMPLE_TITLE, test } from '../support/workbench'
import { card, eventRows, highlightWithComment, tagEvent } from '../support/reader'
import { noteEditor } from '../support/notes'

const Q1 = 'The strikes killed several militia members'
const Q2 = 'with the number of fatalities reaching 22'
// A word in the last paragraph, far from Q2: the correction must leave Q2 where it was.
const WRONG = 'strategical'
const RIGHT = 'strategic'

const library = (page: Page) => page.getByRole('complementary', { name: 'Article library' })
const libraryItem = (page: Page, title: string | RegExp) =>
  library(page).getByRole('button', {
    name: typeof title === 'string' ? new RegExp(`^${escape(title)}`) : title
  })
const deleteDialog = (page: Page) => page.getByRole('dialog', { name: 'Delete article' })
const versionsDialog = (page: Page) => page.getByRole('dialog', { name: 'Article versions' })
const readerTitle = (page: Page) => page.getByRole('heading', { level: 1 })
const body = (page: Page) => page.getByTestId('article-body')
const paragraphs = (page: Page) => body(page).locator('[data-offset]')

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Everything the sample article holds after the set-up: one commented highlight, one event. */
async function expectSampleWhole(page: Page, annotationId: string): Promise<void> {
  await page.getByRole('tab', { name: /^Annotations/ }).click()
  await expect(readerTitle(page)).toHaveText(SAMPLE_TITLE)
  await expect(card(page, Q1)).toHaveAttribute('id', `annotation-${annotationId}`)
  await expect(card(page, Q1).locator('.card-comment')).toHaveText('Check the toll')
  await expect(eventRows(page)).toHaveCount(1)
  await expect(libraryItem(page, SAMPLE_TITLE)).toContainText('1 annotation · 1 event')
}

/**
 * Puts the caret on WRONG in the edit box with the keyboard only (Ctrl+End, then word by word
 * to the left), selects the word with Ctrl+Shift+Right and types RIGHT over it.
 */
async function fixWordInPlace(page: Page, box: Locator): Promise<void> {
  await box.focus()
  await page.keyboard.press('Control+End')
  const target = await box.evaluate(
    (el: HTMLTextAreaElement, word) => el.value.lastIndexOf(word),
    WRONG
  )
  expect(target).toBeGreaterThan(0)
  const caret = () => box.evaluate((el: HTMLTextAreaElement) => el.selectionStart)
  for (let i = 0; i < 40 && (await caret()) > target; i++)
    await page.keyboard.press('Control+ArrowLeft')
  expect(await caret()).toBe(target)
  await page.keyboard.press('Control+Shift+ArrowRight')
  const selected = () =>
    box.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))
  // Some platforms take the space after the word into a word selection: leave it out.
  if ((await selected()) === `${WRONG} `) await page.keyboard.press('Shift+ArrowLeft')
  expect(await selected()).toBe(WRONG)
  await page.keyboard.type(RIGHT)
}

test('delete an article with its annotation, event and a quoting note; undo brings all back', async ({
  launch
}) => {
  let { page, context } = await launch()
  const annotationId = await highlightWithComment(page, Q1, 'Check the toll')
  await tagEvent(page)
  await expectSampleWhole(page, annotationId)
  // A note about the article quotes the highlight.
  await page.getByRole('tab', { name: 'Notes' }).click()
  await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'BLUF brief' })
  await page.getByRole('button', { name: 'New note' }).click()
  await expect(noteEditor(page)).toBeVisible()
  await page
    .getByRole('combobox', { name: 'Insert a highlight as a cited quote' })
    .selectOption({ label: Q1 })
  const quote = noteEditor(page).locator('.cited-quote')
  await expect(quote).toContainText(Q1)

  // From the library item's menu, with the mouse.
  await library(page).getByRole('button', { name: 'Article actions' }).click()
  await page.getByRole('menuitem', { name: /Delete/ }).click()
  const confirm = deleteDialog(page)
  await expect(confirm.getByTestId('delete-counts')).toHaveText(
    '1 annotation, 1 event and 0 earlier versions'
  )
  await expect(confirm).toContainText('1 note about it stays, as a note across articles')
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.screenshot({ path: 'test-results/article-delete-confirm-1366.png' })
  await confirm.getByRole('button', { name: 'Delete article' }).click()
  await expect(confirm).toBeHidden()
  await expect(library(page)).toContainText('No articles yet')
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “' })).toContainText(
    'with 1 annotation and 1 event'
  )
  // The note stays, across articles now, and its quote says its article was deleted.
  await expect(quote).toContainText(Q1)
  await expect(quote).toHaveAttribute('data-deleted-article', SAMPLE_TITLE)
  await expect(quote).toHaveAttribute('title', /Its article “.*” was deleted/)

  await page.getByRole('button', { name: '← All notes' }).click()
  await expect(page.getByRole('button', { name: /^BLUF brief/ })).toContainText('Across articles')

  // Undo in the notice: everything back, with the same ids.
  await page
    .getByRole('status')
    .filter({ hasText: 'Deleted “' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(page.getByRole('button', { name: /^BLUF brief/ })).not.toContainText(
    'Across articles'
  )
  await page.getByRole('button', { name: /^BLUF brief/ }).click()
  await expect(quote).toContainText(Q1)
  await expect(quote).not.toHaveAttribute('data-deleted-article', /.*/)
  await expectSampleWhole(page, annotationId)

  // The keyboard: Delete on the focused library item, Tab to the delete button, Enter; Ctrl+Z.
  await libraryItem(page, SAMPLE_TITLE).focus()
  await page.keyboard.press('Delete')
  await expect(deleteDialog(page).getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(deleteDialog(page).getByRole('button', { name: 'Delete article' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(library(page)).toContainText('No articles yet')
  await expect(eventRows(page)).toHaveCount(0)
  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await page.keyboard.press('Control+z')
  await expectSampleWhole(page, annotationId)

  // Restarting proves the undo was written, not just shown.
  await context.close()
  ;({ page, context } = await launch())
  await expectSampleWhole(page, annotationId)
})

test('delete the open article from Ctrl+K; it stays deleted after a restart', async ({
  launch
}) => {
  let { page, context } = await launch()
  await expect(readerTitle(page)).toHaveText(SAMPLE_TITLE)
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Search and commands' })
  await expect(
    palette.getByRole('combobox', { name: 'Search everything, or type a command' })
  ).toBeFocused()
  await page.keyboard.type('delete article')
  await expect(palette.getByRole('option', { name: /Delete article/ })).toHaveAttribute(
    'aria-selected',
    'true'
  )
  await page.keyboard.press('Enter')
  await expect(deleteDialog(page).getByTestId('delete-counts')).toHaveText(
    '0 annotations, 0 events and 0 earlier versions'
  )
  await deleteDialog(page).getByRole('button', { name: 'Delete article' }).click()
  await expect(library(page)).toContainText('No articles yet')
  // Search forgets its text at once: words only the deleted article had match nothing.
  await page.keyboard.press('Control+k')
  await expect(palette.getByRole('combobox')).toBeFocused()
  await page.keyboard.type('militia airstrikes')
  await expect(palette.getByRole('status')).toHaveText('No matches for “militia airstrikes”')
  await expect(palette.getByRole('group', { name: 'Articles' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await context.close()
  ;({ page, context } = await launch())
  await expect(library(page)).toContainText('No articles yet')
  await expect(libraryItem(page, SAMPLE_TITLE)).toHaveCount(0)
  await expect(readerTitle(page)).toHaveText('No article open')
})

test('fix one word in place, then restore the earlier version from the diff view', async ({
  launch
}) => {
  let { page, context } = await launch()
  await page.setViewportSize({ width: 1366, height: 768 })
  await highlightWithComment(page, Q2, 'Toll of February')
  await expect(body(page)).toContainText(`${WRONG} analysis`)

  // The update dialog opens on the current text: one word changed, nothing pasted.
  await page.getByRole('button', { name: 'Update article text…' }).click()
  const edit = page.getByRole('dialog', { name: 'Update article text' })
  const box = edit.getByRole('textbox', { name: /Text of/ })
  await expect(box).toHaveValue(/^Earlier this week, the United States/)
  await expect(edit.getByRole('radio', { name: 'Blank lines separate paragraphs' })).toBeChecked()
  await expect(edit).toContainText('The text makes 4 paragraphs.')
  await page.screenshot({ path: 'test-results/article-edit-in-place-1366.png' })
  await fixWordInPlace(page, box)
  await edit.getByRole('button', { name: 'Compare with current text' }).click()
  await expect(edit.getByRole('heading', { name: 'Found unchanged: 1' })).toBeVisible()
  await edit.getByRole('button', { name: 'Apply update' }).click()
  await expect(edit).toBeHidden()
  await expect(body(page)).toContainText(`${RIGHT} analysis`)
  await expect(body(page)).not.toContainText(WRONG)
  await expect(card(page, Q2).getByTestId('anchor-status')).toHaveText('Anchored')

  // The versions: the text first imported, and what changed since, word by word.
  await page.getByRole('button', { name: 'Versions…' }).click()
  const versions = versionsDialog(page)
  const list = versions.getByRole('list', { name: 'Versions, newest first' })
  await expect(list.getByRole('button')).toHaveText([
    'Current text · version 2',
    /^Version 1 · replaced /
  ])
  await expect(list.getByRole('button', { name: /^Version 1/ })).toHaveAttribute(
    'aria-pressed',
    'true'
  )
  await expect(versions.getByTestId('diff-summary')).toHaveText('1 word removed, 1 word added.')
  await expect(versions.locator('del')).toHaveText(`[removed: ${WRONG}]`)
  await expect(versions.locator('ins')).toHaveText(`[added: ${RIGHT}]`)
  await page.screenshot({ path: 'test-results/article-versions-diff-1366.png' })
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze()
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`)
  ).toEqual([])

  await versions.getByRole('button', { name: 'Restore this version' }).click()
  await expect(versions.getByRole('heading', { name: 'Found unchanged: 1' })).toBeVisible()
  await versions.getByRole('button', { name: 'Apply restore' }).click()
  await expect(versions).toBeHidden()
  await expect(body(page)).toContainText(`${WRONG} analysis`)
  await expect(card(page, Q2).getByTestId('anchor-status')).toHaveText('Anchored')

  // The restore is itself a version: the corrected text is kept and can be compared.
  await context.close()
  ;({ page, context } = await launch())
  await expect(body(page)).toContainText(`${WRONG} analysis`)
  await expect(card(page, Q2).getByTestId('anchor-status')).toHaveText('Anchored')
  await page.getByRole('button', { name: 'Versions…' }).click()
  const again = versionsDialog(page)
  await expect(again.getByRole('list').getByRole('button')).toHaveCount(3)
  await again.getByRole('button', { name: /^Version 2/ }).click()
  await expect(again).toContainText('From version 2 to the current text')
  await expect(again.locator('del')).toHaveText(`[removed: ${RIGHT}]`)
  await expect(again.locator('ins')).toHaveText(`[added: ${WRONG}]`)
  // The first version against the next one, then against the current text (the same again).
  await again.getByRole('button', { name: /^Version 1/ }).click()
  const against = again.getByRole('combobox', { name: 'From version 1 to' })
  await expect(against).toHaveValue('next')
  await expect(again.locator('ins')).toHaveText(`[added: ${RIGHT}]`)
  await against.selectOption({ label: 'the current text' })
  await expect(again).toContainText('The two texts are the same, word for word.')
  await expect(again.locator('del, ins')).toHaveCount(0)
  await again.getByRole('button', { name: 'Close' }).first().click()
  await expect(again).toBeHidden()
})

test('pasted text with single line breaks follows the rule chosen', async ({ launch }) => {
  let { page, context } = await launch()
  await page.setViewportSize({ width: 1366, height: 768 })
  const text = 'Flooding hit three districts on Monday.\nRoads were closed.\nTwo people died.'
  const paste = async (title: string, rule: string | null, count: string): Promise<void> => {
    await page.getByRole('button', { name: 'Paste article…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Paste as new article' })
    await dialog.getByLabel('Title').fill(title)
    await dialog.getByLabel('Article text').fill(text)
    await expect(
      dialog.getByRole('radio', { name: 'Blank lines separate paragraphs' })
    ).toBeChecked()
    if (rule) await dialog.getByText(rule).click()
    await expect(dialog).toContainText(count)
    if (rule) await page.screenshot({ path: 'test-results/article-paste-rule-1366.png' })
    await dialog.getByRole('button', { name: 'Add to library' }).click()
    await expect(dialog).toBeHidden()
    await expect(readerTitle(page)).toHaveText(title)
  }
  await paste('Floods, wrapped lines', null, 'The text makes 1 paragraph.')
  await expect(paragraphs(page)).toHaveCount(1)
  await expect(paragraphs(page)).toHaveText(
    'Flooding hit three districts on Monday. Roads were closed. Two people died.'
  )
  await paste('Floods, one line each', 'Each line is a paragraph', 'The text makes 3 paragraphs.')
  await expect(paragraphs(page)).toHaveText([
    'Flooding hit three districts on Monday.',
    'Roads were closed.',
    'Two people died.'
  ])

  await context.close()
  ;({ page, context } = await launch())
  await libraryItem(page, 'Floods, wrapped lines').click()
  await expect(readerTitle(page)).toHaveText('Floods, wrapped lines')
  await expect(paragraphs(page)).toHaveCount(1)
  await libraryItem(page, 'Floods, one line each').click()
  await expect(readerTitle(page)).toHaveText('Floods, one line each')
  await expect(paragraphs(page)).toHaveCount(3)
})
