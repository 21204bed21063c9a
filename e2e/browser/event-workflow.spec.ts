import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../support/workbench'
import { dragSelect, EVENT_PASSAGE, eventRows } from '../support/reader'
import { setPublicationDate } from '../support/events'
import { storedRecords } from '../support/stored-records'

interface StoredEvent {
  id: string
  countryCode: string
  location: string
  latitude: number | null
  eventDate: string
  timePrecision: number
  fatalities: number | null
  notes: string
  sourceName: string
  actor1: { name: string; actorId: string | null } | null
}

/** Undo and redo go through the keyboard, from the reader, as an analyst would press them. */
async function press(page: Page, keys: string): Promise<void> {
  await page.getByTestId('article-body').focus()
  await page.keyboard.press(keys)
}

const actorInput = (form: Locator) => form.getByRole('combobox', { name: 'Actor 1', exact: true })

test('a split is reviewed part by part: save one, a bad value refused, skip one; undo removes it', async ({
  workbench: { page }
}) => {
  await setPublicationDate(page, '2021-06-30')
  await dragSelect(page, EVENT_PASSAGE)
  await page.getByRole('button', { name: 'Tag event' }).click()
  const tagForm = page.getByRole('dialog', { name: 'Tag event' })
  await tagForm.getByRole('button', { name: 'Split into 2 events' }).click()

  // Part 1 of 2 opens in the form; nothing is stored yet.
  const first = page.getByRole('dialog', { name: 'Split: part 1 of 2' })
  await expect(first).toBeVisible()
  await expect(first.getByRole('status')).toContainText('This part: IRQ')
  await expect(first.getByRole('combobox', { name: /^Country/ })).toHaveValue('Iraq')
  const passageDate = await first.getByLabel('Event date').inputValue()
  expect(passageDate).toMatch(/^2021-06-2[1-8]$/)
  expect(await storedRecords(page, 'events')).toEqual([])
  await expect(first.getByText('“Iraq”')).not.toHaveCount(0)
  await first.getByLabel('Notes').fill('Iraq strikes only.')
  await first.getByRole('button', { name: 'Save part' }).click()

  // Part 2: the other country, no place or coordinates the passage does not give.
  const second = page.getByRole('dialog', { name: 'Split: part 2 of 2' })
  await expect(second).toBeVisible()
  await expect(second.getByRole('status')).toContainText('This part: SYR')
  await expect(second.getByRole('combobox', { name: /^Country/ })).toHaveValue('Syria')
  await expect(second.getByLabel('Location', { exact: true })).toHaveValue('')
  await expect(second.getByLabel('Latitude')).toHaveValue('')
  await expect(second.getByLabel('Event date')).toHaveValue(passageDate)
  // The citation of "Iraq" made for the original's country does not follow the Syrian part.
  await expect(second.getByText('“Iraq”')).toHaveCount(0)
  await expect(first).toBeHidden()
  await expect(eventRows(page)).toHaveCount(1)
  // A bad value is refused with the reason, and the part stays open.
  await second.getByLabel('Fatalities', { exact: true }).fill('-3')
  await second.getByRole('button', { name: 'Save part' }).click()
  await expect(second.getByRole('alert')).toContainText('Fatalities cannot be negative')
  await expect(eventRows(page)).toHaveCount(1)
  // Skip it with the keyboard.
  await second.getByRole('button', { name: 'Skip part' }).focus()
  await page.keyboard.press('Enter')
  await expect(second).toBeHidden()
  await expect(page.getByText('Split: 1 of 2 parts saved')).toBeVisible()

  const stored = await storedRecords<StoredEvent>(page, 'events')
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({
    countryCode: 'IRQ',
    eventDate: passageDate,
    timePrecision: 2,
    notes: 'Iraq strikes only.'
  })
  await expect(eventRows(page).first().locator('.cell-country')).toHaveText('IRQ')

  // One undo step per saved part: Ctrl+Z removes it, Ctrl+Shift+Z brings it back.
  await press(page, 'Control+z')
  await expect(eventRows(page)).toHaveCount(0)
  expect(await storedRecords(page, 'events')).toEqual([])
  await press(page, 'Control+Shift+z')
  await expect(eventRows(page)).toHaveCount(1)
})

