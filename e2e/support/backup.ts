import type { Page } from '@playwright/test'
import { expect, test } from './workbench'

export const backupDialog = (page: Page) => page.getByRole('dialog', { name: 'Backup and restore' })

/** Backs up through the top bar's Backup… (no native menu in browser mode); returns the saved file. */
export async function backUp(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Backup…' }).click()
  const download = page.waitForEvent('download')
  await backupDialog(page).getByRole('button', { name: 'Back up…' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^analyst-workbench-backup-\d{4}-\d\d-\d\d-\d{4}\.json$/)
  const saveAs = test.info().outputPath(file.suggestedFilename())
  await file.saveAs(saveAs)
  await expect(page.getByRole('status').filter({ hasText: 'Backed up' })).toContainText(
    /Backed up \d+ records to analyst-workbench-backup-/
  )
  return saveAs
}

/** Picks `path` in the file chooser of Backup… › Restore from backup…. */
export async function chooseBackup(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Backup…' }).click()
  const chooser = page.waitForEvent('filechooser')
  await backupDialog(page).getByRole('button', { name: 'Restore from backup…' }).click()
  await (await chooser).setFiles(path)
}
