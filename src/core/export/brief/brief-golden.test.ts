import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { docxParts } from '../../../../tests/helpers/docx-xml'
import type { ExportData, ExportScope } from '../export-data'
import { exportFixture } from '../fixtures/export-fixture'
import { selectScope } from '../select-scope'
import { briefToDocx } from './brief-to-docx'
import { briefToHtml } from './brief-to-html'
import { briefToMarkdown } from './brief-to-markdown'

// Golden files: see fixtures/README.md. UPDATE_GOLDEN=1 rewrites them; by default they compare.
const UPDATE = process.env['UPDATE_GOLDEN'] === '1'
const CTX = { now: '2026-11-25T14:03:00.000Z', appVersion: '0.1.0' }

const CASES: { name: string; scope: ExportScope }[] = [
  { name: 'note-bluf', scope: { kind: 'note', noteId: 'note-bluf' } },
  { name: 'article', scope: { kind: 'article', articleId: 'militia-airstrikes' } }
]

const RENDERINGS: { ext: string; render: (data: ExportData) => Promise<string> }[] = [
  { ext: 'md', render: async (data) => briefToMarkdown(data, CTX) },
  { ext: 'html', render: async (data) => briefToHtml(data, CTX) },
  {
    ext: 'document.xml',
    render: async (data) => docxParts(await briefToDocx(data, CTX)).get('word/document.xml')!
  },
  {
    ext: 'footnotes.xml',
    render: async (data) => docxParts(await briefToDocx(data, CTX)).get('word/footnotes.xml')!
  }
]

describe('brief golden files', () => {
  for (const { name, scope } of CASES)
    for (const { ext, render } of RENDERINGS)
      it(`${name}.${ext}`, async () => {
        const actual = await render(selectScope(exportFixture(), scope))
        const file = new URL(`./fixtures/${name}.${ext}`, import.meta.url)
        if (UPDATE) writeFileSync(file, actual)
        expect(existsSync(file), `missing ${file.pathname}: run with UPDATE_GOLDEN=1`).toBe(true)
        expect(actual).toBe(readFileSync(file, 'utf8'))
      })
})
