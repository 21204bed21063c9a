import { describe, expect, it } from 'vitest'
import { lintText } from './analytic-lint'
import { unknownNoteTypes } from './note-document'
import { guidanceOf, nodeText, walkNoteNodes } from './note-json'
import {
  BUILT_IN_GUIDANCE,
  builtInTemplate,
  builtInTemplates,
  templateFromNote
} from './note-templates'

describe('note templates', () => {
  it('ships blank, BLUF brief and event summary', () => {
    expect(builtInTemplates().map((t) => [t.id, t.builtIn])).toEqual([
      ['blank', true],
      ['bluf-brief', true],
      ['event-summary', true]
    ])
  })

  it('uses only node types of the current schema', () => {
    for (const t of builtInTemplates()) expect(unknownNoteTypes(t.doc)).toEqual([])
  })

  it('lays out the BLUF brief in the order analysts expect, each heading with guidance, not text', () => {
    const doc = builtInTemplate('bluf-brief')!.doc
    const headings = doc.content.filter((n) => n.type === 'heading' && n.attrs?.level === 2)
    expect(headings.map(nodeText)).toEqual([
      'Bottom line up front',
      'Key judgments',
      'Timeline',
      'Sources and reliability',
      'Assumptions',
      'Indicators to watch',
      'Outlook'
    ])
    for (const h of headings) {
      const next = doc.content[doc.content.indexOf(h) + 1]!
      // The guidance sits on an empty paragraph, or on the empty first item of a list.
      const guided = next.type === 'bulletList' ? next.content![0]!.content![0]! : next
      expect(guidanceOf(guided), nodeText(h)).toMatch(/\w/)
      expect(nodeText(next), nodeText(h)).toBe('')
    }
    expect([...BUILT_IN_GUIDANCE]).toContain(
      'The one or two sentences a reader needs if they read nothing else.'
    )
    const live = [...walkNoteNodes(doc)].filter((n) => n.type === 'liveBlock')
    expect(live.map((n) => n.attrs?.kind)).toEqual(['timeline', 'sources'])
  })

  it('writes its prompts the way the analytic lint asks', () => {
    for (const t of builtInTemplates())
      for (const node of walkNoteNodes(t.doc))
        if (node.type === 'paragraph' || node.type === 'heading') {
          const words = guidanceOf(node) ?? nodeText(node)
          expect(lintText(words), words).toEqual([])
        }
  })

  it('hands out a fresh document each time', () => {
    const a = builtInTemplate('bluf-brief')!
    a.doc.content.pop()
    expect(builtInTemplate('bluf-brief')!.doc.content.length).toBe(a.doc.content.length + 1)
    expect(builtInTemplate('nope')).toBeUndefined()
  })

  it('copies a note into a user template', () => {
    const doc = builtInTemplate('event-summary')!.doc
    const t = templateFromNote('t1', 'Mine', doc)
    doc.content.length = 0
    expect(t).toMatchObject({ id: 't1', name: 'Mine', builtIn: false })
    expect(t.doc.content.length).toBeGreaterThan(0)
  })
})
