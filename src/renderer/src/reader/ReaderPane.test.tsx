import 'fake-indexeddb/auto'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AnnotationRecord, ColourSlot } from '@shared/model/annotation'
import type { ArticleRecord } from '@shared/model/article'
import { AnnotationUiProvider } from '../services/annotation-ui'
import { registerCardNavigator } from '../annotations/card-navigator'
import { noopAnnotationActions } from '../annotations/testing/noop-annotation-actions'
import { ReaderPane } from './ReaderPane'
import { TIP_DELAY_MS } from './useHoverTip'

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

const actions = noopAnnotationActions()

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

const twoAnnotations = (betaComment: string, betaColour: ColourSlot = 1): AnnotationRecord[] => [
  annotation('a-beta', 'beta', betaColour, betaComment),
  annotation('a-delta', 'delta', 3, 'second note')
]

function renderReader(betaComment = 'first note'): HTMLElement {
  render(reader(twoAnnotations(betaComment)))
  return screen.getByTestId('article-body')
}

function reader(annotations: AnnotationRecord[]) {
  return (
    <AnnotationUiProvider>
      <ReaderPane
        article={article}
        annotations={annotations}
        loading={false}
        actions={actions}
        onEditDetails={() => {}}
        onUpdateText={() => {}}
        onVersions={() => {}}
        onTagEvent={() => {}}
      />
    </AnnotationUiProvider>
  )
}

const at = (x: number) => ({ clientX: x, clientY: 40 })

describe('ReaderPane hover tooltip', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })
  const rest = (): void => act(() => void vi.advanceTimersByTime(TIP_DELAY_MS))

  it('shows the label and comment of the highlight the pointer rests on, where it rests', () => {
    const body = renderReader()
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta')))
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta') + 1))
    expect(screen.queryByRole('tooltip')).toBeNull()
    rest()
    const tip = screen.getByRole('tooltip')
    expect(tip.textContent).toBe('Claim: first note')
    expect(tip.style.left).toBe(`${TEXT.indexOf('beta') + 1 + 8}px`)
    expect(tip.style.top).toBe('56px')
  })

  it('shows a comment of several blocks one line each, without blank lines', () => {
    const body = renderReader('Casualty figure is unconfirmed\n\ncheck the Pentagon statement')
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta') + 1))
    rest()
    expect(screen.getByRole('tooltip').textContent).toBe(
      'Claim: Casualty figure is unconfirmed\ncheck the Pentagon statement'
    )
  })

  it('shows nothing while the pointer sweeps across highlights', () => {
    const body = renderReader()
    for (const word of ['beta', 'gamma', 'delta', 'alpha', 'beta']) {
      fireEvent.mouseMove(body, at(TEXT.indexOf(word) + 1))
      act(() => void vi.advanceTimersByTime(TIP_DELAY_MS / 3))
    }
    expect(screen.queryByRole('tooltip')).toBeNull()
    fireEvent.mouseMove(body, at(TEXT.indexOf('delta') + 1))
    rest()
    expect(screen.getByRole('tooltip').textContent).toBe('Place/time: second note')
  })

  it('stays put while the pointer moves within the same highlight', () => {
    const body = renderReader()
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta') + 1))
    rest()
    const before = screen.getByRole('tooltip')
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta') + 3))
    rest()
    const after = screen.getByRole('tooltip')
    expect(after).toBe(before)
    expect(after.style.left).toBe(`${TEXT.indexOf('beta') + 1 + 8}px`)
  })

  it('goes away at once when the pointer leaves the highlight or the text', () => {
    const body = renderReader()
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta') + 1))
    rest()
    fireEvent.mouseMove(body, at(TEXT.indexOf('gamma')))
    expect(screen.queryByRole('tooltip')).toBeNull()
    rest()
    expect(screen.queryByRole('tooltip')).toBeNull()
    fireEvent.mouseMove(body, at(TEXT.indexOf('delta')))
    rest()
    expect(screen.getByRole('tooltip').textContent).toBe('Place/time: second note')
    fireEvent.mouseLeave(body)
    expect(screen.queryByRole('tooltip')).toBeNull()
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

describe('ReaderPane painted highlights', () => {
  // jsdom has no CSS Custom Highlight API: a registry that records each registration.
  let registered: string[]
  beforeEach(() => {
    registered = []
    const highlights = new Map<string, unknown>()
    vi.stubGlobal(
      'Highlight',
      class {
        priority = 0
        readonly ranges: Range[]
        constructor(...ranges: Range[]) {
          this.ranges = ranges
        }
      }
    )
    vi.stubGlobal('CSS', {
      highlights: {
        set: (name: string, h: unknown) => {
          registered.push(name)
          return highlights.set(name, h)
        },
        get: (name: string) => highlights.get(name),
        delete: (name: string) => highlights.delete(name)
      }
    })
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('registers them again when a highlight changes, not for each key typed in a comment', () => {
    vi.useFakeTimers()
    const { rerender } = render(reader(twoAnnotations('f')))
    const first = registered.length
    expect(first).toBeGreaterThan(0)
    // Each key stores the annotation: the article's list comes anew, every record a new object.
    for (const comment of ['fi', 'fir', 'firs']) rerender(reader(twoAnnotations(comment)))
    expect(registered).toHaveLength(first)
    // The hover tip still reads the comment as stored now.
    const body = screen.getByTestId('article-body')
    fireEvent.mouseMove(body, at(TEXT.indexOf('beta') + 1))
    act(() => void vi.advanceTimersByTime(TIP_DELAY_MS))
    expect(screen.getByRole('tooltip').textContent).toBe('Claim: firs')
    // A new colour is painted.
    rerender(reader(twoAnnotations('firs', 2)))
    expect(registered.length).toBeGreaterThan(first)
  })
})
