import type { Page } from '@playwright/test'
import { alertNotice, expect, test } from '../support/workbench'
import { card, dragSelect, tagEvent } from '../support/reader'
import { noteEditor, startNote, writeUnderHeading } from '../support/notes'

const Q1 = 'The strikes killed several militia members'

async function gradedHighlight(page: Page): Promise<void> {
  await dragSelect(page, Q1)
  await page.keyboard.press('g')
  await card(page, Q1).getByLabel('Source reliability').selectOption('B')
  await card(page, Q1).getByLabel('Information credibility').selectOption('2')
  await card(page, Q1).getByRole('button', { name: 'Done' }).click()
}

const notesTab = (page: Page) => page.getByRole('tab', { name: 'Notes' })
const editorOf = noteEditor

test('write a BLUF brief with evidence, standards help and lint; nothing typed is lost on close', async ({
  launch
}) => {
  let { page, context } = await launch()
  await gradedHighlight(page)
  await tagEvent(page)
  await notesTab(page).click()
  await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'BLUF brief' })
  await page.getByRole('button', { name: 'New note' }).click()
  const editor = editorOf(page)
  await expect(editor).toBeVisible()
  for (const heading of [
    'Bottom line up front',
    'Key judgments',
    'Timeline',
    'Sources and reliability',
    'Assumptions',
    'Indicators to watch',
    'Outlook'
  ]) {
    await expect(editor.getByRole('heading', { name: heading })).toBeVisible()
  }
  // Write under the bottom line: a vague word gets the lint underline.
  await writeUnderHeading(page, 'Bottom line up front')
  await page.keyboard.type('Militia groups will probably retaliate against U.S. forces. ')
  await expect(editor.locator('.analytic-lint--vague-probability')).toContainText('probably')
  // The likelihood picker inserts a standard term.
  await page.getByRole('button', { name: 'Insert a likelihood term (ICD 203)' }).click()
  await page.getByRole('menuitem', { name: /^likely/ }).click()
  await expect(editor).toContainText('likely')
  // Cite the graded highlight and insert the event.
  await page
    .getByRole('combobox', { name: 'Insert a highlight as a cited quote' })
    .selectOption({ label: Q1 })
  await expect(editor.locator('.cited-quote-node')).toContainText(Q1)
  await expect(editor.locator('.cited-quote-node')).toContainText('B2')
  await page.getByRole('combobox', { name: 'Insert an event card' }).selectOption({ index: 1 })
  await expect(editor.locator('.event-card-node, [data-type="event-card"]').first()).toContainText(
    'Air/drone strike'
  )
  await page.keyboard.type('Last words before closing')
  // Close at once, right after typing.
  await context.close()
  ;({ page, context } = await launch())
  await notesTab(page).click()
  await page.getByRole('button', { name: /^BLUF brief/ }).click()
  const reopened = editorOf(page)
  await expect(reopened).toContainText('Last words before closing')
  await expect(reopened).toContainText('Militia groups will probably retaliate')
  await expect(reopened.locator('.cited-quote-node')).toContainText(Q1)
  // The citation follows the annotation: regrading it shows in the note.
})

test('restore an earlier revision of a note; the replaced text stays in the history', async ({
  workbench: { page }
}) => {
  await startNote(page, 'Blank note')
  await page.keyboard.type('First version of the judgment.')
  await page.getByRole('button', { name: '← All notes' }).click()
  await page.getByRole('button', { name: /^Blank note/ }).click()
  await editorOf(page).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' Second thoughts added.')
  await expect(editorOf(page)).toContainText('Second thoughts added.')
  await page.getByRole('button', { name: 'History…' }).click()
  const history = page.getByRole('dialog', { name: 'Note history' })
  await expect(history.getByRole('region', { name: 'Revision preview' })).toContainText(
    'First version of the judgment.'
  )
  await expect(history.getByRole('region', { name: 'Revision preview' })).not.toContainText(
    'Second thoughts'
  )
  await history.getByRole('button', { name: 'Restore this revision' }).click()
  await expect(history).toBeHidden()
  await expect(editorOf(page)).toHaveText('First version of the judgment.')
  await page.getByRole('button', { name: 'History…' }).click()
  await expect(
    page.getByRole('dialog', { name: 'Note history' }).getByRole('list', { name: 'Revisions' })
  ).toContainText('before a restore')
})

test('notes can be renamed, duplicated and deleted with undo', async ({ workbench: { page } }) => {
  await notesTab(page).click()
  await page.getByRole('button', { name: 'New note' }).click()
  await page.getByRole('button', { name: '← All notes' }).click()
  const items = page.getByRole('list', { name: 'Notes' }).getByRole('listitem')
  await expect(items).toHaveCount(1)
  await page.getByRole('button', { name: /^Rename / }).click()
  await page.getByRole('textbox', { name: 'Note title' }).fill('Weekly militia brief')
  await page.keyboard.press('Enter')
  await expect(items.first()).toContainText('Weekly militia brief')
  await page.getByRole('button', { name: 'Duplicate Weekly militia brief' }).click()
  await expect(items).toHaveCount(2)
  await page.getByRole('button', { name: 'Delete Weekly militia brief (copy)' }).click()
  await expect(items).toHaveCount(1)
  await page.getByTestId('article-body').click()
  await page.keyboard.press('Control+z')
  await expect(items).toHaveCount(2)
})

