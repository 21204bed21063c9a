import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CitedAnnotation } from '../live/note-lookups'
import { CitedQuote } from './cited-quote'
import {
  citedQuoteDataAttributes,
  citedQuoteText,
  parseCitedQuoteElement,
  resolveCitedQuote,
  type CitedQuoteAttrs
} from './cited-quote-attrs'

const attrs: CitedQuoteAttrs = {
  annotationId: 'ann-1',
  quote: 'heavy shelling at dawn',
  grade: 'B2',
  status: 'drifted'
}

const doc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Residents reported ' },
        { type: 'citedQuote', attrs },
        { type: 'text', text: '.' }
      ]
    }
  ]
}

let editor: Editor | undefined
afterEach(() => editor?.destroy())

function makeEditor(content: unknown, live = new Map<string, CitedAnnotation>()): Editor {
  editor = new Editor({
    extensions: [
      StarterKit,
      CitedQuote.configure({
        lookups: { getAnnotation: (id) => live.get(id), subscribe: () => () => {} },
        onOpenAnnotation: () => {}
      })
    ],
    content: content as Record<string, unknown>
  })
  return editor
}

describe('cited quote attributes', () => {
  it('parses what it writes', () => {
    const el = document.createElement('span')
    for (const [k, v] of Object.entries(citedQuoteDataAttributes(attrs))) el.setAttribute(k, v)
    el.innerHTML = '<q>heavy shelling at dawn</q> <span>B2</span>'
    expect(parseCitedQuoteElement(el)).toEqual(attrs)
  })

  it('normalises foreign values', () => {
    const el = document.createElement('span')
    el.setAttribute('data-grade', 'b 2')
    el.setAttribute('data-status', 'lost')
    el.textContent = 'plain words'
    expect(parseCitedQuoteElement(el)).toEqual({
      annotationId: '',
      quote: 'plain words',
      grade: 'B2',
      status: 'exact'
    })
  })

  it('prints the quote with its grade as text', () => {
    expect(citedQuoteText(attrs)).toBe('“heavy shelling at dawn” [B2]')
    expect(citedQuoteText({ quote: 'x', grade: null })).toBe('“x”')
  })

  it('follows the live annotation, and keeps the cached quote once it is deleted', () => {
    expect(resolveCitedQuote(attrs, { quote: 'new words', grade: 'A1', status: 'exact' })).toEqual({
      annotationId: 'ann-1',
      quote: 'new words',
      grade: 'A1',
      status: 'exact'
    })
    expect(resolveCitedQuote(attrs, undefined)).toEqual({ ...attrs, status: 'orphaned' })
  })
})

describe('citedQuote node', () => {
  it('round-trips through JSON', () => {
    expect(makeEditor(doc).getJSON()).toEqual(doc)
  })

  it('round-trips through HTML', () => {
    const html = makeEditor(doc).getHTML()
    expect(html).toContain('data-annotation-id="ann-1"')
    expect(html).toContain('<q>heavy shelling at dawn</q>')
    expect(html).toContain('data-grade="B2"')
    editor?.destroy()
    expect(makeEditor(html).getJSON()).toEqual(doc)
  })

  it('renders as quoted text with its grade in plain text', () => {
    expect(makeEditor(doc).getText()).toBe('Residents reported “heavy shelling at dawn” [B2].')
  })

  it('inserts a quote and refreshes the cache from live annotations outside undo history', () => {
    const live = new Map<string, CitedAnnotation>([
      ['ann-1', { quote: 'edited', grade: 'C3', status: 'exact' }]
    ])
    const e = makeEditor(doc, live)
    e.commands.setTextSelection(1)
    e.commands.insertCitedQuote({ annotationId: 'gone', quote: 'old', grade: null })
    const onUpdate = vi.fn()
    e.on('update', onUpdate)
    expect(e.commands.refreshCitedQuotes()).toBe(true)
    expect(onUpdate).toHaveBeenCalledTimes(1)
    const quotes: unknown[] = []
    e.state.doc.descendants((n) => {
      if (n.type.name === 'citedQuote') quotes.push(n.attrs)
    })
    expect(quotes).toEqual([
      { annotationId: 'gone', quote: 'old', grade: null, status: 'orphaned' },
      { annotationId: 'ann-1', quote: 'edited', grade: 'C3', status: 'exact' }
    ])
    expect(e.commands.refreshCitedQuotes()).toBe(false)
    // Undo takes back the insertion, not the refresh.
    e.commands.undo()
    expect(JSON.stringify(e.getJSON())).not.toContain('"gone"')
    expect(JSON.stringify(e.getJSON())).toContain('"edited"')
  })
})
