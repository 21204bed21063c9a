// STIX 2.1 and MISP exports through the Export dialog in browser mode: the sharing options (TLP,
// author) are reachable by keyboard and remembered across a reload, and the downloaded files pass
// the OASIS STIX schemas and the MISP object templates (../shared/schemas).
import type { Locator, Page } from '@playwright/test'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mispTemplateErrors, type MispObjectLike } from '../../tests/helpers/misp-templates'
import { bundleSchemaErrors } from '../../tests/helpers/stix-schemas'
import { stixWarnings } from '@core/export/data/stix-warnings'
import { expect, test } from '../support/workbench'
import { tagEvent } from '../support/reader'

let outDir: string
test.beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'workbench-exchange-'))
})
test.afterEach(() => rmSync(outDir, { recursive: true, force: true }))

type StixObject = Record<string, unknown> & { type: string; id: string }

async function openExport(page: Page, format: RegExp): Promise<Locator> {
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: /^This article/ }).check()
  await dialog.getByRole('radio', { name: format }).check()
  await expect(dialog.getByText(/^Holds .* 1 event\.$/)).toBeVisible()
  return dialog
}

async function download(page: Page, dialog: Locator): Promise<unknown> {
  const file = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const done = await file
  const path = join(outDir, done.suggestedFilename())
  await done.saveAs(path)
  await expect(dialog).toBeHidden()
  return JSON.parse(readFileSync(path, 'utf8'))
}

test('STIX and MISP exports carry the chosen TLP and author, remembered, and validate', async ({
  workbench: { page }
}) => {
  await tagEvent(page)

  // Other formats do not ask for sharing options.
  let dialog = await openExport(page, /ACLED CSV/)
  await expect(dialog.getByRole('group', { name: 'Sharing' })).toHaveCount(0)

  // STIX: the options follow the format list in tab order and default to TLP:AMBER.
  await dialog.getByRole('radio', { name: /STIX 2\.1/ }).check()
  const tlp = dialog.getByRole('combobox', { name: 'Traffic Light Protocol' })
  await expect(tlp).toHaveValue('amber')
  await dialog.getByRole('radio', { name: /STIX 2\.1/ }).focus()
  await page.keyboard.press('Tab')
  await expect(tlp).toBeFocused()
  await tlp.selectOption('red')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('textbox', { name: 'Author name' })).toBeFocused()
  await page.keyboard.type('R. Analyst')
  await page.keyboard.press('Tab')
  await expect(dialog.getByRole('textbox', { name: 'Organisation' })).toBeFocused()
  await page.keyboard.type('Example Desk')
  const bundle = (await download(page, dialog)) as { type: string; objects: StixObject[] }

  expect(bundle.type).toBe('bundle')
  expect(bundleSchemaErrors(bundle)).toEqual([])
  expect(stixWarnings(bundle)).toEqual([])
  const marking = bundle.objects.find((o) => o.type === 'marking-definition')!
  expect(marking).toMatchObject({ name: 'TLP:RED', definition: { tlp: 'red' } })
  const author = bundle.objects.find((o) => o.type === 'identity' && o['name'] === 'Example Desk')!
  expect(author['identity_class']).toBe('organization')
  const report = bundle.objects.find((o) => o.type === 'report')!
  expect(report['created_by_ref']).toBe(author.id)
  expect(report['object_marking_refs']).toEqual([marking.id])
  expect(bundle.objects.some((o) => o.type === 'note')).toBe(true)

  // Remembered across a reload of the app.
  await page.reload()
  await expect(page.getByRole('button', { name: 'Export…' })).toBeVisible()
  dialog = await openExport(page, /MISP event/)
  await expect(dialog.getByRole('combobox', { name: 'Traffic Light Protocol' })).toHaveValue('red')
  await expect(dialog.getByRole('textbox', { name: 'Author name' })).toHaveValue('R. Analyst')
  const organisation = dialog.getByRole('textbox', { name: 'Organisation' })
  await expect(organisation).toHaveValue('Example Desk')
  // Blank organisation (spaces only): the export falls back to MISP's own organisation.
  await organisation.fill('   ')
  await dialog
    .getByRole('combobox', { name: 'Traffic Light Protocol' })
    .selectOption('amber+strict')
  const misp = (await download(page, dialog)) as {
    Event: {
      info: string
      distribution: string
      Orgc?: unknown
      Tag: { name: string }[]
      Object: MispObjectLike[]
    }
  }
  expect(misp.Event.Tag[0]).toEqual({ name: 'tlp:amber+strict' })
  expect(misp.Event.distribution).toBe('0')
  expect(misp.Event.Orgc).toBeUndefined()
  expect(misp.Event.Object.flatMap((o) => mispTemplateErrors(o))).toEqual([])
  expect(new Set(misp.Event.Object.map((o) => o.name))).toEqual(
    new Set(['event', 'geolocation', 'organization', 'annotation', 'report'])
  )

  // The blank organisation was remembered as empty.
  dialog = await openExport(page, /STIX 2\.1/)
  await expect(dialog.getByRole('textbox', { name: 'Organisation' })).toHaveValue('')
  await expect(dialog.getByRole('combobox', { name: 'Traffic Light Protocol' })).toHaveValue(
    'amber+strict'
  )
})
