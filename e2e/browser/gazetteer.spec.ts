import type { Page } from '@playwright/test'
import { expect, test } from '../support/workbench'
import { dragSelect, EVENT_PASSAGE, eventRows } from '../support/reader'
import { FIRST_PREFILL_MS, openSuggestions, setPublicationDate } from '../support/events'

// Each test waits first for the suggester's gazetteer (FIRST_PREFILL_MS): the default minute does
// not leave room for the rest of the test on a loaded machine.
test.describe.configure({ timeout: 150_000 })

const NOT_IN_GAZETTEER = 'Not in the gazetteer: enter coordinates by hand or leave them empty'

// Our own short wire-style report (not from any corpus): a shelling in a named city.
const REPORT_TITLE = 'Rockets hit Baghdad airport road'
const REPORT = [
  'BAGHDAD, March 3 — Two rockets struck a checkpoint on the airport road in Baghdad on Tuesday, killing three members of the security forces, Iraqi police said.',
  'No group claimed the attack. A police spokesman said an investigation had been opened.'
].join('\n\n')

const tagForm = (page: Page) => page.getByRole('dialog', { name: /Tag event|Edit event/ })
const locationBox = (page: Page) => tagForm(page).getByRole('combobox', { name: 'Location' })

/** Opens the form on the sample's first event passage (the suggester prefills it in the worker). */
async function tagSamplePassage(page: Page): Promise<void> {
  await dragSelect(page, EVENT_PASSAGE)
  await page.getByRole('button', { name: 'Tag event' }).click()
  // The first call starts the worker, which loads and indexes the whole gazetteer.
  await expect(tagForm(page)).toBeVisible({ timeout: FIRST_PREFILL_MS })
}

test('a location picked from the gazetteer with the keyboard fills admin1 and coordinates, and is kept over a restart', async ({
  launch
}) => {
  let { page, context } = await launch()
  await tagSamplePassage(page)
  const form = tagForm(page)
  const location = locationBox(page)
  await location.fill('')
  await location.focus()
  await page.keyboard.type('Kramat')
  // Typed key by key, each prefix is searched: the list shown must be the one for "Kramat" (on a
  // loaded machine "Krama"'s list is on screen, Kramatorsk second, while "Kramat" is searched).
  await expect(location).not.toHaveAttribute('aria-busy', 'true')
  const list = form.getByRole('listbox', { name: 'Places in the gazetteer' })
  const kramatorsk = list.getByRole('option', { name: /^Kramatorsk/ })
  await expect(kramatorsk).toBeVisible()
  await expect(kramatorsk).toContainText('Donetsk, Ukraine')
  await expect(kramatorsk).toContainText('48.7305, 37.5879')
  await expect(location).toHaveAttribute('aria-expanded', 'true')
  // Kramatorsk is the most populous match, so the first option.
  await page.keyboard.press('ArrowDown')
  await expect(kramatorsk).toHaveAttribute('aria-selected', 'true')
  await expect(location).toHaveAttribute('aria-activedescendant', /.+/)
  await page.keyboard.press('Enter')
  // Enter picked the place; it did not submit the form.
  await expect(form).toBeVisible()
  await expect(list).toBeHidden()
  await expect(location).toHaveValue('Kramatorsk')
  await expect(form.getByLabel('Admin1 (province)')).toHaveValue('Donetsk')
  await expect(form.getByLabel('Latitude')).toHaveValue('48.7305')
  await expect(form.getByLabel('Longitude')).toHaveValue('37.5879')
  await expect(form.getByRole('combobox', { name: 'Geo precision' })).toHaveValue('1')
  await form.getByRole('button', { name: 'Save event' }).click()
  await expect(form).toBeHidden()
  await expect(eventRows(page)).toHaveCount(1)
  await expect(eventRows(page).first()).toContainText('Kramatorsk')

  await context.close()
  ;({ page, context } = await launch())
  await expect(eventRows(page)).toHaveCount(1)
  await eventRows(page).first().dblclick()
  await expect(tagForm(page)).toBeVisible()
  await expect(locationBox(page)).toHaveValue('Kramatorsk')
  await expect(tagForm(page).getByLabel('Admin1 (province)')).toHaveValue('Donetsk')
  await expect(tagForm(page).getByLabel('Latitude')).toHaveValue('48.7305')
  await expect(tagForm(page).getByLabel('Longitude')).toHaveValue('37.5879')

  // Typed over, the place loses its coordinates (the province stays for the analyst to judge).
  await locationBox(page).fill('Kramatorsk outskirts')
  await expect(tagForm(page).getByLabel('Latitude')).toHaveValue('')
  await expect(tagForm(page).getByLabel('Longitude')).toHaveValue('')
  await expect(tagForm(page).getByLabel('Admin1 (province)')).toHaveValue('Donetsk')
})

test('a town the gazetteer does not know keeps its text and no coordinates; the mouse and Escape work too', async ({
  workbench: { page }
}) => {
  await tagSamplePassage(page)
  const form = tagForm(page)
  const location = locationBox(page)
  // With the mouse: pick a place, then type a name nobody knows over it.
  await location.fill('Benghaz')
  await form.getByRole('option', { name: /^Benghazi/ }).click()
  await expect(form.getByLabel('Latitude')).toHaveValue('32.1149')
  await location.fill('Qwzrtvillebourg')
  await expect(form.getByText(NOT_IN_GAZETTEER)).toBeVisible()
  await expect(form.getByRole('listbox', { name: 'Places in the gazetteer' })).toBeHidden()
  await expect(location).toHaveValue('Qwzrtvillebourg')
  await expect(form.getByLabel('Latitude')).toHaveValue('')
  await expect(form.getByLabel('Longitude')).toHaveValue('')
  // Enter with no place chosen closes the list and does not save; ArrowDown opens it again.
  await location.fill('Zahed')
  const zahedan = form.getByRole('option', { name: /^Zahedan/ })
  await expect(zahedan).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(zahedan).toBeHidden()
  await expect(form).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(zahedan).toHaveAttribute('aria-selected', 'true')
  // Escape closes the open list first, and only then the dialog.
  await page.keyboard.press('Escape')
  await expect(form.getByRole('listbox', { name: 'Places in the gazetteer' })).toBeHidden()
  await expect(form).toBeVisible()
  await expect(location).toHaveValue('Zahed')
  await expect(form.getByLabel('Latitude')).toHaveValue('')
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()
})

test('Suggest events works through the worker on a pasted report', async ({
  workbench: { page }
}) => {
  await page.getByTestId('article-body').click()
  await page.keyboard.press('Control+Shift+V')
  const paste = page.getByRole('dialog', { name: 'Paste as new article' })
  await paste.getByLabel('Title').fill(REPORT_TITLE)
  await paste.getByLabel('Article text').fill(REPORT)
  await paste.getByRole('button', { name: 'Add to library' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(REPORT_TITLE)
  await setPublicationDate(page, '2026-03-04')

  const { proposals } = await openSuggestions(page)
  await expect(proposals.first()).toContainText('IRQ')
  await expect(proposals.first()).toContainText('3 killed')
  // The suggester ran in the module worker, not on the page.
  expect(page.workers().some((w) => /engine\.worker/.test(w.url()))).toBe(true)
  await expect(page.getByRole('status').filter({ hasText: 'Loading the gazetteer' })).toHaveCount(0)
})
