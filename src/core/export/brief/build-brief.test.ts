import { describe, expect, it } from 'vitest'
import type { NoteRecord } from '../../../shared/model/records'
import type { ExportData } from '../export-data'
import { exportFixture } from '../fixtures/export-fixture'
import { selectScope } from '../select-scope'
import type { BriefBlock, BriefInline } from './brief-model'
import { buildBrief } from './build-brief'

const CTX = { now: '2026-11-25T14:03:00.000Z', appVersion: '0.1.0' }

const plain = (inlines: readonly BriefInline[]): string =>
  inlines
    .map((i) =>
      i.kind === 'text'
        ? i.text
        : i.kind === 'link'
          ? i.runs.map((r) => r.text).join('')
          : i.kind === 'break'
            ? '\n'
            : `“${i.quote}”[${i.footnote}]`
    )
    .join('')

function allBlocks(blocks: readonly BriefBlock[]): BriefBlock[] {
  return blocks.flatMap((b) => [
    b,
    ...(b.kind === 'list' ? allBlocks(b.items.flatMap((i) => i.blocks)) : []),
    ...(b.kind === 'blockquote' ? allBlocks(b.blocks) : [])
  ])
}

function noteData(doc: unknown, articleId: string | null = 'militia-airstrikes'): ExportData {
  const data = exportFixture()
  const note: NoteRecord = {
    id: 'n',
    articleId,
    title: 'Test note',
    schemaVersion: 2,
    doc,
    createdAt: '2026-11-25T00:00:00.000Z',
    updatedAt: '2026-11-25T00:00:00.000Z'
  }
  return { ...data, notes: [note] }
}

const para = (...content: unknown[]) => ({ type: 'doc', content: [{ type: 'paragraph', content }] })

