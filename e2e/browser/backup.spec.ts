import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { expect, test } from '../support/workbench'
import { backUp, chooseBackup } from '../support/backup'
import {
  card,
  cards,
  dragSelect,
  eventRows,
  highlightWithComment,
  tagEvent
} from '../support/reader'

const Q1 = 'The strikes killed several militia members'
const Q3 = 'Iran aims to protect its interests through them'
const COMMENT = 'Casualty figure is unconfirmed'

test('back up, wipe the profile, restore from the file: everything is back, also after a restart', async ({
  launch,
  profileDir
}) => {
  let { page, context } = await launch()
  await highlightWithComment(page, Q1, COMMENT)
  await tagEvent(page)
  await expect(eventRows(page)).toHaveCount(1)
  const backup = await backUp(page)

  // Wipe: the same profile folder, emptied, is a browser that has never seen the workbench.
  await context.close()
  rmSync(profileDir, { recursive: true, force: true })
  mkdirSync(profileDir)
  ;({ page, context } = await launch())
  await expect(page.getByTestId('article-body')).toContainText(Q1)
  await expect(cards(page)).toHaveCount(0)
  await expect(eventRows(page)).toHaveCount(0)

  await chooseBackup(page, backup)
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' })
  await expect(dialog).toContainText(/analyst-workbench-backup-.*\.json was made on/)
  await expect(dialog.getByRole('row', { name: /^Annotations/ })).toHaveText(/Annotations\s*1\s*0/)
  await expect(dialog.getByRole('row', { name: /^Events/ })).toHaveText(/Events\s*1\s*0/)
  await expect(dialog.getByRole('note')).toContainText(
    'replaces everything currently in the workbench'
  )
  await page.screenshot({ path: 'docs/screenshot-restore-backup.png' })
  // Commands that would write wait while a restore is open: Ctrl+O is refused, with a reason.
  await page.keyboard.press('Control+o')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Finish or cancel the restore first.' })
  ).toBeVisible()
  // Keyboard only: focus starts on Cancel; Tab reaches the restore button.
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(
    dialog.getByRole('button', { name: 'Replace everything with this backup' })
  ).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toContainText(
    /Restored \d+ records from “analyst-workbench-backup-/
  )

  await expect(card(page, Q1).locator('.card-comment')).toHaveText(COMMENT)
  await expect(cards(page)).toHaveCount(1)
  await expect(eventRows(page)).toHaveCount(1)
  await expect(eventRows(page).first()).toContainText('Air/drone strike')

  await context.close()
  ;({ page, context } = await launch())
  await expect(card(page, Q1).locator('.card-comment')).toHaveText(COMMENT)
  await expect(cards(page)).toHaveCount(1)
  await expect(eventRows(page)).toHaveCount(1)
})

test('a cut-off backup is refused with the reason and nothing changes', async ({
  workbench: { page }
}) => {
  await highlightWithComment(page, Q1, COMMENT)
  const backup = await backUp(page)
  const bytes = readFileSync(backup)
  const truncated = test.info().outputPath('backup-truncated.json')
  writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)))
  // A change after the backup: a restore, even a partial one, would take it away.
  await dragSelect(page, Q3)
  await page.getByRole('button', { name: 'Highlight as Question' }).click()
  await expect(cards(page)).toHaveCount(2)

  await chooseBackup(page, truncated)
  await expect(page.getByRole('alert')).toContainText(
    'was not restored; the workbench is unchanged. This backup ends early — the file was probably cut off while copying.'
  )
  await expect(page.getByRole('dialog', { name: 'Restore from backup' })).toHaveCount(0)
  await expect(cards(page)).toHaveCount(2)
  await expect(card(page, Q3)).toBeVisible()
  await expect(card(page, Q1).locator('.card-comment')).toHaveText(COMMENT)
})

test('a backup with broken references lists them; restoring takes an explicit choice and repairs only those', async ({
  workbench: { page }
}) => {
  await highlightWithComment(page, Q1, COMMENT)
  await dragSelect(page, Q3)
  await page.getByRole('button', { name: 'Highlight as Question' }).click()
  await expect(cards(page)).toHaveCount(2)
  const backup = await backUp(page)
  // The probe's damage: one highlight's article is missing, the other's passage is reversed.
  const file = JSON.parse(readFileSync(backup, 'utf8')) as {
    tables: { annotations: { articleId: string; anchor: { start: number; end: number } }[] }
  }
  const [first, second] = file.tables.annotations
  const quoteOf = (a: unknown) =>
    (a as { selectors: { quote: { exact: string } } }).selectors.quote.exact
  const orphan = quoteOf(first) === Q3 ? first! : second!
  const reversed = orphan === first ? second! : first!
  orphan.articleId = 'no-such-article'
  reversed.anchor = { ...reversed.anchor, start: reversed.anchor.end, end: reversed.anchor.start }
  const broken = test.info().outputPath('backup-broken.json')
  writeFileSync(broken, JSON.stringify(file))
  // A change after the backup, which a refused or cancelled restore must leave.
  await card(page, Q3).getByRole('button', { name: 'Delete annotation' }).click()
  await expect(cards(page)).toHaveCount(1)

  await chooseBackup(page, broken)
  const dialog = page.getByRole('dialog', { name: 'Restore from backup' })
  await expect(
    dialog.getByRole('heading', { name: '2 records cannot be restored as they are' })
  ).toBeVisible()
  const problems = dialog.getByRole('listitem')
  await expect(problems).toHaveCount(2)
  await expect(problems.filter({ hasText: Q3 })).toContainText(
    'its article “no-such-article” is not in the backup. Repair: left out.'
  )
  await expect(problems.filter({ hasText: Q1 })).toContainText(
    /reversed.*Repair: passage marked as lost\./
  )
  const replace = dialog.getByRole('button', { name: 'Replace everything with this backup' })
  await expect(replace).toBeDisabled()
  // Saved to look at, at the two laptop sizes: the list, the choice and the buttons.
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1440, height: 900 }
  ]) {
    await page.setViewportSize(size)
    await page.screenshot({ path: `test-results/screens/restore-problems-${size.width}.png` })
  }
  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(cards(page)).toHaveCount(1)

  await chooseBackup(page, broken)
  const choice = dialog.getByRole('checkbox', {
    name: 'Restore with these records repaired as listed'
  })
  await choice.focus()
  await page.keyboard.press('Space')
  await expect(choice).toBeChecked()
  await expect(replace).toBeEnabled()
  await replace.click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible()
  // The highlight with a reversed passage is back, honestly lost; the orphan is not anywhere.
  await expect(cards(page)).toHaveCount(1)
  await expect(card(page, Q1)).toContainText('Orphaned — passage not found')
  await expect(card(page, Q1).locator('.card-comment')).toHaveText(COMMENT)
  // Ctrl+K finds the passage in its article, and no highlight that would lead nowhere.
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Search and commands' })
  await expect(palette.getByRole('combobox')).toBeFocused()
  await page.keyboard.type('interests through them')
  await expect(palette.getByRole('combobox')).toHaveValue('interests through them')
  await expect(palette.getByRole('group', { name: 'Articles' })).toBeVisible()
  await expect(palette.getByRole('group', { name: 'Annotations' })).toHaveCount(0)
})
