// The three work modes (Read, Code events, Write), looked at as an analyst would at the three
// screen sizes the brief names, with real content: the sample, an article from the events corpus
// imported through Import… with its suggested events accepted, and a brief of about two pages.
import AxeBuilder from '@axe-core/playwright'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { importThroughDialog, textFile } from '../support/files'
import { openSuggestions, setPublicationDate } from '../support/events'
import { noteEditor } from '../support/notes'
import { dragSelect, eventRows } from '../support/reader'
import { expect, test } from '../support/workbench'

// The shipped layouts, not the four-pane one the older specs start from.
test.use({ fourPanes: false })

const CORPUS = resolve(process.cwd(), '..', 'shared', 'corpus', 'events')
const ARTICLE = 'lebanon-hezbollah-rockets-israeli-strikes-2024.txt'
const ARTICLE_TITLE = /Hezbollah says it launched dozens of rockets/

const HIGHLIGHTS = [
  'launched dozens of rockets at Kiryat Shmona',
  'at least eight people including Hezbollah fighters were killed'
]
/** The README's pictures of the three modes, taken at 1440×900. */
const DOCS_SCREENSHOT = {
  read: 'docs/screenshot.png',
  code: 'docs/screenshot-events.png',
  write: 'docs/screenshot-notes.png'
} as const

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 }
]
const MODES = [
  { id: 'read', label: 'Read', key: 'Alt+1' },
  { id: 'code', label: 'Code events', key: 'Alt+2' },
  { id: 'write', label: 'Write', key: 'Alt+3' }
] as const

const modeRadio = (page: Page, label: string): Locator =>
  page.getByRole('group', { name: 'Work mode' }).getByRole('radio', { name: label, exact: true })

async function chooseMode(page: Page, label: string): Promise<void> {
  // The radio button covers its segment: a click anywhere on the segment lands on it.
  await modeRadio(page, label).click()
  await expect(modeRadio(page, label)).toBeChecked()
}

const pane = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true })

/** A brief of about two printed pages: twelve paragraphs of some eighty words. */
const BRIEF = Array.from({ length: 12 }, (_, i) =>
  [
    `Paragraph ${i + 1}. Cross-border fire between Hezbollah and the Israeli army continued through the week,`,
    'with rocket launches on Kiryat Shmona answered by strikes on villages in southern Lebanon.',
    'Reporting from Reuters and local outlets agrees on the sequence of events but differs on the',
    'number of people killed, and neither side has confirmed the targets it says it hit. The pattern',
    'since October points to calibrated escalation: each side answers in kind while avoiding the',
    'population centres that would make all-out war hard to avoid, and both keep saying so in public.'
  ].join(' ')
)

/** How many average characters of the note's own text fit on one of its editor's lines. */
async function editorLineLength(editor: Locator): Promise<number> {
  return editor.evaluate((el) => {
    const paragraph = el.querySelector('p') ?? el
    const style = getComputedStyle(paragraph)
    const context = document.createElement('canvas').getContext('2d')!
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const text = el.textContent ?? ''
    const average = context.measureText(text).width / Math.max(text.length, 1)
    const width =
      paragraph.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    return width / average
  })
}

/** The rows a toolbar's buttons sit on. */
async function toolbarRows(toolbar: Locator): Promise<number> {
  return toolbar.evaluate(
    (el) =>
      new Set(
        Array.from(el.querySelectorAll('button, select')).map((b) =>
          Math.round((b as HTMLElement).getBoundingClientRect().top)
        )
      ).size
  )
}

async function noHorizontalScrollbar(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth
  }))
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth)
}

