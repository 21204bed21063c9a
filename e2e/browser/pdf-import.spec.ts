import type { Page } from '@playwright/test'
import { expect, test } from '../support/workbench'
import { dropFile, importThroughDialog } from '../support/files'
import { characterSimilarity, printReport, type PdfReport } from '../support/pdf-reports'
import { card, dragSelect } from '../support/reader'

const library = (page: Page) => page.getByRole('complementary', { name: 'Article library' })

/** The reader's blocks (headings and paragraphs) as shown. */
const shownBlocks = (page: Page) =>
  page.getByTestId('article-body').locator('[data-offset]').allTextContents()

async function importReport(page: Page, report: PdfReport): Promise<string[]> {
  await importThroughDialog(page, report.file)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title)
  return shownBlocks(page)
}

test('a one-column PDF report reads as its paragraphs, without running header, footer or page numbers', async ({
  workbench: { page, context }
}) => {
  const report = await printReport(context, {
    name: 'situation-report.pdf',
    title: 'Situation Report on the Northern Region',
    columns: 1,
    paragraphs: 24,
    headingEvery: 8
  })
  const blocks = await importReport(page, report)
  const text = blocks.join('\n\n')
  expect(characterSimilarity(text, report.blocks.join('\n\n'))).toBeGreaterThanOrEqual(0.98)
  expect(text).not.toContain('Regional Monitoring Unit')
  expect(text).not.toMatch(/Page \d+ of \d+/)
  // Headings come back as headings.
  await expect(
    page.getByTestId('article-body').getByRole('heading', { name: 'Section 2: developments' })
  ).toBeVisible()
  await expect(library(page)).toContainText(report.title)
})

test('a two-column PDF report is read column by column', async ({
  workbench: { page, context }
}) => {
  const report = await printReport(context, {
    name: 'two-column-review.pdf',
    title: 'Monthly Security Review',
    columns: 2,
    paragraphs: 30
  })
  const blocks = await importReport(page, report)
  expect(
    characterSimilarity(blocks.join('\n\n'), report.blocks.join('\n\n'))
  ).toBeGreaterThanOrEqual(0.98)
  expect(blocks.join(' ')).not.toContain('Regional Monitoring Unit')
})

test('a PDF dropped on the window is imported', async ({ workbench: { page, context } }) => {
  const report = await printReport(context, {
    name: 'dropped-brief.pdf',
    title: 'Dropped Brief on Border Incidents',
    columns: 2,
    paragraphs: 12
  })
  await dropFile(page, report.file)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title)
  const blocks = await shownBlocks(page)
  expect(
    characterSimilarity(blocks.join('\n\n'), report.blocks.join('\n\n'))
  ).toBeGreaterThanOrEqual(0.98)
  await expect(library(page)).toContainText(report.title)
})

test('a damaged PDF, a PDF that is not one and an empty one are refused and change nothing', async ({
  workbench: { page, context }
}) => {
  const report = await printReport(context, {
    name: 'whole.pdf',
    title: 'Whole',
    columns: 1,
    paragraphs: 2
  })
  const before = await library(page).getByRole('button').count()
  const damaged = Buffer.from(report.file.buffer)
  // Keep the header, destroy everything after it: the cross-reference table and every object.
  damaged.fill(0x41, 20)
  await importThroughDialog(page, {
    name: 'damaged.pdf',
    mimeType: 'application/pdf',
    buffer: damaged
  })
  await expect(
    page.getByText('“damaged.pdf” could not be read: the file is damaged or is not a PDF.')
  ).toBeVisible()
  await importThroughDialog(page, {
    name: 'letter.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('Dear colleague, this is plain text.')
  })
  await expect(page.getByText('“letter.pdf” is not a PDF')).toBeVisible()
  await importThroughDialog(page, {
    name: 'empty.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(0)
  })
  await expect(page.getByText('“empty.pdf” is empty: there is no text to import.')).toBeVisible()
  await expect(library(page).getByRole('button')).toHaveCount(before)
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Whole|damaged|letter/)
})

test('a passage highlighted in a PDF article is painted on its original page, and kept after a restart', async ({
  launch
}) => {
  let { page, context } = await launch()
  const report = await printReport(context, {
    name: 'field-assessment.pdf',
    title: 'Field Assessment of the Coastal Districts',
    columns: 1,
    paragraphs: 20
  })
  await importReport(page, report)
  // A clause from the second half of the report (on a later page than the first), unique in it
  // by its day number.
  const paragraph = report.blocks[14] ?? ''
  const quote = paragraph.slice(0, paragraph.indexOf(',', paragraph.indexOf(' on day ')))
  await dragSelect(page, quote)
  await page.getByRole('button', { name: 'Highlight as Claim' }).click()
  await expect(card(page, quote)).toBeVisible()

  const openPages = async () => {
    await page.getByRole('button', { name: 'Original pages' }).click()
    await expect(page.getByRole('button', { name: 'Original pages' })).toHaveAttribute(
      'aria-pressed',
      'true'
    )
    await expect(page.getByTestId('article-body')).toBeHidden()
  }
  await openPages()
  // It opens on the page of the chosen highlight, drawn, with the highlight painted on it.
  const drawnPage = page.locator('[data-testid="pdf-page"][data-page]')
  await expect(drawnPage).toBeVisible()
  const shownPage = Number(await drawnPage.getAttribute('data-page'))
  expect(shownPage).toBeGreaterThan(1)
  const painted = page.getByTestId('pdf-highlight')
  await expect(painted.first()).toBeVisible()
  const box = await painted.first().boundingBox()
  const pageBox = await drawnPage.boundingBox()
  expect(box && pageBox && box.width > 20 && box.height > 5).toBe(true)
  expect(box!.x >= pageBox!.x && box!.x + box!.width <= pageBox!.x + pageBox!.width + 1).toBe(true)
  await page.screenshot({ path: 'test-results/pdf-page-view.png' })
  // Page 1 has no highlight; turning back to the highlight's page shows it again.
  for (let p = shownPage; p > 1; p--)
    await page.getByRole('button', { name: 'Previous page' }).click()
  await expect(page.locator('[data-testid="pdf-page"][data-page="1"]')).toBeVisible()
  await expect(painted).toHaveCount(0)
  await page.getByRole('button', { name: 'Original pages' }).click()
  await expect(page.getByTestId('article-body')).toBeVisible()

  await context.close()
  ;({ page, context } = await launch())
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title)
  await expect(card(page, quote)).toBeVisible()
  await card(page, quote).click()
  await openPages()
  await expect(page.locator(`[data-testid="pdf-page"][data-page="${shownPage}"]`)).toBeVisible()
  // (A locator of the new page: the old one closed with its window.)
  await expect(page.getByTestId('pdf-highlight').first()).toBeVisible()
})
