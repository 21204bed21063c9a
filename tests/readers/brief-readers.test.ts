import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { briefToDocx, briefToHtml, briefToMarkdown } from '@core/export/brief'
import { exportFixture } from '@core/export/fixtures/export-fixture'
import { HOSTILE, hostileExport } from '@core/export/fixtures/hostile-export'
import { selectScope } from '@core/export/select-scope'
import {
  findAll,
  headers,
  linkTargets,
  pandocJson,
  requirePandoc,
  textOf,
  type PandocDocument
} from '../helpers/pandoc'

// Real readers, not our own parsing: pandoc reads what each exporter wrote back into its AST.
const CTX = { now: '2026-11-25T14:03:00.000Z', appVersion: '0.1.0' }
const bluf = () => selectScope(exportFixture(), { kind: 'note', noteId: 'note-bluf' })
const NOTE_HEADINGS = ['Bottom line up front', 'Key judgments', 'Events', 'Sources', 'Indicators']
const STRIKES = 'The strikes killed several militia members and destroyed facilities'
const STRIKES_LINK = 'workbench://article/militia-airstrikes#annotation=ann-strikes'

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'brief-readers-'))
})
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

// A test of its own, so a machine without pandoc counts a failure, not only skipped checks.
it('has pandoc to read the briefs with', () => {
  expect(requirePandoc()).toMatch(/^pandoc /)
})

function checkNotes(doc: PandocDocument, expected: number): void {
  const notes = findAll(doc.blocks, 'Note')
  expect(notes).toHaveLength(expected)
  const first = notes[0]
  expect(textOf(first)).toContain(`“${STRIKES}”`)
  expect(textOf(first)).toContain('B2 — usually reliable, probably true')
  expect(linkTargets(first)).toContain(STRIKES_LINK)
  const texts = notes.map(textOf)
  expect(texts.some((t) => t.includes('the passage changed since it was quoted'))).toBe(true)
  expect(texts.some((t) => t.includes('the passage is no longer in the article'))).toBe(true)
  expect(texts.some((t) => t.includes('annotation was deleted'))).toBe(true)
}

describe('pandoc reads the DOCX brief', () => {
  let doc: PandocDocument
  beforeAll(async () => {
    const file = join(dir, 'bluf.docx')
    writeFileSync(file, await briefToDocx(bluf(), CTX))
    doc = pandocJson(['-f', 'docx', file])
  })

  it('as Word headings under the title', () => {
    expect(textOf(doc.meta['title'])).toBe('BLUF: Iraq')
    const found = headers(doc)
    for (const heading of NOTE_HEADINGS) expect(found.some((h) => h.endsWith(heading))).toBe(true)
  })

  it('with the blockquote, lists and tables', () => {
    const quotes = findAll(doc.blocks, 'BlockQuote')
    expect(quotes.map(textOf).join(' ')).toContain('Deleted since')
    expect(findAll(doc.blocks, 'OrderedList')).toHaveLength(1)
    expect(findAll(doc.blocks, 'BulletList').length).toBeGreaterThanOrEqual(2)
    expect(findAll(doc.blocks, 'Table')).toHaveLength(3)
    expect(textOf(doc.blocks)).toContain(`“${STRIKES}”`)
  })

  it('with one real footnote per cited annotation, holding quote, grade and deep link', () => {
    // The repeated citation is a link to the first footnote, not a footnote of its own.
    checkNotes(doc, 6)
  })
})

describe('pandoc reads the Markdown brief', () => {
  const doc = () => pandocJson(['-f', 'markdown'], briefToMarkdown(bluf(), CTX))

  it('with headings as headers', () => {
    const found = headers(doc())
    expect(found[0]).toBe('1 BLUF: Iraq')
    for (const heading of NOTE_HEADINGS) expect(found.some((h) => h.endsWith(heading))).toBe(true)
  })

  it('with footnotes as notes', () => {
    // pandoc copies a note for each reference, so the repeated citation makes a seventh.
    checkNotes(doc(), 7)
  })

  it('with tables and lists', () => {
    expect(findAll(doc().blocks, 'Table')).toHaveLength(3)
    expect(findAll(doc().blocks, 'OrderedList')).toHaveLength(1)
    expect(findAll(doc().blocks, 'CodeBlock')).toHaveLength(1)
  })

  it('keeps hostile user text as text', () => {
    const hostile = pandocJson(['-f', 'markdown'], briefToMarkdown(hostileExport(), CTX))
    expect(findAll(hostile.blocks, 'RawInline')).toHaveLength(0)
    expect(findAll(hostile.blocks, 'BulletList')).toHaveLength(0)
    expect(findAll(hostile.blocks, 'OrderedList')).toHaveLength(0)
    // Smart typography may curl straight quotes; that is typesetting, not markup, so compare
    // with all quotation marks made straight.
    const straight = (s: string): string => s.replace(/[“”]/g, '"')
    const text = straight(textOf(hostile.blocks))
    expect(text).toContain(HOSTILE.markdown)
    expect(text).toContain(HOSTILE.lineStart)
    expect(text).toContain(HOSTILE.script)
  })
})

describe('the HTML brief', () => {
  const html = briefToHtml(bluf(), CTX)

  it('parses, with headings, the footnote list and links both ways', () => {
    const doc = pandocJson(['-f', 'html'], html)
    const found = headers(doc)
    for (const heading of NOTE_HEADINGS) expect(found.some((h) => h.endsWith(heading))).toBe(true)
    expect(found).toContain('2 Notes')
    const lists = findAll(doc.blocks, 'OrderedList')
    const footnotes = lists[lists.length - 1]!
    const items = (footnotes.c as [unknown, unknown[]])[1]
    expect(items).toHaveLength(6)
    expect(textOf(items[0])).toContain('B2 — usually reliable, probably true')
    const targets = linkTargets(doc.blocks)
    expect(targets).toContain(STRIKES_LINK)
    expect(targets).toContain('#fn-1')
    expect(targets).toContain('#fnref-1-2')
  })

  it('carries its print stylesheet', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    expect(style).toMatch(/@page\s*\{[^}]*margin/)
    expect(style).toMatch(/@media print\s*\{[\s\S]*break-inside: avoid/)
  })
})
