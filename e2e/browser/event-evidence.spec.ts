import type { Locator, Page } from '@playwright/test'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '../support/workbench'
import { dragSelect, EVENT_PASSAGE, eventRows } from '../support/reader'
import { openSuggestions, setPublicationDate, FIRST_PREFILL_MS } from '../support/events'
import { storedRecords } from '../support/stored-records'

// The first event tagged in each test waits for the suggester's gazetteer (FIRST_PREFILL_MS):
// the default minute does not leave room for the rest of the test on a loaded machine.
test.describe.configure({ timeout: 150_000 })

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

/** The citation line under a field of the event form ("from “…”", "no citation"). */
const evidenceOf = (form: Locator, field: string): Locator =>
  form.locator(`[data-cite-field="${field}"] .evidence-row`)

/** The Cite selection button of a field of the event form. */
const citeButton = (form: Locator, field: string): Locator =>
  form.locator(`[data-cite-field="${field}"]`).getByRole('button', { name: 'Cite selection' })

/** Exports the article's events in `format` through the Export dialog and reads the file. */
async function exportArticle(page: Page, format: RegExp): Promise<unknown> {
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: /^This article/ }).check()
  await dialog.getByRole('radio', { name: format }).check()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = await download
  const path = join(outDir, file.suggestedFilename())
  await file.saveAs(path)
  return JSON.parse(readFileSync(path, 'utf8'))
}

test('a changed prefilled value loses its citation in the form, on save and in the exported JSON', async ({
  workbench: { page }
}) => {
  await setPublicationDate(page, '2021-06-30')
  await dragSelect(page, EVENT_PASSAGE)
  await page.keyboard.press('e')
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await expect(form).toBeVisible({ timeout: FIRST_PREFILL_MS })
  const actor1 = form.getByRole('combobox', { name: 'Actor 1', exact: true })
  await expect(actor1).not.toHaveValue('')
  await expect(evidenceOf(form, 'actor1')).toContainText('from “')
  await expect(evidenceOf(form, 'country')).toContainText('from “')
  // Change the actor: its citation goes at once and the field says so.
  await actor1.fill('Unidentified Armed Group (Iraq)')
  await expect(evidenceOf(form, 'actor1')).toHaveText(/^no citation/)
  await expect(evidenceOf(form, 'country')).toContainText('from “')
  await page.screenshot({ path: 'test-results/event-evidence-form.png' })
  await form.getByRole('button', { name: 'Save event' }).click()
  await expect(form).toBeHidden()
  await expect(eventRows(page)).toHaveCount(1)

  const json = (await exportArticle(page, /Events — JSON/)) as { events: ExportedEvent[] }
  const [exported] = json.events
  expect(exported?.actor1?.name).toBe('Unidentified Armed Group (Iraq)')
  expect(exported?.evidence['actor1']).toBeUndefined()
  expect(exported?.evidence['country']?.selectors.quote.exact).toBeTruthy()
  // STIX: a note per cited field; none for the actor any more, one for the country.
  const stix = (await exportArticle(page, /STIX/)) as {
    objects: { type: string; abstract?: string }[]
  }
  const cited = stix.objects.filter((o) => o.type === 'note').map((o) => o.abstract)
  expect(cited).toContain('Evidence for country')
  expect(cited).not.toContain('Evidence for actor 1')
})

test('a typed field cites the reader selection by mouse and by keyboard; the citations survive a restart', async ({
  launch
}) => {
  let { page, context } = await launch()
  await page.getByRole('button', { name: 'New event' }).click()
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await expect(form).toBeVisible({ timeout: FIRST_PREFILL_MS })
  const citeLocation = citeButton(form, 'location')
  // Nothing selected yet: citing is not offered.
  await expect(citeLocation).toBeDisabled()
  await expect(
    form.getByText('To cite a passage for a field, select it in the article.')
  ).toBeVisible()

  // Mouse: type a place, select its passage in the reader beside the form, click Cite selection.
  await form.getByLabel('Location', { exact: true }).fill('Balad Air Base')
  await dragSelect(page, 'firing rockets at military bases')
  await expect(
    form.getByText(/Selected in the article: “firing rockets at military bases”/)
  ).toBeVisible()
  await citeLocation.click()
  await expect(evidenceOf(form, 'location')).toContainText(
    'from “firing rockets at military bases”'
  )

  // Keyboard: in the reader, move the caret past the selection and select to the sentence's end;
  // then go to the typed field and press Ctrl+Shift+E.
  await page.getByTestId('article-body').focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Alt+Shift+ArrowRight')
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString().trim()))
    .toMatch(/^and targeting convoys with deadly explosives\.$/)
  await expect(
    form.getByText(/Selected in the article: “and targeting convoys with deadly explosives\.”/)
  ).toBeVisible()
  // Bad input: the shortcut in an empty field cites nothing and says why.
  await form.getByRole('combobox', { name: 'Actor 2', exact: true }).focus()
  await page.keyboard.press('Control+Shift+E')
  await expect(
    form.getByText('Give Actor 2 a value first: a citation belongs to a value.')
  ).toBeVisible()
  await expect(evidenceOf(form, 'actor2')).not.toContainText('from')
  const actor1 = form.getByRole('combobox', { name: 'Actor 1', exact: true })
  await actor1.focus()
  await page.keyboard.type('Military Forces of the United States')
  // An empty field cannot cite (a citation belongs to a value), but this one has one now.
  await expect(citeButton(form, 'actor2')).toBeDisabled()
  await page.keyboard.press('Control+Shift+E')
  await expect(evidenceOf(form, 'actor1')).toContainText(
    'from “and targeting convoys with deadly explosives.”'
  )
  await page.screenshot({ path: 'test-results/event-evidence-cited.png' })
  // The mouse citation is untouched; the location still holds its value.
  await expect(evidenceOf(form, 'location')).toContainText('firing rockets at military bases')
  await page.keyboard.press('Control+Enter')
  await expect(form).toBeHidden()
  await expect(eventRows(page)).toHaveCount(1)

  await context.close()
  ;({ page, context } = await launch())
  await expect(eventRows(page)).toHaveCount(1)
  await eventRows(page).first().click()
  await page.getByRole('button', { name: 'Edit…' }).click()
  const edit = page.getByRole('dialog', { name: 'Edit event' })
  await expect(evidenceOf(edit, 'location')).toContainText(
    'from “firing rockets at military bases”'
  )
  await expect(evidenceOf(edit, 'actor1')).toContainText('from “and targeting convoys')
  // Escape closes the docked form like any dialog.
  await page.keyboard.press('Escape')
  await expect(edit).toBeHidden()
})

