import { expect, test } from '../support/workbench'
import { dragSelect, EVENT_PASSAGE, eventRows } from '../support/reader'
import { openSuggestions, setPublicationDate, FIRST_PREFILL_MS } from '../support/events'

// The first event tagged in each test waits for the suggester's gazetteer (FIRST_PREFILL_MS):
// the default minute does not leave room for the rest of the test on a loaded machine.
test.describe.configure({ timeout: 150_000 })

const FIRST_SENTENCE =
  'Earlier this week, the United States carried out airstrikes against militia group facilities in Iraq and Syria accused of engaging in attacks on American personnel.'

test('tag an event from a selection with the keyboard only, prefilled from the passage', async ({
  workbench: { page }
}) => {
  await setPublicationDate(page, '2021-06-30')
  // Keyboard: into the text, select the first sentence, press e.
  await page.getByTestId('article-body').focus()
  await page.keyboard.press('Alt+Shift+ArrowRight')
  await expect
    .poll(() => page.evaluate(() => window.getSelection()?.toString().trim()))
    .toBe(FIRST_SENTENCE)
  await page.keyboard.press('e')
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await expect(form).toBeVisible({ timeout: FIRST_PREFILL_MS })
  await expect(form.getByRole('combobox', { name: 'Event type', exact: true })).toHaveValue(
    'Explosions/Remote violence'
  )
  await expect(form.getByRole('combobox', { name: 'Sub-event type' })).toHaveValue(
    'Air/drone strike'
  )
  await expect(form.getByLabel('Event date')).toHaveValue(/^2021-06-2[1-8]$/)
  await expect(form.getByRole('combobox', { name: 'Time precision' })).toHaveValue('2')
  await expect(form.locator('.evidence-note').first()).toContainText('airstrikes')
  await expect(form.getByRole('status')).toContainText('Split into 2 events')
  // The form is keyboard-operable: focus starts on the type; change the notes and save with Ctrl+Enter.
  await expect(form.getByRole('combobox', { name: 'Event type', exact: true })).toBeFocused()
  await form.getByLabel('Notes').focus()
  await page.keyboard.type('Coded from the lead paragraph.')
  await page.keyboard.press('Control+Enter')
  await expect(form).toBeHidden()
  await expect(eventRows(page)).toHaveCount(1)
  await expect(eventRows(page).first()).toContainText('Air/drone strike')
})

test('split a two-country event into one event per country', async ({ workbench: { page } }) => {
  await setPublicationDate(page, '2021-06-30')
  await dragSelect(page, EVENT_PASSAGE)
  await page.getByRole('button', { name: 'Tag event' }).click()
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await form.getByRole('button', { name: 'Split into 2 events' }).click()
  // Each part is reviewed before it is stored (event-workflow.spec.ts tests skipping one).
  for (const title of ['Split: part 1 of 2', 'Split: part 2 of 2']) {
    const part = page.getByRole('dialog', { name: title })
    await part.getByRole('button', { name: 'Save part' }).click()
    await expect(part).toBeHidden()
  }
  await expect(eventRows(page)).toHaveCount(2)
  const countries = await eventRows(page).locator('.cell-country').allTextContents()
  expect(countries.sort()).toEqual(['IRQ', 'SYR'])
})