async function seriousViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('each work mode is legible at 1366, 1440 and 1920 with real content', async ({
  workbench: { page }
}) => {
  test.skip(!existsSync(resolve(CORPUS, ARTICLE)), `the events corpus is absent: ${CORPUS}`)
  test.setTimeout(240_000)

  // An article from the corpus, through Import…, its suggested events accepted in Code events.
  await importThroughDialog(page, textFile(ARTICLE, readFileSync(resolve(CORPUS, ARTICLE), 'utf8')))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE)
  // Two passages highlighted while reading.
  for (const quote of HIGHLIGHTS) {
    await dragSelect(page, quote)
    await page.keyboard.press('h')
  }
  await expect(
    page.getByRole('list', { name: 'Annotations' }).locator('.annotation-card')
  ).toHaveCount(2)
  await chooseMode(page, 'Code events')
  await setPublicationDate(page, '2024-06-05')
  const { review } = await openSuggestions(page)
  await review.getByRole('button', { name: /^Accept all/ }).click()
  await review.getByRole('button', { name: 'Done' }).click()
  await expect(review).toBeHidden()
  await expect(eventRows(page).first()).toBeVisible()
  const offered = await eventRows(page).count()

  // A brief of two pages, typed into a new note in Write mode.
  await chooseMode(page, 'Write')
  await expect(page.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('button', { name: 'New note' }).click()
  const editor = noteEditor(page)
  await editor.click()
  await expect(editor).toBeFocused()
  for (const paragraph of BRIEF) {
    await page.keyboard.insertText(paragraph)
    await page.keyboard.press('Enter')
  }
  await expect(editor).toContainText('Paragraph 12.')

  for (const size of SIZES) {
    await page.setViewportSize(size)
    for (const mode of MODES) {
      await chooseMode(page, mode.label)
      await expect(page.locator(`[data-work-mode="${mode.id}"]`)).toBeVisible()
      // The reader's text is in view in every mode: the article is never more than a glance away.
      const body = page.getByTestId('article-body')
      await expect(body).toBeVisible()
      expect((await body.boundingBox())!.width).toBeGreaterThan(300)
      if (mode.id === 'read') {
        await expect(page.getByRole('tab', { name: 'Annotations' })).toHaveAttribute(
          'aria-selected',
          'true'
        )
        await expect(page.getByRole('button', { name: 'Expand Events' })).toBeVisible()
      }
      if (mode.id === 'code') {
        await expect(page.getByRole('table', { name: 'Events' })).toBeVisible()
        await expect(eventRows(page)).toHaveCount(offered)
        // Whole dates (with their check badges) and types, none cut short with an ellipsis.
        if (size.width < 1920) {
          const clipped = await page.getByRole('table', { name: 'Events' }).evaluate((table) =>
            Array.from(
              table.querySelectorAll(
                '[role="row"][data-event-id] .cell-eventDate, [role="row"][data-event-id] .cell-type'
              )
            )
              .filter((c) => c.scrollWidth > c.clientWidth + 1)
              .map((c) => c.textContent)
          )
          expect(clipped).toEqual([])
        }
      }
      if (mode.id === 'write') {
        await expect(editor).toBeVisible()
        expect(await editorLineLength(editor)).toBeGreaterThanOrEqual(45)
        if (size.width === 1366)
          expect(
            await toolbarRows(page.getByRole('toolbar', { name: 'Note formatting' }))
          ).toBeLessThanOrEqual(2)
      }
      await noHorizontalScrollbar(page)
      await page.screenshot({ path: `test-results/screens/layout-${mode.id}-${size.width}.png` })
      if (size.width === 1440) await page.screenshot({ path: DOCS_SCREENSHOT[mode.id] })
      if (size.width === 1440) expect(await seriousViolations(page)).toEqual([])
    }
  }
})

