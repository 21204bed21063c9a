import type { Download, Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Papa from 'papaparse'
import { readSheet } from 'read-excel-file/node'
import { expect, test } from '../support/workbench'
import { card, dragSelect, tagEvent } from '../support/reader'
import { noteEditor, writeUnderHeading } from '../support/notes'

const Q1 = 'The strikes killed several militia members'
const COMMENT = 'Casualty figure unconfirmed by a second source'

let outDir: string
test.beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'workbench-export-'))
})
test.afterEach(() => rmSync(outDir, { recursive: true, force: true }))

/** A graded, commented highlight, an event, and a BLUF note citing both: all through the UI. */
async function writeBrief(page: Page): Promise<void> {
  await dragSelect(page, Q1)
  await page.keyboard.press('g')
  await card(page, Q1).getByLabel('Source reliability').selectOption('B')
  await card(page, Q1).getByLabel('Information credibility').selectOption('2')
  await card(page, Q1).getByRole('button', { name: 'Done' }).click()
  await card(page, Q1).getByRole('button', { name: 'Comment', exact: true }).click()
  await expect(card(page, Q1).getByRole('textbox', { name: 'Comment' })).toBeFocused()
  await page.keyboard.type(COMMENT)
  await page.keyboard.press('Escape')
  await expect(card(page, Q1).locator('.card-comment')).toHaveText(COMMENT)

  await tagEvent(page)

  await page.getByRole('tab', { name: 'Notes' }).click()
  await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'BLUF brief' })
  await page.getByRole('button', { name: 'New note' }).click()
  const editor = noteEditor(page)
  await writeUnderHeading(page, 'Bottom line up front')
  await page.keyboard.type('Militia groups are likely to retaliate. Residents reported')
  await page
    .getByRole('combobox', { name: 'Insert a highlight as a cited quote' })
    .selectOption({ label: Q1 })
  await expect(editor.locator('.cited-quote-node')).toContainText('B2')
  await page.getByRole('combobox', { name: 'Insert an event card' }).selectOption({ index: 1 })
}

/** Runs one export through the dialog as a user would and returns the downloaded file's path. */
async function exportAs(page: Page, format: RegExp): Promise<string> {
  await page.keyboard.press('Control+e')
  const dialog = page.getByRole('dialog', { name: 'Export' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: 'This note' }).check()
  await dialog.getByRole('radio', { name: format }).check()
  await expect(dialog.getByText(/^Holds 1 note, 1 annotation, 1 event\.$/)).toBeVisible()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Export', exact: true }).click()
  const file = await save(await download)
  // The dialog closes once the file is handed over; the next Ctrl+E would be ignored while it is
  // still open (shortcuts wait for dialogs), so the next export starts after it is gone.
  await expect(dialog).toBeHidden()
  return file
}

async function save(download: Download): Promise<string> {
  const path = join(outDir, download.suggestedFilename())
  await download.saveAs(path)
  return path
}

const run = (cmd: string, args: string[]): string =>
  execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

