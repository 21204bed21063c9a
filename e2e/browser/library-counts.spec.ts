import type { Page } from '@playwright/test'
import { SAMPLE_TITLE, expect, test } from '../support/workbench'
import { importThroughDialog, textFile } from '../support/files'
import {
  card,
  cards,
  dragSelect,
  eventRows,
  highlightWithComment,
  tagEvent
} from '../support/reader'

// The library reads each article's summary (its counts kept in step by every write), not the
// articles themselves: these check the counts follow every change, a restart and a restore.

const Q1 = 'The strikes killed several militia members'
const Q3 = 'Iran aims to protect its interests through them'

const library = (page: Page) => page.getByRole('complementary', { name: 'Article library' })
const sampleItem = (page: Page) =>
  library(page).getByRole('button', { name: new RegExp(`^${SAMPLE_TITLE}`) })

test('the library counts follow highlights and events added and deleted, a restart and a restore', async ({
  launch
}) => {
  let { page, context } = await launch()
  await expect(sampleItem(page)).toContainText('0 annotations · 0 events')

  await highlightWithComment(page, Q1, 'Unconfirmed')
  await expect(sampleItem(page)).toContainText('1 annotation · 0 events')
  await tagEvent(page)
  await expect(eventRows(page)).toHaveCount(1)
  await expect(sampleItem(page)).toContainText('1 annotation · 1 event')
  await dragSelect(page, Q3)
  await page.getByRole('button', { name: 'Highlight as Question' }).click()
  await expect(cards(page)).toHaveCount(2)
  await expect(sampleItem(page)).toContainText('2 annotations · 1 event')

  // Back up now (2 annotations, 1 event), then change things before restoring it.
  await page.getByRole('button', { name: 'Backup…' }).click()
  const backupDialog = page.getByRole('dialog', { name: 'Backup and restore' })
  const download = page.waitForEvent('download')
  await backupDialog.getByRole('button', { name: 'Back up…' }).click()
  const backupPath = test.info().outputPath('library-counts-backup.json')
  await (await download).saveAs(backupPath)
  await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toBeVisible()

  await card(page, Q3).getByRole('button', { name: 'Delete annotation' }).click()
  await expect(cards(page)).toHaveCount(1)
  await expect(sampleItem(page)).toContainText('1 annotation · 1 event')
  await eventRows(page).first().click()
  await page.getByRole('region', { name: 'Events' }).getByRole('button', { name: 'Delete' }).click()
  await expect(eventRows(page)).toHaveCount(0)
  await expect(sampleItem(page)).toContainText('1 annotation · 0 events')

  await context.close()
  ;({ page, context } = await launch())
  await expect(cards(page)).toHaveCount(1)
  await expect(sampleItem(page)).toContainText('1 annotation · 0 events')

  await page.getByRole('button', { name: 'Backup…' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page
    .getByRole('dialog', { name: 'Backup and restore' })
    .getByRole('button', { name: 'Restore from backup…' })
    .click()
  await (await chooser).setFiles(backupPath)
  const restore = page.getByRole('dialog', { name: 'Restore from backup' })
  await restore.getByRole('button', { name: 'Replace everything with this backup' }).click()
  await expect(restore).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible()
  await expect(sampleItem(page)).toContainText('2 annotations · 1 event')
  await expect(cards(page)).toHaveCount(2)
  await context.close()
})

test('the library filter narrows the list by title or source and says how many match', async ({
  workbench: { page }
}) => {
  await importThroughDialog(
    page,
    textFile('field-report.txt', 'Field report from Deir ez-Zor\n\nShelling near the bridge.')
  )
  await expect(library(page).getByRole('listitem')).toHaveCount(2)
  const filter = library(page).getByRole('searchbox', { name: 'Filter articles' })
  await filter.fill('deir ZOR')
  await expect(library(page).getByRole('listitem')).toHaveCount(1)
  await expect(
    library(page).getByRole('button', { name: /^Field report from Deir ez-Zor/ })
  ).toBeVisible()
  await expect(library(page).getByRole('status')).toHaveText('1 of 2 articles')
  await filter.fill('no such words')
  await expect(library(page).getByRole('listitem')).toHaveCount(0)
  await expect(library(page)).toContainText('No article’s title or source has “no such words”.')
  await filter.fill('')
  await expect(library(page).getByRole('listitem')).toHaveCount(2)
  await expect(library(page).getByRole('status')).toHaveCount(0)
})
