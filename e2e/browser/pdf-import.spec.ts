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

test('the original pages open beside the text, show highlights made in the text at once, page with the keys, close with Escape, and keep the highlights after a restart', async ({
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
  const clause = (i: number): string => {
    const paragraph = report.blocks[i] ?? ''
    return paragraph.slice(0, paragraph.indexOf(',', paragraph.indexOf(' on day ')))
  }
  const quote = clause(14)
  await dragSelect(page, quote)
  await page.getByRole('button', { name: 'Highlight as Claim' }).click()
  await expect(card(page, quote)).toBeVisible()

  const pagesButton = page.getByRole('button', { name: 'Original pages', exact: true })
  const pages = page.getByRole('region', { name: /^Original pages, page/ })
  const count = page.getByTestId('pdf-page-count')
  const body = page.getByTestId('article-body')
  const painted = (id?: string) =>
    page.locator(
      `[data-testid="pdf-page"][data-drawn] [data-testid="pdf-highlight"]${id ? `[data-annotation-id="${id}"]` : ''}`
    )
  const openPages = async () => {
    await pagesButton.click()
    await expect(pagesButton).toHaveAttribute('aria-pressed', 'true')
    // Beside the text, not in its place: both on screen at once, the pages to the right.
    await expect(body).toBeVisible()
    await expect(pages).toBeVisible()
    const text = await body.boundingBox()
    const view = await pages.boundingBox()
    expect(text && view && view.x >= text.x + text.width && view.width > 200).toBe(true)
  }
  await openPages()
  // Focus is on the pages, so the keys page at once.
  await expect(pages).toBeFocused()
  // It turns to the chosen highlight's page, drawn, with the highlight painted on it.
  await expect(painted().first()).toBeVisible()
  const onPage = page.locator('[data-testid="pdf-page"][data-drawn]', {
    has: page.getByTestId('pdf-highlight')
  })
  const highlightPage = Number(await onPage.first().getAttribute('data-page-number'))
  expect(highlightPage).toBeGreaterThan(1)
  await expect(count).toHaveText(new RegExp(`^Page ${highlightPage} of \\d+$`))
  const total = Number((await count.textContent())?.match(/of (\d+)/)?.[1])
  expect(total).toBeGreaterThan(highlightPage - 1)
  const box = await painted().first().boundingBox()
  const pageBox = await onPage.first().boundingBox()
  expect(box && pageBox && box.width > 20 && box.height > 5).toBe(true)
  expect(box!.x >= pageBox!.x && box!.x + box!.width <= pageBox!.x + pageBox!.width + 1).toBe(true)

  // A highlight made in the text while the pages are open is painted on its page at once.
  const firstId = await painted().first().getAttribute('data-annotation-id')
  const second = clause(4)
  await dragSelect(page, second)
  await page.getByRole('button', { name: 'Highlight as Claim' }).click()
  await expect(card(page, second)).toBeVisible()
  // It is the chosen annotation now, so the pages turn to it: another highlight than the first.
  await expect(
    page
      .locator(
        `[data-testid="pdf-page"][data-drawn] [data-testid="pdf-highlight"]:not([data-annotation-id="${firstId}"])`
      )
      .first()
  ).toBeVisible()
  // Clicking a paragraph in the text turns the pages to it and frames it.
  await body.getByText(report.blocks[1] ?? '', { exact: true }).click()
  await expect(count).toHaveText(/^Page 1 of \d+$/)
  await expect(page.getByTestId('pdf-located')).toBeVisible()

  // Keyboard paging on the focused pages.
  await pages.focus()
  await page.keyboard.press('End')
  await expect(count).toHaveText(`Page ${total} of ${total}`)
  await page.keyboard.press('Home')
  await expect(count).toHaveText(`Page 1 of ${total}`)
  await page.keyboard.press('PageDown')
  await expect(count).toHaveText(`Page 2 of ${total}`)
  await page.getByRole('button', { name: 'Next page' }).click()
  await expect(count).toHaveText(`Page 3 of ${total}`)
  await page.keyboard.press('PageUp')
  await expect(count).toHaveText(`Page 2 of ${total}`)

  // Readable at the common laptop and desktop sizes (saved for review), each page drawn again
  // at its new width.
  const drawnPages = page.locator('[data-testid="pdf-page"][data-drawn]')
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 }
  ]) {
    await page.setViewportSize(size)
    await expect(pages).toBeVisible()
    await expect(body).toBeVisible()
    await expect(drawnPages.first()).toBeVisible()
    await page.screenshot({ path: `test-results/pdf-page-view-${size.width}.png` })
  }

  // Too narrow for two columns even with the Events pane's width lent: the pages take the text's
  // place (closing brings the text back), and the split returns when there is room again.
  await page.setViewportSize({ width: 1024, height: 768 })
  await expect(pages).toBeVisible()
  await expect(body).toBeHidden()
  await expect(drawnPages.first()).toBeVisible()
  await page.screenshot({ path: 'test-results/pdf-page-view-1024.png' })
  await page.setViewportSize({ width: 1440, height: 900 })
  await expect(body).toBeVisible()
  await expect(pages).toBeVisible()

  // Escape closes the pages and gives focus back to the button.
  await pages.focus()
  await page.keyboard.press('Escape')
  await expect(pages).toBeHidden()
  await expect(pagesButton).toHaveAttribute('aria-pressed', 'false')
  await expect(pagesButton).toBeFocused()
  await expect(body).toBeVisible()

  await context.close()
  ;({ page, context } = await launch())
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.title)
  await expect(card(page, quote)).toBeVisible()
  await expect(card(page, second)).toBeVisible()
  await card(page, quote).click()
  await page.getByRole('button', { name: 'Original pages', exact: true }).click()
  // (Locators of the new page: the old ones closed with their window.)
  await expect(page.getByTestId('article-body')).toBeVisible()
  await expect(page.getByTestId('pdf-page-count')).toHaveText(
    new RegExp(`^Page ${highlightPage} of ${total}$`)
  )
  await expect(
    page.locator('[data-testid="pdf-page"][data-drawn] [data-testid="pdf-highlight"]').first()
  ).toBeVisible()
  await page.getByRole('button', { name: 'Close original pages' }).click()
  await expect(page.getByRole('region', { name: /^Original pages, page/ })).toBeHidden()
})
