import type { Page, Request } from '@playwright/test'
import { expect, test } from '../support/workbench'
import { importThroughDialog } from '../support/files'
import { helveticaPdf, japanesePdf } from '../support/hand-made-pdf'

// PDFs that name fonts without embedding them need pdf.js's data files, which the app ships
// (vendor/pdfjs/…) and serves from its own origin: the fixture fails any test that reaches out.
const shownText = async (page: Page) =>
  (await page.getByTestId('article-body').locator('[data-offset]').allTextContents()).join('\n')

test('a PDF in Japanese encoded with a predefined CMap (UniJIS-UCS2-H) reads as its text', async ({
  workbench: { page, context }
}) => {
  const lines = ['東京で会議が開かれ、停戦について話し合われた。', '参加者は合意に達しなかった。']
  const cmapFetched = context.waitForEvent('request', (r: Request) =>
    /\/vendor\/pdfjs\/cmaps\/UniJIS-UCS2-H\.bcmap$/.test(r.url())
  )
  await importThroughDialog(page, {
    name: 'tokyo-talks.pdf',
    mimeType: 'application/pdf',
    buffer: japanesePdf(lines)
  })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('tokyo-talks')
  const text = await shownText(page)
  for (const line of lines) expect(text).toContain(line)
  // Read with the app's own character map, not recognised from a picture.
  await cmapFetched
  await expect(page.getByRole('note')).toHaveCount(0)
})

test('a PDF in Helvetica that it does not embed reads as its text, and its page is drawn with the shipped standard font', async ({
  workbench: { page, context }
}) => {
  const lines = [
    'Convoy attacked on the coastal highway (day 12).',
    'Officials said three trucks were damaged and nobody was hurt.'
  ]
  const fontFetched = context.waitForEvent('request', (r: Request) =>
    /\/vendor\/pdfjs\/standard_fonts\/[^/]+$/.test(r.url())
  )
  await importThroughDialog(page, {
    name: 'convoy-note.pdf',
    mimeType: 'application/pdf',
    buffer: helveticaPdf(lines)
  })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('convoy-note')
  expect((await shownText(page)).replace(/\s+/g, ' ')).toBe(lines.join(' '))
  await page.getByRole('button', { name: 'Original pages', exact: true }).click()
  await expect(
    page.locator('[data-testid="pdf-page"][data-page-number="1"][data-drawn]')
  ).toBeVisible()
  expect((await fontFetched).url()).toMatch(/standard_fonts\/(FoxitSans|LiberationSans)/)
})