test('a note saved as a template starts a new note after a restart; an empty name is refused', async ({
  launch
}) => {
  let { page, context } = await launch()
  await startNote(page, 'Blank note')
  await page.keyboard.type('Standing section: sources and reliability.')
  await page.getByRole('button', { name: 'Save as template' }).click()
  const dialog = page.getByRole('dialog', { name: 'Save as template' })
  const name = dialog.getByRole('textbox', { name: 'Template name' })
  await expect(name).toBeFocused()
  await name.fill('   ')
  await page.keyboard.press('Enter')
  await expect(dialog.getByRole('alert')).toHaveText('Give the template a name.')
  await page.screenshot({ path: 'test-results/save-template-refused.png' })
  await name.fill('Weekly standing brief')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Saved the template' })).toBeVisible()

  await context.close()
  ;({ page, context } = await launch())
  await notesTab(page).click()
  await page
    .getByRole('combobox', { name: 'Template' })
    .selectOption({ label: 'Weekly standing brief (yours)' })
  await page.getByRole('button', { name: 'New note' }).click()
  await expect(editorOf(page)).toHaveText('Standing section: sources and reliability.')
  await context.close()
})

test('a long note: pasted, joined across its chunks with Backspace and a mouse selection, kept over a restart', async ({
  launch
}) => {
  let { page, context } = await launch()
  const editor = await startNote(page, 'Blank note')
  // 260 lines on the clipboard, pasted with the keyboard: 260 paragraphs.
  const lines = Array.from({ length: 260 }, (_, i) => `Line ${i + 1} of the long brief.`)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((text) => navigator.clipboard.writeText(text), lines.join('\n'))
  await page.keyboard.press('Control+V')
  await expect(editor.locator('p').last()).toHaveText(lines.at(-1)!)
  // Over 200 blocks the note is shown in chunks; the second starts with some line n.
  const second = editor.locator(':scope > .note-chunk').nth(1)
  await expect(second).toBeAttached()
  const first = second.locator('p').first()
  const n = Number(/^Line (\d+) /.exec((await first.textContent()) ?? '')?.[1])
  expect(n).toBeGreaterThan(1)
  await first.scrollIntoViewIfNeeded()
  await first.click({ position: { x: 2, y: 4 } })
  await page.keyboard.press('Home')
  await page.keyboard.press('Backspace')
  const joined = `${lines[n - 2]}${lines[n - 1]}`
  await expect(editor.locator('p', { hasText: joined })).toHaveCount(1)
  await page.keyboard.type('(joined) ')
  await expect(
    editor.locator('p', { hasText: `${lines[n - 2]}(joined) ${lines[n - 1]}` })
  ).toHaveCount(1)
  await page.screenshot({ path: 'test-results/long-note-chunk-boundary.png' })
  // A mouse selection from one chunk into the next, typed over: the two lines become one.
  const nextChunk = editor.locator(':scope > .note-chunk').last()
  const from = editor.locator(':scope > .note-chunk').nth(-2).locator(':scope > p').last()
  const to = nextChunk.locator(':scope > p').first()
  await to.scrollIntoViewIfNeeded()
  const [a, b] = [(await from.boundingBox())!, (await to.boundingBox())!]
  await page.mouse.move(a.x + 30, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(b.x + 30, b.y + b.height / 2, { steps: 5 })
  await page.mouse.up()
  await page.keyboard.type('X')
  await expect(editor.locator('p', { hasText: 'X' })).toHaveText(/^Lin.*X.*of the long brief\.$/)
  await expect(editor.locator('p')).toHaveCount(258)
  // Close at once, right after typing; everything is there after a restart.
  await context.close()
  ;({ page, context } = await launch())
  await notesTab(page).click()
  await page.getByRole('button', { name: /^Blank note/ }).click()
  const reopened = editorOf(page)
  await expect(reopened.locator('p', { hasText: '(joined)' })).toHaveText(
    `${lines[n - 2]}(joined) ${lines[n - 1]}`
  )
  await expect(reopened.locator('p', { hasText: 'X' })).toHaveText(/^Lin.*X.*of the long brief\.$/)
  await expect(reopened.locator('p')).toHaveCount(258)
  await expect(reopened.locator('p').first()).toHaveText(lines[0]!)
  await expect(reopened.locator('p').last()).toHaveText(lines.at(-1)!)
})

test('a paste that would take a note over its size limit is refused, said, and changes nothing', async ({
  launch
}) => {
  let { page, context } = await launch()
  const editor = await startNote(page, 'Blank note')
  await page.keyboard.type('Kept line.')
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  // 8 million characters and a few more, on one line: more than a note holds.
  await page.evaluate(() => navigator.clipboard.writeText('x'.repeat(8_000_010)))
  await page.keyboard.press('Control+V')
  await expect(alertNotice(page)).toContainText(
    'a note holds at most 8,000,000 characters. Nothing was added: put the text in another note.'
  )
  await expect(editor).toHaveText('Kept line.')
  // The editor goes on as before: the next key is kept, and all of it is there after a restart.
  await page.keyboard.type(' Then more.')
  await expect(editor).toHaveText('Kept line. Then more.')
  await context.close()
  ;({ page, context } = await launch())
  await notesTab(page).click()
  await page.getByRole('button', { name: /^Blank note/ }).click()
  await expect(editorOf(page)).toHaveText('Kept line. Then more.')
  await context.close()
})
