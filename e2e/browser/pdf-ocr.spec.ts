import type { Page } from '@playwright/test'
import { expect, test } from '../support/workbench'
import { importThroughDialog } from '../support/files'
import { characterSimilarity } from '../support/pdf-reports'
import { card, dragSelect } from '../support/reader'
import { printScannedPdf } from '../support/scanned-pdf'

// OCR in Chromium on shared cores takes tens of seconds a page: these tests wait for what the
// reader shows (no sleeps), with room for a slow machine.
const RECOGNISED = 180_000
test.setTimeout(360_000)

const HEADING = 'Field Report from the Eastern Districts'
const PARAGRAPHS = [
  'Heavy shelling was reported overnight near the river port, according to officials who spoke on condition of anonymity.',
  'Residents said negotiations between the local council and the armed group had stalled after several days of rising tension.',
  'Humanitarian organisations called for restraint while international observers prepared an assessment of the damage.'
]
const NOTE = 'Text recognised from scanned pages; check quotes against the original.'

const library = (page: Page) => page.getByRole('complementary', { name: 'Article library' })
const shownBlocks = (page: Page) =>
  page.getByTestId('article-body').locator('[data-offset]').allTextContents()

test('a scanned PDF is read by OCR: its text can be highlighted, painted on the page, and is kept after a restart', async ({
  launch
}) => {
  let { page, context } = await launch()
  const scan = await printScannedPdf(context, {
    name: 'scanned-field-report.pdf',
    heading: HEADING,
    paragraphs: PARAGRAPHS
  })
  await importThroughDialog(page, scan.file)
  await expect(
    page.getByText('Recognising text in “scanned-field-report.pdf”: page 1 of 1')
  ).toBeVisible({ timeout: 60_000 })
  await expect(page.getByRole('note')).toHaveText(NOTE, { timeout: RECOGNISED })

  // The heading (the title) and the paragraphs, close to what was drawn.
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
  const blocks = await shownBlocks(page)
  const shown = [title, ...blocks].join('\n\n')
  const similarity = characterSimilarity(shown, scan.scanned.join('\n\n'))
  expect(similarity, `recognised:\n${shown}`).toBeGreaterThanOrEqual(0.9)
  expect(blocks).toHaveLength(PARAGRAPHS.length)
  await expect(library(page)).toContainText(title)

  // A passage of the recognised text (as shown, OCR noise and all) highlights like any other.
  const second = blocks[1] ?? ''
  const quote = second.split(' ').slice(0, 6).join(' ')
  expect(quote.length).toBeGreaterThan(20)
  await dragSelect(page, quote)
  await page.getByRole('button', { name: 'Highlight as Claim' }).click()
  await expect(card(page, quote)).toBeVisible()

  // …and is painted over the words on the scanned page.
  await page.getByRole('button', { name: 'Original pages', exact: true }).click()
  const drawnPage = page.locator('[data-testid="pdf-page"][data-page-number="1"][data-drawn]')
  await expect(drawnPage).toBeVisible()
  const painted = page.getByTestId('pdf-highlight')
  await expect(painted.first()).toBeVisible()
  const box = await painted.first().boundingBox()
  const pageBox = await drawnPage.boundingBox()
  expect(box && pageBox && box.width > 20 && box.height > 5).toBe(true)
  expect(box!.x >= pageBox!.x && box!.x + box!.width <= pageBox!.x + pageBox!.width + 1).toBe(true)
  // The second paragraph sits in the upper half of the scan, below the heading.
  expect(box!.y).toBeGreaterThan(pageBox!.y + pageBox!.height * 0.1)
  expect(box!.y).toBeLessThan(pageBox!.y + pageBox!.height * 0.6)
  await page.screenshot({ path: 'test-results/pdf-ocr-page-view.png' })
  await page.getByRole('button', { name: 'Original pages', exact: true }).click()

  await context.close()
  ;({ page, context } = await launch())
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
  await expect(page.getByRole('note')).toHaveText(NOTE)
  expect(await shownBlocks(page)).toEqual(blocks)
  await expect(card(page, quote)).toBeVisible()
})

test('a mixed PDF keeps its text pages as they are and reads only the scanned page by OCR', async ({
  workbench: { page, context }
}) => {
  const typed = [
    'Situation overview. Security forces dispersed a demonstration in the provincial capital on day 4.',
    'The local council suspended its sessions, although the figures could not be independently verified.'
  ]
  const scan = await printScannedPdf(context, {
    name: 'mixed-report.pdf',
    heading: HEADING,
    paragraphs: PARAGRAPHS.slice(0, 2),
    typedParagraphs: typed
  })
  await importThroughDialog(page, scan.file)
  // Two pages, one of them scanned: only that one is recognised.
  await expect(page.getByText('Recognising text in “mixed-report.pdf”: page 1 of 1')).toBeVisible({
    timeout: 60_000
  })
  await expect(page.getByRole('note')).toHaveText(NOTE, { timeout: RECOGNISED })
  const blocks = await shownBlocks(page)
  const all = [(await page.getByRole('heading', { level: 1 }).textContent()) ?? '', ...blocks]
  const text = all.join('\n\n')
  // The typed page's text comes from its text layer, exactly.
  for (const paragraph of typed) expect(text).toContain(paragraph)
  const recognised = text.slice(text.indexOf(typed[1]!) + typed[1]!.length).trim()
  expect(
    characterSimilarity(recognised, scan.scanned.join('\n\n')),
    `recognised:\n${recognised}`
  ).toBeGreaterThanOrEqual(0.9)
})

test('when the scanned pages cannot be read, the PDF is refused and nothing changes', async ({
  workbench: { page, context }
}) => {
  const scan = await printScannedPdf(context, {
    name: 'unreadable-scan.pdf',
    heading: HEADING,
    paragraphs: PARAGRAPHS.slice(0, 1)
  })
  const before = await library(page).getByRole('button').count()
  const title = await page.getByRole('heading', { level: 1 }).textContent()
  // The engine's English data goes missing (as if the app's files were damaged).
  await context.route('**/vendor/tesseract/eng.traineddata.gz', (route) =>
    route.fulfill({ status: 404, body: 'Not found' })
  )
  await importThroughDialog(page, scan.file)
  await expect(
    page.getByText(
      '“unreadable-scan.pdf” has scanned pages without text, and their text could not be recognised, so nothing was imported.'
    )
  ).toBeVisible({ timeout: RECOGNISED })
  await expect(library(page).getByRole('button')).toHaveCount(before)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '')
})
