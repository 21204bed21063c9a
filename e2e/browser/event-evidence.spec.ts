import type { Locator, Page } from '@playwright/test'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '../support/workbench'
import { dragSelect, EVENT_PASSAGE, eventRows } from '../support/reader'

interface ExportedEvent {
  actor1: { name: string } | null
  location: string
  evidence: Record<string, { selectors: { quote: { exact: string } }; citedValue?: string }>
}

let outDir: string
test.beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'workbench-evidence-'))
})
test.afterEach(() => rmSync(outDir, { recursive: true, force: true }))

async function setPublicationDate(page: Page, date: string): Promise<void> {
  await page.getByRole('button', { name: 'Edit details…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Article details' })
  await dialog.getByLabel('Publication date').fill(date)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect(dialog).toBeHidden()
}

/** The citation line under a field of the event form ("from “…”", "no citation"). */
const evidenceOf = (form: Locator, field: string): Locator =>
  form.locator('.evidence-row').filter({
    has: form.page().getByRole('button', { name: `Cite selection for ${field}`, exact: true })
  })

/** Exports the article's events as JSON through the Export dialog and reads the file. */
async function exportEventsJson(page: Page): Promise<ExportedEvent[]> {
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: /^This article/ }).check()
  await dialog.getByRole('radio', { name: /Events — JSON/ }).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = await download
  const path = join(outDir, file.suggestedFilename())
  await file.saveAs(path)
  return (JSON.parse(readFileSync(path, 'utf8')) as { events: ExportedEvent[] }).events
}

test('a changed prefilled value loses its citation in the form, on save and in the exported JSON', async ({
  workbench: { page }
}) => {
  await setPublicationDate(page, '2021-06-30')
  await dragSelect(page, EVENT_PASSAGE)
  await page.keyboard.press('e')
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await expect(form).toBeVisible()
  const actor1 = form.getByRole('combobox', { name: 'Actor 1', exact: true })
  await expect(actor1).not.toHaveValue('')
  await expect(evidenceOf(form, 'Actor 1')).toContainText('from “')
  await expect(evidenceOf(form, 'Country')).toContainText('from “')
  // Change the actor: its citation goes at once and the field says so.
  await actor1.fill('Unidentified Armed Group (Iraq)')
  await expect(evidenceOf(form, 'Actor 1')).toHaveText(/^no citation/)
  await expect(evidenceOf(form, 'Country')).toContainText('from “')
  await page.screenshot({ path: 'test-results/event-evidence-form.png' })
  await form.getByRole('button', { name: 'Save event' }).click()
  await expect(form).toBeHidden()
  await expect(eventRows(page)).toHaveCount(1)

  const [exported] = await exportEventsJson(page)
  expect(exported?.actor1?.name).toBe('Unidentified Armed Group (Iraq)')
  expect(exported?.evidence['actor1']).toBeUndefined()
  expect(exported?.evidence['country']?.selectors.quote.exact).toBeTruthy()
})