test('suggest events: accept, edit, dismiss; timeline and chart lead to the passage; a restart keeps it all', async ({
  launch
}) => {
  let { page, context } = await launch()
  await setPublicationDate(page, '2021-06-30')
  const { review, proposals } = await openSuggestions(page)
  const total = await proposals.count()
  expect(total).toBeGreaterThanOrEqual(4)
  // The February strikes are proposed as their own historical event with the 22 fatalities.
  const february = proposals.filter({ hasText: 'historical' }).filter({ hasText: '22 killed' })
  await expect(february).toHaveCount(1)
  await february.getByRole('button', { name: 'Accept' }).click()
  await expect(proposals).toHaveCount(total - 1)
  // Dismiss one.
  await proposals.last().getByRole('button', { name: 'Dismiss' }).click()
  await expect(proposals).toHaveCount(total - 2)
  // Edit one: change its notes and save.
  await proposals.first().getByRole('button', { name: 'Edit…' }).click()
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await form.getByLabel('Notes').fill('Checked against the lead paragraph.')
  await form.getByRole('button', { name: 'Save event' }).click()
  await expect(form).toBeHidden()
  await expect(proposals).toHaveCount(total - 3)
  // Accept one more, then close the review.
  await proposals.first().getByRole('button', { name: 'Accept' }).click()
  await review.getByRole('button', { name: 'Done' }).click()
  await expect(eventRows(page)).toHaveCount(3)
  await expect(page.getByRole('table', { name: 'Events' })).toContainText('historical')

  // Timeline: choose an event from the accessible list and see its passage flash in the reader.
  await page.getByRole('tab', { name: 'Timeline' }).click()
  await expect(page.locator('.vis-timeline')).toBeVisible()
  await expect(page.locator('.vis-item')).not.toHaveCount(0)
  await page.locator('.vis-item').first().click()
  await expect(page.getByRole('region', { name: 'Selected event' })).toBeVisible()
  await expect(page.getByTestId('article-body')).toHaveAttribute('data-flashing', 'true')

  // Chart: actors as nodes, events as edges; an edge lists its events.
  await page.getByRole('tab', { name: 'Actors chart' }).click()
  await expect(page.locator('.ac-canvas canvas').first()).toBeVisible()
  await page.getByRole('button', { name: 'List', exact: true }).click()
  const links = page.getByRole('list', { name: 'Links between actors' })
  await expect(links.getByRole('button')).not.toHaveCount(0)
  await links.getByRole('button').first().click()
  await expect(page.getByRole('region', { name: 'Events between these actors' })).toBeVisible()

  await context.close()
  ;({ page, context } = await launch())
  await expect(eventRows(page)).toHaveCount(3)
  await expect(page.getByRole('table', { name: 'Events' })).toContainText('historical')
})

test('inline edit in the table is undoable, and the actor registry merges two actors', async ({
  workbench: { page }
}) => {
  await setPublicationDate(page, '2021-06-30')
  await dragSelect(page, EVENT_PASSAGE)
  await page.getByRole('button', { name: 'Tag event' }).click()
  const form = page.getByRole('dialog', { name: 'Tag event' })
  await form.getByRole('button', { name: 'Save event' }).click()
  await expect(eventRows(page)).toHaveCount(1)
  // Double-click the fatalities cell, type a figure, Enter.
  const cell = eventRows(page).first().locator('.cell-fatalities')
  await cell.dblclick()
  await cell.getByRole('spinbutton', { name: 'Fatalities' }).fill('4')
  await page.keyboard.press('Enter')
  await expect(cell).toHaveText('4')
  await page.getByTestId('article-body').click()
  await page.keyboard.press('Control+z')
  await expect(cell).not.toHaveText('4')
  // A bad inline value changes nothing.
  await cell.dblclick()
  await cell.getByRole('spinbutton', { name: 'Fatalities' }).fill('-3')
  await page.keyboard.press('Enter')
  await expect(cell).not.toHaveText('-3')

  // Registry: add two actors, merge one into the other.
  await page.getByRole('tab', { name: 'Registry' }).click()
  for (const [name, aliases] of [
    ['Kataib Hezbollah', 'KH'],
    ["Kata'ib Hizballah", '']
  ] as const) {
    await page.getByRole('button', { name: 'Add actor' }).click()
    const actorForm = page.getByRole('form', { name: 'New actor' })
    await actorForm.getByLabel('Name').fill(name)
    await actorForm.getByLabel('Aliases (comma-separated)').fill(aliases)
    await actorForm.getByLabel('Category').selectOption('3')
    await actorForm.getByRole('button', { name: 'Save actor' }).click()
    await expect(actorForm).toBeHidden()
  }
  const actorsList = page.getByRole('list', { name: 'Actors' })
  // The saved event's two actors joined the registry too.
  await expect(actorsList.getByRole('listitem')).toHaveCount(4)
  // A duplicate name is refused with a clear message.
  await page.getByRole('button', { name: 'Add actor' }).click()
  await page.getByRole('form', { name: 'New actor' }).getByLabel('Name').fill('kataib hezbollah')
  await page.getByRole('button', { name: 'Save actor' }).click()
  await expect(page.getByRole('alert')).toContainText('already in the registry')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await page
    .getByRole('combobox', { name: 'Actor to merge away' })
    .selectOption({ label: "Kata'ib Hizballah" })
  await page
    .getByRole('combobox', { name: 'Actor to keep' })
    .selectOption({ label: 'Kataib Hezbollah' })
  await page.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(actorsList.getByRole('listitem')).toHaveCount(3)
  await expect(actorsList).toContainText("also: KH, Kata'ib Hizballah")
})
