import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { Document, HeadingLevel, ImageRun, Packer, Paragraph } from 'docx'
import { SAMPLE_TITLE, expect, test } from '../support/workbench'
import { dropFile, importThroughDialog, textFile, type FakeFile } from '../support/files'

const library = (page: Page) => page.getByRole('complementary', { name: 'Article library' })

/** A 1×1 PNG: the Word file carries a picture that must never be shown or loaded. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

async function wordFile(): Promise<FakeFile> {
  const doc = new Document({
    title: 'Weekly situation report: the north',
    creator: 'Jane Analyst',
    styles: {
      paragraphStyles: [{ id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } }]
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Fighting resumed on Monday near the border crossing.' }),
          new Paragraph({
            children: [
              new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } })
            ]
          }),
          new Paragraph({ text: 'Incidents', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Two villages were shelled.', bullet: { level: 0 } }),
          new Paragraph({ text: 'A bridge was destroyed.', bullet: { level: 0 } }),
          new Paragraph({ text: 'We had no warning, a resident said.', style: 'Quote' })
        ]
      }
    ]
  })
  return {
    name: 'situation-report.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await Packer.toBuffer(doc)
  }
}

/** A forwarded message: an HTML body with a script and a remote picture, and a text attachment. */
const EMAIL = [
  'From: "Maria Field" <maria@example.org>',
  'To: desk@example.org',
  'Subject: Protest dispersed in the capital',
  'Date: Tue, 3 Nov 2026 23:30:00 -0500',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="outer"',
  '',
  '--outer',
  'Content-Type: multipart/alternative; boundary="alt"',
  '',
  '--alt',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Plain version of the report.',
  '--alt',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><body><script>window.__pwned = "script"</script>',
  '<p>Police used tear gas on the crowd at noon.</p>',
  '<img src="https://tracker.example.com/pixel.gif" alt="">',
  '<p><a href="javascript:window.__pwned=\'link\'">Full statement</a></p>',
  '</body></html>',
  '--alt--',
  '--outer',
  'Content-Type: text/plain; name="field-notes.txt"',
  'Content-Disposition: attachment; filename="field-notes.txt"',
  '',
  'Field notes from the square',
  '',
  'About two thousand people had gathered before the police arrived.',
  '--outer--',
  ''
].join('\r\n')

test('a Word file imported through Import… keeps its structure, title and author after a restart', async ({
  launch
}) => {
  let { page, context } = await launch()
  await importThroughDialog(page, await wordFile())
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Weekly situation report: the north'
  )
  await expect(page.locator('.article-meta')).toContainText('Jane Analyst')
  const body = page.getByTestId('article-body')
  await expect(body).toContainText('Fighting resumed on Monday near the border crossing.')
  await expect(body.getByRole('heading', { name: 'Incidents' })).toBeVisible()
  await expect(body.locator('.article-list-item')).toHaveText([
    'Two villages were shelled.',
    'A bridge was destroyed.'
  ])
  await expect(body.locator('blockquote')).toHaveText('We had no warning, a resident said.')
  await expect(body.locator('img')).toHaveCount(0)
  await expect(library(page).getByRole('listitem')).toHaveCount(2)

  await context.close()
  ;({ page, context } = await launch())
  await library(page)
    .getByRole('button', { name: /Weekly situation report: the north/ })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Weekly situation report: the north'
  )
  await expect(page.locator('.article-meta')).toContainText('Jane Analyst')
  await expect(page.getByTestId('article-body').locator('.article-list-item')).toHaveCount(2)
})

test('a dropped e-mail becomes an article with sender, date and subject, and offers its attachment', async ({
  launch
}) => {
  let { page, context } = await launch()
  await dropFile(page, textFile('protest.eml', EMAIL, 'message/rfc822'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Protest dispersed in the capital'
  )
  const meta = page.locator('.article-meta')
  await expect(meta).toContainText('E-mail')
  await expect(meta).toContainText('Maria Field <maria@example.org>')
  // The day the sender wrote (3 November, New York time), not the UTC day.
  await expect(meta).toContainText('Published 3 Nov 2026')
  const body = page.getByTestId('article-body')
  await expect(body).toContainText('Police used tear gas on the crowd at noon.')
  await expect(body).not.toContainText('Plain version')
  await expect(body.locator('img, script, a')).toHaveCount(0)
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)
  ).toBeUndefined()

  const attachments = page.getByRole('dialog', { name: 'Attachments' })
  await expect(attachments).toContainText('field-notes.txt')
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze()
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  ).toEqual([])
  await attachments.getByRole('button', { name: 'Import field-notes.txt' }).click()
  await expect(attachments.getByRole('status')).toHaveText('Imported')
  await attachments.getByRole('button', { name: 'Done' }).click()
  await expect(attachments).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Field notes from the square')
  await expect(library(page).getByRole('listitem')).toHaveCount(3)

  await context.close()
  ;({ page, context } = await launch())
  await library(page)
    .getByRole('button', { name: /Protest dispersed in the capital/ })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Protest dispersed in the capital'
  )
  await expect(page.locator('.article-meta')).toContainText('Maria Field <maria@example.org>')
  await expect(page.getByTestId('article-body')).toContainText(
    'Police used tear gas on the crowd at noon.'
  )
  await expect(library(page).getByRole('listitem')).toHaveCount(3)
})

const truncatedWordFile = async (): Promise<FakeFile> => {
  const whole = await wordFile()
  return { ...whole, name: 'cut.docx', buffer: whole.buffer.subarray(0, whole.buffer.length / 2) }
}

const refusals: [string, () => Promise<FakeFile>, RegExp][] = [
  [
    'a text file named .docx',
    async () => textFile('renamed.docx', 'Just some notes, not a Word file.'),
    /is not a Word document: a .docx file is a zip archive/
  ],
  ['a truncated Word file', truncatedWordFile, /“cut.docx” is damaged/],
  [
    'a text file named .eml',
    async () => textFile('note.eml', 'Just a note.\n\nNo mail headers at all.'),
    /“note.eml” is not an e-mail message: it has no From, Subject or Date header/
  ]
]

for (const [label, makeFile, message] of refusals) {
  test(`${label} is refused with a clear error and the library is unchanged`, async ({
    workbench: { page }
  }) => {
    await expect(library(page).getByRole('listitem')).toHaveCount(1)
    await importThroughDialog(page, await makeFile())
    await expect(page.getByRole('alert')).toContainText(message)
    await expect(library(page).getByRole('listitem')).toHaveCount(1)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE)
  })
}