test('export a brief to every format; real readers find the headings, quotes and footnotes', async ({
  workbench: { page }
}) => {
  // Ten exports, each read back by a real reader (pandoc, pdftotext, an .xlsx reader): the
  // longest test of the suite, given three times the usual time rather than split up.
  test.slow()
  await writeBrief(page)

  const md = readFileSync(await exportAs(page, /^Markdown/), 'utf8')
  expect(md).toMatch(/^#+ Bottom line up front$/m)
  expect(md).toContain(Q1)
  // The template's guidance was a placeholder, and its untouched blank bullets are not exported.
  expect(md).not.toContain('The one or two sentences a reader needs')
  expect(md).not.toContain('Observable signs that would confirm')
  expect(md).not.toMatch(/^\s*[-*]\s*$/m)
  // A quote inserted right after "reported" (no space typed) reads "reported “…”".
  expect(md).toContain(`reported “${Q1}`)
  const link = /workbench:\/\/article\/[\w-]+#annotation=[\w-]+/.exec(md)?.[0]
  expect(link, 'a deep link back to the passage').toBeTruthy()
  expect(md).toMatch(/\[\^1\]:.*B2/)

  const htmlPath = await exportAs(page, /^HTML/)
  const html = readFileSync(htmlPath, 'utf8')
  expect(html).toContain('@media print')
  expect(html).toContain(Q1)
  // Browser mode prints the PDF on its local server with the same Chromium the desktop app
  // prints with, and saves a real file.
  const pdfPath = await exportAs(page, /^PDF/)
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  const pdfText = run('pdftotext', ['-layout', pdfPath, '-']).replace(/\s+/g, ' ')
  expect(pdfText).toContain('Bottom line up front')
  expect(pdfText).toContain(Q1)
  expect(pdfText).toContain('usually reliable')

  const docx = await exportAs(page, /^Word/)
  const fromWord = run('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', docx])
  expect(fromWord).toMatch(/^#+ Bottom line up front/m)
  expect(fromWord).toContain(Q1)
  expect(fromWord).toMatch(/\[\^1\]/)
  expect(fromWord).toContain('workbench://article/')

  const dialog = page.getByRole('dialog', { name: 'Export' })

  const jsonld = JSON.parse(readFileSync(await exportAs(page, /W3C JSON-LD/), 'utf8')) as Record<
    string,
    unknown
  >
  expect(jsonld['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
  expect(jsonld['type']).toBe('AnnotationCollection')
  expect(JSON.stringify(jsonld)).toContain(COMMENT)
  // The colour's label and the grade as machine tags; the report named on the target.
  const w3cBodies = JSON.stringify(jsonld)
  expect(w3cBodies).toContain('"purpose":"classifying","value":"Key fact"')
  expect(w3cBodies).toContain('admiralty-scale:source-reliability=\\"b\\"')
  expect(w3cBodies).toContain('"label":"United States Carries Out Airstrikes')

  const csv = Papa.parse<Record<string, string>>(
    readFileSync(await exportAs(page, /ACLED CSV/), 'utf8'),
    { header: true, skipEmptyLines: true }
  )
  expect(csv.errors).toEqual([])
  expect(csv.meta.fields?.slice(0, 3)).toEqual(['event_id_cnty', 'event_date', 'year'])
  expect(csv.data).toHaveLength(1)
  expect(csv.data[0]?.['sub_event_type']).toBe('Air/drone strike')
  expect(readFileSync(await exportAs(page, /ACLED CSV/)).subarray(0, 3)).not.toEqual(
    Buffer.from([0xef, 0xbb, 0xbf])
  )

  // The same rows as an Excel workbook, read back by a real .xlsx reader.
  const workbook = await readSheet(readFileSync(await exportAs(page, /ACLED Excel/)))
  expect(workbook[0]?.slice(0, 3)).toEqual(['event_id_cnty', 'event_date', 'year'])
  expect(workbook).toHaveLength(2)
  expect(workbook[1]?.[workbook[0]!.indexOf('sub_event_type')]).toBe('Air/drone strike')

  // For Excel on Windows: a byte-order mark, chosen in the dialog and remembered.
  await page.keyboard.press('Control+e')
  const csvDialog = page.getByRole('dialog', { name: 'Export' })
  await csvDialog.getByRole('radio', { name: /ACLED CSV/ }).check()
  await csvDialog.getByRole('checkbox', { name: /For Excel on Windows/ }).check()
  await page.keyboard.press('Escape')
  await expect(csvDialog).toBeHidden()
  const withBom = readFileSync(await exportAs(page, /ACLED CSV/))
  expect(withBom.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  await page.keyboard.press('Control+e')
  await csvDialog.getByRole('radio', { name: /ACLED CSV/ }).check()
  await csvDialog.getByRole('checkbox', { name: /For Excel on Windows/ }).uncheck()
  await page.keyboard.press('Escape')

  const stix = JSON.parse(readFileSync(await exportAs(page, /STIX/), 'utf8')) as {
    type: string
    objects: { type: string }[]
  }
  expect(stix.type).toBe('bundle')
  expect(stix.objects.map((o) => o.type)).toContain('report')

  const events = JSON.parse(readFileSync(await exportAs(page, /Events — JSON/), 'utf8')) as {
    events: unknown[]
  }
  expect(events.events).toHaveLength(1)

  await page.getByRole('button', { name: 'Export…' }).click()
  await dialog.getByRole('radio', { name: /^Word/ }).check()
  await expect(dialog.getByText(/^Holds /)).toBeVisible()
  await page.screenshot({ path: 'docs/screenshot-export.png' })
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  // The brief's link back opens the workbench at the cited passage.
  await page.goto('about:blank')
  await page.goto(`/#open=${encodeURIComponent(link!)}`)
  await expect(card(page, Q1)).toBeFocused()
  await expect(page.getByTestId('article-body')).toHaveAttribute('data-flashing', 'true')
})

test('formats a scope cannot fill are explained, and nothing is exported', async ({
  workbench: { page }
}) => {
  await page.getByRole('tab', { name: 'Notes' }).click()
  await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Blank note' })
  await page.getByRole('button', { name: 'New note' }).click()
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export' })
  // The note open in the notes pane is what "This note" offers first.
  await expect(dialog.getByRole('radio', { name: 'This note' })).toBeChecked()
  await expect(dialog.getByRole('combobox', { name: 'Note to export' })).toHaveValue(/.+/)
  await expect(dialog.getByText(/^Holds 1 note, 0 annotations, 0 events\.$/)).toBeVisible()
  await dialog.getByRole('radio', { name: /ACLED CSV/ }).check()
  await expect(dialog.getByText('No events in this scope.').first()).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})
