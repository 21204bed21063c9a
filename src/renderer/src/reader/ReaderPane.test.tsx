import 'fake-indexeddb/auto'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AnnotationRecord, ColourSlot } from '../../../shared/model/annotation'
import type { ArticleRecord } from '../../../shared/model/article'
import { AnnotationUiProvider } from '../annotations/annotation-ui'
import { registerCardNavigator } from '../annotations/card-navigator'
import type { AnnotationActions } from '../annotations/useAnnotationActions'
import { ReaderPane } from './ReaderPane'

const TEXT = 'alpha beta gamma delta epsilon'

const article: ArticleRecord = {
  id: 'article',
  title: 'Test article',
  source: 'Test',
  url: '',
  byline: '',
  publishedAt: '',
  importedAt: '2025-01-01T00:00:00.000Z',
  contentHash: 'h',
  format: 'txt',
  blocks: [{ kind: 'paragraph', text: TEXT }]
}

function annotation(id: string, word: string, colour: ColourSlot, comment: string) {
  const start = TEXT.indexOf(word)
  const end = start + word.length
  return {
    id,
    articleId: 'article',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    creator: 'local user',
    motivation: 'commenting',
    colour,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: word, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start, end },
      textHash: 'h'
    },
    anchor: { start, end, status: 'exact', score: 1, textHash: 'h' },
    commentHtml: `<p>${comment}</p>`,
    commentText: comment,
    tags: [],
    grade: null
  } satisfies AnnotationRecord
}

const noop = async (): Promise<void> => {}
const actions: AnnotationActions = {
  create: async () => null,
  update: noop,
  setColour: noop,
  setGrade: noop,
  setTags: noop,
  remove: noop,
  reattach: noop,
  confirm: noop,
  undo: noop,
  redo: noop
}

// jsdom has no layout: a point's x is taken as the character offset in the article's one block.
beforeEach(() => {
  Object.defineProperty(document, 'caretPositionFromPoint', {
    configurable: true,
    value: (x: number) => {
      const text = document.querySelector('[data-offset]')?.firstChild
      return text ? { offsetNode: text, offset: Math.floor(x) } : null
    }
  })
})

afterEach(() => {
  cleanup()
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint
})

function renderReader(): HTMLElement {
  render(
    <AnnotationUiProvider>
      <ReaderPane
        article={article}
        annotations={[
          annotation('a-beta', 'beta', 1, 'first note'),
          annotation('a-delta', 'delta', 3, 'second note')
        ]}
        loading={false}
        actions={actions}
        onEditDetails={() => {}}
        onUpdateText={() => {}}
        onTagEvent={() => {}}
      />
    </AnnotationUiProvider>
  )
  return screen.getByTestId('article-body')
}

const at = (x: number) => ({ clientX: x, clientY: 40 })

describe('ReaderPane hover tooltip', () => {
  it('shows the label and comment of the highlight under the pointer, where it appeared', () => {
    const body = renderReader()
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta') + 1))
    const tip = screen.getByRole('tooltip')
    expect(tip.textContent).toBe('Claim: first note')
    expect(tip.style.left).toBe(`${TEXT.indexOf('beta') + 1 + 8}px`)
    expect(tip.style.top).toBe('56px')
  })

  it('stays put while the pointer moves within the same highlight', () => {
    const body = renderReader()
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta') + 1))
    const before = screen.getByRole('tooltip')
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta') + 3))
    const after = screen.getByRole('tooltip')
    expect(after).toBe(before)
    expect(after.style.left).toBe(`${TEXT.indexOf('beta') + 1 + 8}px`)
  })

  it('follows the pointer to another highlight, and goes away off the highlights', () => {
    const body = renderReader()
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta') + 1))
    fireEvent.mouseMove(body, at(TEXT.indexOf('delta') + 2))
    const tip = screen.getByRole('tooltip')
    expect(tip.textContent).toBe('Place/time: second note')
    expect(tip.style.left).toBe(`${TEXT.indexOf('delta') + 2 + 8}px`)
    fireEvent.mouseMove(body, at(TEXT.indexOf('gamma')))
    expect(screen.queryByRole('tooltip')).toBeNull()
    fireEvent.mouseMove(body, at(TEXT.indexOf('delta')))
    expect(screen.getByRole('tooltip').textContent).toBe('Place/time: second note')
  })
})

describe('ReaderPane click on a highlight', () => {
  it('asks the card list to focus the card of the highlight clicked', () => {
    const focused: string[] = []
    const unregister = registerCardNavigator({
      focus: (id) => {
        focused.push(id)
        return true
      },
      adjacent: () => null
    })
    const body = renderReader()
    fireEvent.click(body, at(TEXT.indexOf('delta') + 1))
    fireEvent.click(body, at(TEXT.indexOf('gamma') + 1))
    expect(focused).toEqual(['a-delta'])
    unregister()
  })
})
