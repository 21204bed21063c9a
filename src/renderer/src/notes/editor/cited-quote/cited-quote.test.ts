import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CitedAnnotation } from '../live/note-lookups'
import { CitedQuote } from './cited-quote'
import { citedQuoteDisplay } from './cited-quote-view'
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

  it('inserts a quote after a word with a space between them', () => {
    const e = makeEditor({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Residents reported.' }] }]
    })
    e.commands.setTextSelection(1 + 'Residents reported'.length)
    e.commands.insertCitedQuote({ annotationId: 'ann-1', quote: 'heavy shelling', grade: null })
    expect(e.getText()).toBe('Residents reported “heavy shelling”.')
    e.commands.setTextSelection(1 + 'Residents'.length)
    e.commands.insertCitedQuote({ annotationId: 'ann-1', quote: 'x', grade: null })
    expect(e.getText()).toBe('Residents “x” reported “heavy shelling”.')
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

describe('cited quote view', () => {
  it('shows the cached copy while the records load, and marks a deleted annotation after', () => {
    const loading = citedQuoteDisplay(attrs, undefined, false)
    expect(loading).toMatchObject({ quote: 'heavy shelling at dawn', status: 'drifted' })
    expect(loading.deleted).toBe(false)
    const gone = citedQuoteDisplay(attrs, undefined, true)
    expect(gone).toMatchObject({ status: 'orphaned', deleted: true })
    expect(gone.title).toContain('The annotation was deleted')
    const live = citedQuoteDisplay(
      attrs,
      { quote: 'new words', grade: null, status: 'exact' },
      true
    )
    expect(live).toMatchObject({ quote: 'new words', grade: null, deleted: false })
    expect(live.title.split('\n')).toEqual(['Not graded', 'Click to show the passage.'])
  })

  it('says which deleted article a gone annotation went with', () => {
    const gone = citedQuoteDisplay(attrs, undefined, true, 'Strikes in the east')
    expect(gone).toMatchObject({ deleted: true, deletedArticle: 'Strikes in the east' })
    expect(gone.title).toContain('Its article “Strikes in the east” was deleted')
    // A live annotation is never marked, whatever the marks say.
    const live = citedQuoteDisplay(attrs, { quote: 'q', grade: null, status: 'exact' }, true, 'X')
    expect(live.deletedArticle).toBeNull()
  })

  it('draws the live quote, follows its lookups, and opens the annotation when clicked', () => {
    const live = new Map<string, CitedAnnotation>([
      ['ann-1', { quote: 'live words', grade: 'A1', status: 'exact' }]
    ])
    const listeners = new Set<() => void>()
    const opened: string[] = []
    editor = new Editor({
      extensions: [
        StarterKit,
        CitedQuote.configure({
          lookups: {
            getAnnotation: (id) => live.get(id),
            subscribe: (l) => (listeners.add(l), () => listeners.delete(l))
          },
          onOpenAnnotation: (id) => opened.push(id)
        })
      ],
      content: doc
    })
    const dom = editor.view.dom
    expect(dom.querySelector('.cited-quote-node .cited-quote-text')?.textContent).toBe('live words')
    expect(dom.querySelector('.cited-quote-grade')?.textContent).toBe('A1')
    live.set('ann-1', { quote: 'edited', grade: 'A1', status: 'drifted' })
    listeners.forEach((l) => l())
    expect(dom.querySelector('.cited-quote--drifted .cited-quote-text')?.textContent).toBe('edited')
    expect(dom.querySelector('.cited-quote-flag')?.textContent).toBe('≈')
    ;(dom.querySelector('.cited-quote-text') as HTMLElement).click()
    expect(opened).toEqual(['ann-1'])
    editor.destroy()
    expect(listeners.size).toBe(0)
    editor = undefined
  })
})