test('modes switch by mouse and by keyboard, and each shows the panes of its job', async ({
  workbench: { page }
}) => {
  // The default is Read: the article and its annotations, events in their rail.
  await expect(modeRadio(page, 'Read')).toBeChecked()
  await expect(pane(page, 'Reader')).toBeVisible()
  await expect(pane(page, 'Annotations & notes')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Expand Events' })).toBeVisible()

  // With the keyboard: Alt+2 from the article, Alt+3 even while typing in a note.
  await page.getByTestId('article-body').click()
  await page.keyboard.press('Alt+2')
  await expect(modeRadio(page, 'Code events')).toBeChecked()
  await expect(pane(page, 'Events')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Expand Annotations & notes' })).toBeVisible()
  await expect(pane(page, 'Reader')).toBeVisible()
  await page.keyboard.press('Alt+3')
  await expect(modeRadio(page, 'Write')).toBeChecked()
  await expect(page.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('button', { name: 'New note' }).click()
  await noteEditor(page).click()
  await page.keyboard.type('Draft')
  await page.keyboard.press('Alt+1')
  await expect(modeRadio(page, 'Read')).toBeChecked()
  await expect(page.getByRole('tab', { name: 'Annotations' })).toHaveAttribute(
    'aria-selected',
    'true'
  )
  // The control itself: one Tab stop, arrows move between the modes.
  await modeRadio(page, 'Read').focus()
  await page.keyboard.press('ArrowRight')
  await expect(modeRadio(page, 'Code events')).toBeChecked()
  await expect(modeRadio(page, 'Code events')).toBeFocused()
  await expect(pane(page, 'Events')).toBeVisible()
  // With the mouse.
  await chooseMode(page, 'Read')
  await expect(page.getByRole('button', { name: 'Expand Events' })).toBeVisible()
  // The Shortcuts dialog lists the keys.
  await page.getByTestId('article-body').click()
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
    'Alt+1 / Alt+2 / Alt+3'
  )
})

/** The separator just after a pane, as the library marks it (the pane's right edge). */
async function dragSeparatorAfter(page: Page, paneLocator: Locator, dx: number): Promise<void> {
  const box = (await paneLocator.boundingBox())!
  const x = box.x + box.width + 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + dx / 2, y, { steps: 5 })
  await page.mouse.move(x + dx, y, { steps: 5 })
  await page.mouse.up()
}

const widthOf = async (locator: Locator): Promise<number> => (await locator.boundingBox())!.width

test('a splitter dragged far past a pane’s minimum leaves the pane open at its minimum', async ({
  workbench: { page }
}) => {
  const library = page.getByRole('complementary', { name: 'Article library' })
  const side = pane(page, 'Annotations & notes')
  await expect(side).toBeVisible()
  // The library is resizable, and stops at its minimum.
  await dragSeparatorAfter(page, library, -600)
  await expect(library).toBeVisible()
  await expect.poll(() => widthOf(library)).toBeGreaterThanOrEqual(178)
  expect(await widthOf(library)).toBeLessThanOrEqual(182)
  // The annotations pane squeezed from its left far past its minimum: still open, at its minimum.
  await dragSeparatorAfter(page, pane(page, 'Reader'), 1200)
  await expect(side).toBeVisible()
  await expect(page.getByRole('button', { name: 'Collapse Annotations & notes' })).toBeVisible()
  const sideWidth = await widthOf(side)
  expect(sideWidth).toBeGreaterThanOrEqual(258)
  expect(sideWidth).toBeLessThanOrEqual(262)
  // The reader squeezed the other way stops at its own minimum.
  await dragSeparatorAfter(page, pane(page, 'Reader'), -1200)
  await expect(pane(page, 'Reader')).toBeVisible()
  expect(await widthOf(pane(page, 'Reader'))).toBeGreaterThanOrEqual(338)
  // Folding is still one click on the pane's own button, and back.
  await page.getByRole('button', { name: 'Collapse Annotations & notes' }).click()
  await expect(side).toBeHidden()
  await page.getByRole('button', { name: 'Expand Annotations & notes' }).click()
  await expect(side).toBeVisible()
})

test('the chosen mode and each mode’s pane sizes survive a restart', async ({
  workbench,
  launch
}) => {
  let { page, context } = workbench
  // Read's sizes: the annotations pane made wider.
  await dragSeparatorAfter(page, pane(page, 'Reader'), -150)
  const readSide = await widthOf(pane(page, 'Annotations & notes'))
  // Write's: the notes pane made narrower, and Write left chosen.
  await chooseMode(page, 'Write')
  const before = await widthOf(pane(page, 'Annotations & notes'))
  await dragSeparatorAfter(page, pane(page, 'Reader'), 120)
  await expect.poll(() => widthOf(pane(page, 'Annotations & notes'))).toBeLessThan(before - 100)
  const writeSide = await widthOf(pane(page, 'Annotations & notes'))
  await context.close()

  ;({ page, context } = await launch())
  await expect(modeRadio(page, 'Write')).toBeChecked()
  await expect(page.getByRole('tab', { name: 'Notes' })).toHaveAttribute('aria-selected', 'true')
  await expect.poll(() => widthOf(pane(page, 'Annotations & notes'))).toBeCloseTo(writeSide, -1)
  await chooseMode(page, 'Read')
  await expect.poll(() => widthOf(pane(page, 'Annotations & notes'))).toBeCloseTo(readSide, -1)
})
