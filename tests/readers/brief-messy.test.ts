import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { printHtmlToPdf } from '../../scripts/print-pdf.mjs'
import { briefToDocx, briefToHtml, briefToMarkdown } from '@core/export/brief'
import type { ExportData } from '@core/export/export-data'
import { exportFixture } from '@core/export/fixtures/export-fixture'
import { selectScope } from '@core/export/select-scope'
import { pandocJson, textOf } from '../helpers/pandoc'

// A brief whose every kind of text is messy (emoji, Arabic, a combining mark, commas, quotes),
// read back by pandoc (Markdown, HTML, Word) and, printed by Chromium as browser mode and the
// desktop app print it, by pdftotext and pdffonts.
const CTX = { now: '2026-11-25T14:03:00.000Z', appVersion: '0.1.0' }
const HEADING = 'Outlook for Aleppo حلب 🔥'
const SENTENCE = 'Residents of Ḥalab\u0301, "the old city", reported shelling 🔥 — قصف على حلب.'
const ITEM = 'Check the figures, "as reported", with a second source'

function messyBrief(): ExportData {
  const data = exportFixture()
  const note = data.notes.find((n) => n.id === 'note-bluf')!
  const doc = note.doc as { content: unknown[] }
  const text = (value: string) => ({ type: 'text', text: value })
  doc.content.push(
    { type: 'heading', attrs: { level: 2 }, content: [text(HEADING)] },
    { type: 'paragraph', content: [text(SENTENCE)] },
    {
      type: 'bulletList',
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text(ITEM)] }] }]
    }
  )
  data.articles = data.articles.map((a) => ({ ...a, title: `${a.title} — «حلب» 🔥` }))
  return selectScope(data, { kind: 'note', noteId: 'note-bluf' })
}

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'brief-messy-'))
})
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

// Whitespace folded, and quotes straightened: pandoc's Markdown reader turns "…" into “…”.
const squash = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').replace(/[“”]/g, '"')

describe('a brief of messy text, read back', () => {
  it('by pandoc from Markdown, HTML and Word, every character kept', async () => {
    const md = join(dir, 'brief.md')
    writeFileSync(md, briefToMarkdown(messyBrief(), CTX))
    const html = join(dir, 'brief.html')
    writeFileSync(html, briefToHtml(messyBrief(), CTX))
    const docx = join(dir, 'brief.docx')
    writeFileSync(docx, await briefToDocx(messyBrief(), CTX))
    for (const [format, file] of [
      ['markdown', md],
      ['html', html],
      ['docx', docx]
    ] as const) {
      const read = squash(textOf(pandocJson(['-f', format, file]).blocks))
      expect(read, format).toContain(squash(HEADING))
      expect(read, format).toContain(squash(SENTENCE))
      expect(read, format).toContain(squash(ITEM))
      expect(read, format).toContain('«حلب» 🔥')
    }
  })

  it('printed to PDF: the text extracts and every font is embedded', async () => {
    const chromium = findChromium().path
    expect(chromium, 'Chromium is needed to print (CI installs it)').toBeTruthy()
    const pdf = join(dir, 'brief.pdf')
    writeFileSync(
      pdf,
      await printHtmlToPdf(briefToHtml(messyBrief(), CTX), { chromium: chromium! })
    )
    const text = squash(
      execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
    )
    expect(text).toContain('"the old city", reported shelling')
    expect(text).toContain('Check the figures, "as reported", with a second source')
    expect(text).toContain('Outlook for Aleppo')
    // The document outline (bookmarks) holds the headings, spaces and all.
    const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-q', pdf], {
      encoding: 'utf8'
    })
    const outline = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => m[1])
    expect(outline).toEqual(expect.arrayContaining(['Bottom line up front', 'Key judgments']))
    expect(outline.some((title) => title?.startsWith('Outlook for Aleppo'))).toBe(true)
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).trim().split('\n').slice(2)
    expect(fonts.length).toBeGreaterThan(0)
    // pdffonts' "emb" column: every font the brief uses travels inside the file.
    for (const line of fonts)
      expect(line, line).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/)
  }, 60_000)
})
