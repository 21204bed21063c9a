import { describe, expect, it } from 'vitest'
import { exportFixture } from '../fixtures/export-fixture'
import { hostileExport } from '../fixtures/hostile-export'
import { BUILT_IN_GUIDANCE, builtInTemplate } from '../../notes/note-templates'
import { selectScope } from '../select-scope'
import { briefToMarkdown } from './brief-to-markdown'
import { escapeLineStart, escapeMarkdown } from './markdown-escape'

const CTX = { now: '2026-11-25T14:03:00.000Z', appVersion: '0.1.0' }
const bluf = briefToMarkdown(
  selectScope(exportFixture(), { kind: 'note', noteId: 'note-bluf' }),
  CTX
)

describe('briefToMarkdown', () => {
  it('opens with the title and the export stamp', () => {
    expect(
      bluf.startsWith(
        '# BLUF: Iraq\n\n*Exported 2026-11-25 14:03 UTC from Analyst Workbench 0.1.0*\n'
      )
    ).toBe(true)
  })

  it('writes citations as quoted text with footnote references and definitions at the end', () => {
    expect(bluf).toContain(
      '“The strikes killed several militia members and destroyed facilities”[^1]'
    )
    expect(bluf.match(/\[\^1\](?!:)/g)).toHaveLength(2)
    const definitions = bluf.split('\n').filter((l) => /^\[\^\d+\]: /.test(l))
    expect(definitions).toHaveLength(6)
    expect(bluf.trimEnd().endsWith(definitions[5]!)).toBe(true)
    expect(definitions[0]).toContain(
      '[workbench://article/militia-airstrikes\\#annotation=ann-strikes](workbench://article/militia-airstrikes#annotation=ann-strikes)'
    )
  })

  it('leads every citation and event card to the report’s own web page, outlet and date', () => {
    const url = exportFixture().articles[0]!.url
    const definitions = bluf.split('\n').filter((l) => /^\[\^\d+\]: /.test(l))
    // Every footnote of a live annotation (the last one is a deleted annotation's cached quote).
    const live = definitions.filter((d) => !d.includes('Deleted:'))
    expect(live.length).toBeGreaterThan(3)
    for (const d of live) {
      expect(d).toContain(`Web: [${url}](${url})`)
      expect(d).toContain('Built-in sample, 2021-06-30')
    }
    expect(bluf).toContain(
      `Report: [United States Carries Out Airstrikes Against Militia Group Facilities in Iraq and Syria, Built-in sample, 2021-06-30](${url})`
    )
    // A report with no web address is named, never linked to an invented one.
    const offline = exportFixture()
    const noUrl = briefToMarkdown(
      selectScope(
        {
          ...offline,
          articles: offline.articles.map((a) => ({ ...a, url: 'javascript:alert(1)' }))
        },
        { kind: 'note', noteId: 'note-bluf' }
      ),
      CTX
    )
    expect(noUrl).not.toContain('Web:')
    expect(noUrl).not.toContain('javascript:')
  })

  it('prints a template’s headings but never its guidance or its empty bullets', () => {
    const data = exportFixture()
    const template = builtInTemplate('bluf-brief')!.doc
    // A note made before guidance became a placeholder: the sentence as italic text.
    const oldStyle = {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'Observable signs that would confirm or overturn the judgments.',
          marks: [{ type: 'italic' }]
        }
      ]
    }
    const doc = { ...template, content: [...template.content, oldStyle] }
    const note = { ...data.notes[0]!, id: 'note-new', title: 'Fresh brief', doc }
    const md = briefToMarkdown(
      selectScope({ ...data, notes: [note] }, { kind: 'note', noteId: 'note-new' }),
      CTX
    )
    expect(md).toMatch(/^#+ Key judgments$/m)
    for (const sentence of BUILT_IN_GUIDANCE) expect(md).not.toContain(sentence)
    expect(md).not.toMatch(/^\s*([-*]|\d+\.)\s*$/m)
  })

  it('keeps a quote that spans two paragraphs of the article on one line', () => {
    const data = exportFixture()
    const spanning = data.annotations.map((a) =>
      a.id === 'ann-strikes'
        ? {
            ...a,
            selectors: {
              ...a.selectors,
              quote: { ...a.selectors.quote, exact: 'end of one paragraph.\n\nStart of the next' }
            }
          }
        : a
    )
    const md = briefToMarkdown(
      selectScope({ ...data, annotations: spanning }, { kind: 'note', noteId: 'note-bluf' }),
      CTX
    )
    expect(md).toContain('“end of one paragraph. Start of the next”[^1]')
    const definitions = md.split('\n').filter((l) => /^\[\^\d+\]: /.test(l))
    expect(definitions).toHaveLength(6)
    expect(definitions[0]).toContain('“end of one paragraph. Start of the next” Grade:')
    expect(definitions[0]).toContain('workbench://article/militia-airstrikes')
  })

  it('nests marks, lists and task lists', () => {
    expect(bluf).toContain('<u>**very likely**</u>')
    expect(bluf).toContain('\\\nWe have *moderate* confidence')
    expect(bluf).toContain('1. Retaliation is tit-for-tat')
    expect(bluf).toContain('\n   - Casualty count repeats')
    expect(bluf).toContain('~~unverified~~')
    expect(bluf).toContain('- [x] Check casualty figures\n- [ ] Ask for imagery of the sites')
    expect(bluf).toContain('`CAMEO 195`')
    expect(bluf).toContain('[ACLED codebook](https://acleddata.com/resources/)')
    expect(bluf).toContain('```text\nACLED: Explosions/Remote violence\nCAMEO: 195\n```')
    expect(bluf).toContain('> Deleted since:')
    expect(bluf).toContain('\n---\n')
  })

  it('writes tables as pipe tables', () => {
    expect(bluf).toContain(
      '| Indicator | Status |\n| --- | --- |\n| Rocket fire on bases | **Seen** |'
    )
    expect(bluf).toContain('**Timeline**\n\n| Date | Event | Place | Context |')
  })

  it('escapes user text so it stays text', () => {
    const md = briefToMarkdown(hostileExport(), CTX)
    expect(md).toContain(
      '\\*not bold\\* \\_nor\\_ \\`code\\` \\[link\\](http://evil.example) \\<b\\>raw\\</b\\> \\| pipe \\~\\~ \\# \\$x\\$ \\@cite \\[\\^9\\]'
    )
    expect(md).toContain('\n\\- not a list\n')
    expect(md).toContain('\\\n1\\. not a list either')
    expect(md).toContain('| \\<script\\>alert("x")\\</script\\> | a \\| b |')
    expect(md).toContain('````')
    expect(md).not.toContain('<script>')
  })
})

describe('markdown escaping', () => {
  it('escapes markup characters and dangerous line starts only', () => {
    expect(escapeMarkdown('a*b_c')).toBe('a\\*b\\_c')
    expect(escapeMarkdown('plain, text. (ok)! fine')).toBe('plain, text. (ok)! fine')
    // A run ending in ! may be followed by a link: ![…](…) would be an image fetched by readers.
    expect(escapeMarkdown('Alert!')).toBe('Alert\\!')
    expect(escapeMarkdown('two\n\nparagraphs')).toBe('two paragraphs')
    expect(escapeLineStart('+ x')).toBe('\\+ x')
    expect(escapeLineStart('12) x')).toBe('12\\) x')
    expect(escapeLineStart('(a) x')).toBe('\\(a) x')
    expect(escapeLineStart('1999 was')).toBe('1999 was')
    expect(escapeLineStart('   indented')).toBe('indented')
  })
})