test('the CAMEO code follows the sub-event type as it is chosen, and the type’s citation with it', async ({
  workbench: { page }
}) => {
  await dragSelect(page, EVENT_PASSAGE)
  await page.getByRole('button', { name: 'Tag event' }).click()
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await expect(form).toBeVisible({ timeout: FIRST_PREFILL_MS })
  const code = form.getByTestId('ontology-code')
  await expect(code).toHaveText('CAMEO 1.1b3 code 195: Employ aerial weapons')
  await expect(evidenceOf(form, 'eventType')).toContainText('from “airstrikes”')
  const subType = form.getByRole('combobox', { name: 'Sub-event type' })
  await subType.selectOption('Shelling/artillery/missile attack')
  await expect(code).toHaveText('CAMEO 1.1b3 code 194: Fight with artillery and tanks')
  await expect(evidenceOf(form, 'eventType')).toHaveText(/^no citation/)
  // Keyboard: back to the air strike, and its citation comes back with the value it was made for.
  await subType.focus()
  await page.keyboard.press('ArrowUp')
  await expect(subType).toHaveValue('Suicide bomb')
  await expect(code).toHaveText('CAMEO 1.1b3 code 1831: Carry out suicide bombing')
  await page.keyboard.press('ArrowUp')
  await expect(subType).toHaveValue('Air/drone strike')
  await expect(code).toHaveText('CAMEO 1.1b3 code 195: Employ aerial weapons')
  await expect(evidenceOf(form, 'eventType')).toContainText('from “airstrikes”')
  await form.getByRole('combobox', { name: 'Event type', exact: true }).selectOption('Battles')
  await expect(code).toHaveText('')
  await form.getByRole('combobox', { name: 'Sub-event type' }).selectOption('Armed clash')
  await expect(code).toHaveText('CAMEO 1.1b3 code 190: Use conventional military force')
  await form.getByRole('button', { name: 'Save event' }).click()
  await expect(form).toBeHidden()
  await eventRows(page).first().click()
  await page.getByRole('button', { name: 'Edit…' }).click()
  await expect(
    page.getByRole('dialog', { name: 'Edit event' }).getByTestId('ontology-code')
  ).toHaveText('CAMEO 1.1b3 code 190: Use conventional military force')
})

test('the review shows the words each proposed value came from; an edited proposal cites them until changed', async ({
  workbench: { page }
}) => {
  await setPublicationDate(page, '2021-06-30')
  const { review, proposals } = await openSuggestions(page)
  const first = proposals.first()
  const values = first.getByLabel('Proposed values')
  await expect(values).toContainText('Event type')
  await expect(values).toContainText(/from “[^”]+”/)
  await expect(first).toContainText(/confidence \d+ %/)
  await page.screenshot({ path: 'test-results/event-evidence-review.png' })
  // Edit it: the review steps aside for the form beside the reader, and comes back after.
  await first.getByRole('button', { name: 'Edit…' }).click()
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await expect(review).toBeHidden()
  await expect(evidenceOf(form, 'eventType')).toContainText('from “')
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()
  await expect(review).toBeVisible()
})

test('a value the suggester was unsure of is offered, not filled; choosing it sets and cites it', async ({
  workbench: { page }
}) => {
  await setPublicationDate(page, '2021-06-30')
  const { review, proposals } = await openSuggestions(page)
  // "killed several militia members": "several" is no figure, so the toll is only offered.
  const strike = proposals
    .filter({ has: page.getByRole('group', { name: 'Choose Fatalities' }) })
    .first()
  const offer = strike.getByRole('group', { name: 'Choose Fatalities' })
  await expect(offer).toContainText('left empty, choose')
  const choice = offer.getByRole('button').first()
  await expect(choice).toHaveAttribute('aria-pressed', 'false')
  await choice.focus()
  await page.keyboard.press('Enter')
  await expect(choice).toHaveAttribute('aria-pressed', 'true')
  await expect(offer).toContainText('chosen')
  await strike.getByRole('button', { name: 'Accept' }).click()
  await review.getByRole('button', { name: 'Done' }).click()
  await expect(eventRows(page)).toHaveCount(1)
  const [event] = await storedRecords<{
    fatalities: number | null
    evidence: Record<string, { selectors: { quote: { exact: string } } }>
  }>(page, 'events')
  expect(event?.fatalities).toBeGreaterThan(0)
  expect(event?.evidence['fatalities']?.selectors.quote.exact).toMatch(/several/)
})