test('two likely duplicates are merged field by field, undone and redone', async ({
  workbench: { page }
}) => {
  await setPublicationDate(page, '2021-06-30')
  // The passage's toll is "several": no figure is prefilled, so the first coder types one.
  await dragSelect(page, EVENT_PASSAGE)
  await page.keyboard.press('e')
  const first = page.getByRole('dialog', { name: 'Tag event' })
  await first.getByLabel('Fatalities', { exact: true }).fill('3')
  await first.getByRole('button', { name: 'Save event' }).click()
  await expect(first).toBeHidden()
  // The same passage tagged again, with another figure and source: the same event coded twice.
  await dragSelect(page, EVENT_PASSAGE)
  await page.keyboard.press('e')
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await form.getByLabel('Fatalities', { exact: true }).fill('5')
  await form.getByLabel('Source name').fill('Second wire')
  await form.getByLabel('Notes').fill('From the second wire.')
  await form.getByRole('button', { name: 'Save event' }).click()
  await expect(form).toBeHidden()
  await expect(eventRows(page)).toHaveCount(2)
  const before = await storedRecords<StoredEvent>(page, 'events')
  const keep = before.find((e) => e.sourceName !== 'Second wire')!
  const other = before.find((e) => e.sourceName === 'Second wire')!

  // The check explains the pair and offers Merge….
  await page.locator(`[data-event-id="${keep.id}"]`).click()
  const detail = page.getByRole('region', { name: 'Selected event' })
  await expect(detail).toContainText('may be the same event')
  await expect(detail).toContainText('same type')
  await expect(detail).toContainText('in common')
  await detail.getByRole('button', { name: 'Merge…' }).click()

  const dialog = page.getByRole('dialog', { name: 'Merge events' })
  await expect(dialog).toBeVisible()
  const fatalities = dialog.getByRole('radiogroup', { name: 'Fatalities' })
  await expect(fatalities.getByRole('radio', { checked: true })).toHaveCount(1)
  // Keyboard: into the group, the arrow picks the other record's figure.
  await fatalities.getByRole('radio', { checked: true }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(fatalities.getByRole('radio', { name: /^5/ })).toBeChecked()
  // Mouse: the source from the other record too.
  await dialog
    .getByRole('radiogroup', { name: 'Source and grade' })
    .getByText('Second wire')
    .click()
  await expect(
    dialog.getByRole('radiogroup', { name: 'Source and grade' }).getByRole('radio', {
      name: /Second wire/
    })
  ).toBeChecked()
  await dialog.getByRole('button', { name: 'Merge events' }).click()
  await expect(dialog).toBeHidden()

  await expect(eventRows(page)).toHaveCount(1)
  const merged = await storedRecords<StoredEvent>(page, 'events')
  expect(merged).toHaveLength(1)
  expect(merged[0]).toMatchObject({
    id: keep.id,
    fatalities: 5,
    sourceName: 'Second wire',
    // Notes of both are kept.
    notes: [keep.notes, 'From the second wire.'].filter((n) => n !== '').join('\n\n')
  })

  // Undo restores both records exactly; redo merges again.
  await press(page, 'Control+z')
  await expect(eventRows(page)).toHaveCount(2)
  expect(await storedRecords(page, 'events')).toEqual(before)
  await press(page, 'Control+Shift+z')
  await expect(eventRows(page)).toHaveCount(1)
  expect(await storedRecords(page, 'events')).toEqual(merged)
  expect(merged.some((e) => e.id === other.id)).toBe(false)
})

test('saved actors join the registry once, whatever their case, and stay after a restart', async ({
  launch
}) => {
  let { page, context } = await launch()
  await setPublicationDate(page, '2021-06-30')
  for (const [name, notes] of [
    ['Kataib Hezbollah', 'first'],
    ["KATA'IB hezbollah", 'second']
  ] as const) {
    await dragSelect(page, EVENT_PASSAGE)
    await page.keyboard.press('e')
    const form = page.getByRole('dialog', { name: 'Tag event' })
    await actorInput(form).fill(name)
    await form.getByRole('combobox', { name: 'Actor 1 category', exact: true }).selectOption('3')
    await form.getByLabel('Notes').fill(notes)
    await page.keyboard.press('Control+Enter')
    await expect(form).toBeHidden()
  }
  await expect(eventRows(page)).toHaveCount(2)

  const registryItems = async (p: Page): Promise<Locator> => {
    await p.getByRole('tab', { name: 'Registry' }).click()
    return p.getByRole('list', { name: 'Actors' }).getByRole('listitem')
  }
  const rowsShown = async (p: Page): Promise<Locator> => {
    await p.getByRole('tab', { name: 'Table' }).click()
    return eventRows(p)
  }
  let actors = await registryItems(page)
  await expect(actors.filter({ hasText: /kata.?ib hezbollah/i })).toHaveCount(1)
  await expect(actors.filter({ hasText: /kata.?ib hezbollah/i })).toContainText(
    'Political militias'
  )
  // Both events point at the one registry entry, which has the events' country.
  const events = await storedRecords<StoredEvent>(page, 'events')
  const registry = await storedRecords<{ id: string; name: string; countryCode: string }>(
    page,
    'actors'
  )
  const kh = registry.find((a) => a.name === 'Kataib Hezbollah')
  expect(kh?.countryCode).toBe(events[0]?.countryCode)
  expect(events.map((e) => e.actor1?.actorId)).toEqual([kh?.id, kh?.id])
  const count = registry.length
  await expect(actors).toHaveCount(count)

  // The second save added no actor: undoing it leaves the registry; undoing the first save
  // removes its event and the actors it added, in one step.
  await press(page, 'Control+z')
  await expect(await rowsShown(page)).toHaveCount(1)
  await expect(await registryItems(page)).toHaveCount(count)
  await press(page, 'Control+z')
  await expect(await rowsShown(page)).toHaveCount(0)
  expect(await storedRecords(page, 'actors')).toEqual([])
  await press(page, 'Control+Shift+z')
  await press(page, 'Control+Shift+z')
  await expect(await rowsShown(page)).toHaveCount(2)
  expect(await storedRecords(page, 'actors')).toEqual(registry)

  await context.close()
  ;({ page, context } = await launch())
  await expect(await rowsShown(page)).toHaveCount(2)
  actors = await registryItems(page)
  await expect(actors.filter({ hasText: /kata.?ib hezbollah/i })).toHaveCount(1)
  await expect(actors).toHaveCount(count)
})