describe('buildBrief', () => {
  const fixture = exportFixture()
  const bluf = buildBrief(selectScope(fixture, { kind: 'note', noteId: 'note-bluf' }), CTX)

  it('titles a single note by its title and stamps the export from the injected clock', () => {
    expect(bluf.title).toBe('BLUF: Iraq')
    expect(bluf.subtitle).toBe('Exported 2026-11-25 14:03 UTC from Analyst Workbench 0.1.0')
    expect(bluf.createdAt).toBe(CTX.now)
  })

  it('numbers footnotes by first citation and reuses the number for a repeated annotation', () => {
    const citations = allBlocks(bluf.blocks)
      .flatMap((b) => (b.kind === 'paragraph' ? b.content : []))
      .filter((i) => i.kind === 'citation')
    expect(citations.map((c) => [c.footnote, c.repeat])).toEqual([
      [1, false],
      [2, false],
      [1, true],
      [3, false],
      [4, false],
      [5, false],
      [6, false]
    ])
    expect(bluf.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('writes quote, grade meaning, article, date, deep link and anchor status into footnotes', () => {
    const [strikes, , february, iran, jcpoa, deleted] = bluf.footnotes.map((f) => plain(f.content))
    expect(strikes).toContain(
      '“The strikes killed several militia members and destroyed facilities”'
    )
    expect(strikes).toContain('Grade: B2 — usually reliable, probably true.')
    expect(strikes).toContain(
      'United States Carries Out Airstrikes Against Militia Group Facilities in Iraq and Syria, Built-in sample, 2021-06-30.'
    )
    expect(strikes).toContain('workbench://article/militia-airstrikes#annotation=ann-strikes')
    expect(strikes).not.toMatch(/drifted|orphaned/i)
    expect(iran).toContain('Grade: Not graded.')
    expect(february).toContain('the passage changed since it was quoted')
    expect(jcpoa).toContain('the passage is no longer in the article')
    expect(deleted).toContain(
      '“The developments in the preceding days mark a boiling over of hostilities”'
    )
    expect(deleted).toMatch(/annotation was deleted/)
    expect(deleted).toContain('B2 — usually reliable, probably true')
    expect(deleted).not.toContain('workbench://')
  })

  it('shows the live annotation over the cached attrs', () => {
    const data = noteData(
      para({
        type: 'citedQuote',
        attrs: { annotationId: 'ann-drone', quote: 'stale cache', grade: 'F6', status: 'orphaned' }
      })
    )
    const brief = buildBrief(data, CTX)
    expect(plain((brief.blocks[0] as { content: BriefInline[] }).content)).toBe(
      '“launched a drone attack which resulted in American troop casualties”[1]'
    )
    expect(plain(brief.footnotes[0]!.content)).toContain('C3 — fairly reliable, possibly true')
  })

  it('renders every block kind of the fixture note', () => {
    const kinds = new Set(allBlocks(bluf.blocks).map((b) => b.kind))
    expect([...kinds].sort()).toEqual(
      ['blockquote', 'code', 'eventCard', 'heading', 'list', 'paragraph', 'rule', 'table'].sort()
    )
    const lists = allBlocks(bluf.blocks).filter((b) => b.kind === 'list')
    expect(lists.map((l) => l.style)).toEqual(['ordered', 'bullet', 'task'])
    const task = lists[2]!
    expect(task.items.map((i) => i.checked)).toEqual([true, false])
  })

  it('keeps the note headings under the title, and shifts them under each note title', () => {
    const levels = bluf.blocks.flatMap((b) => (b.kind === 'heading' ? [b.level] : []))
    expect(levels).toEqual([2, 3, 3, 3, 3])
    const both = buildBrief(
      selectScope(fixture, { kind: 'article', articleId: 'militia-airstrikes' }),
      CTX
    )
    expect(both.title).toBe(
      'Brief: United States Carries Out Airstrikes Against Militia Group Facilities in Iraq and Syria'
    )
    const headings = both.blocks.flatMap((b) =>
      b.kind === 'heading' ? [`${b.level} ${plain(b.content)}`] : []
    )
    expect(headings[0]).toBe('2 BLUF: Iraq')
    expect(headings[1]).toBe('3 Bottom line up front')
    expect(headings).toContain('2 Outlook: militia response')
    expect(headings).toContain('3 Outlook')
  })

  it('migrates a v1 note: its citation becomes a footnoted quote, its event ref a card', () => {
    const outlook = buildBrief(selectScope(fixture, { kind: 'note', noteId: 'note-outlook' }), CTX)
    expect(outlook.footnotes).toHaveLength(1)
    expect(plain(outlook.footnotes[0]!.content)).toContain('a militia alliance in the region')
    const card = outlook.blocks.find((b) => b.kind === 'eventCard')
    expect(card).toMatchObject({
      title: 'Event: Explosions/Remote violence — Air/drone strike',
      link: 'workbench://article/militia-airstrikes#event=evt-drone'
    })
  })

  it('draws live blocks from the note article, or from every article for an article-less note', () => {
    const doc = { type: 'doc', content: [{ type: 'liveBlock', attrs: { kind: 'timeline' } }] }
    const data = noteData(doc)
    const extra = { ...data.events[0]!, id: 'evt-elsewhere', articleId: 'elsewhere' }
    const rows = (articleId: string | null): number => {
      const brief = buildBrief(
        { ...noteData(doc, articleId), events: [...data.events, extra] },
        CTX
      )
      const table = brief.blocks[0]
      return table?.kind === 'table' ? table.rows.length - 1 : 0
    }
    expect(rows('militia-airstrikes')).toBe(3)
    expect(rows(null)).toBe(4)
  })

  it('says so for a deleted event and an empty timeline', () => {
    const brief = buildBrief(
      noteData(
        {
          type: 'doc',
          content: [
            { type: 'eventCard', attrs: { eventId: 'gone' } },
            { type: 'liveBlock', attrs: { kind: 'timeline' } }
          ]
        },
        'no-such-article'
      ),
      CTX
    )
    expect(brief.blocks[0]).toMatchObject({ kind: 'eventCard', link: null })
    expect(brief.blocks[1]).toMatchObject({ kind: 'paragraph' })
    expect(plain((brief.blocks[1] as { content: BriefInline[] }).content)).toMatch(/no events/)
  })

  it('keeps only safe link targets', () => {
    const link = (href: string) => ({
      type: 'text',
      text: href,
      marks: [{ type: 'link', attrs: { href } }]
    })
    const brief = buildBrief(
      noteData(para(link('javascript:alert(1)'), link('https://example.org/a'))),
      CTX
    )
    const content = (brief.blocks[0] as { content: BriefInline[] }).content
    expect(content.map((i) => i.kind)).toEqual(['text', 'link'])
    expect(content[1]).toMatchObject({ href: 'https://example.org/a' })
  })

  it('reports a note it cannot read instead of failing the export', () => {
    const data = noteData({ type: 'doc', content: [] })
    const brief = buildBrief({ ...data, notes: [{ ...data.notes[0]!, schemaVersion: 99 }] }, CTX)
    expect(plain((brief.blocks[0] as { content: BriefInline[] }).content)).toMatch(
      /could not be read.*newer version/
    )
  })

  it('says when there is nothing to export', () => {
    const brief = buildBrief({ ...exportFixture(), notes: [], articles: [] }, CTX)
    expect(brief.title).toBe('Workbench brief')
    expect(brief.footnotes).toEqual([])
    expect(brief.blocks).toHaveLength(1)
  })
})
