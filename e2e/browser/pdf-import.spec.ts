import type { Page } from '@playwright/test'
import { expect, test } from '../support/workbench'
import { importThroughDialog } from '../support/files'
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
  await expect(library(page).getByRole('button')).toHaveCount(before)
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Whole|damaged|letter/)
})
