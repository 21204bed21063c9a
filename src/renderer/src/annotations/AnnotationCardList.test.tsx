import 'fake-indexeddb/auto'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useEffect, type ReactElement, type ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_COLOUR_LABELS,
  type AnnotationRecord,
  type ColourSlot
} from '@shared/model/annotation'
import { NoticeProvider } from '../services/notices'
import { AnnotationCardList } from './AnnotationCardList'
import { AnnotationUiProvider } from '../services/annotation-ui'
import { focusAdjacentCard, focusCard } from './card-navigator'
import { noopAnnotationActions } from './testing/noop-annotation-actions'

// jsdom lays nothing out: the pane is given a 600 px viewport, every card a 100 px height, and
// the pane's scroll height is the list's.
const VIEWPORT_PX = 600
const CARD_PX = 100

function annotation(i: number): AnnotationRecord {
  const at = new Date(Date.UTC(2025, 2, 14, 10, 0, i % 60)).toISOString()
  const exact = `Quoted passage number ${i}`
  return {
    id: `a${i}`,
    articleId: 'article',
    createdAt: at,
    updatedAt: at,
    creator: 'local user',
    motivation: 'highlighting',
    colour: (i % 5) as ColourSlot,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: i * 100, end: i * 100 + exact.length },
      textHash: 'h'
    },
    anchor: {
      start: i * 100,
      end: i * 100 + exact.length,
      status: 'exact',
      score: 1,
      textHash: 'h'
    },
    commentHtml: '',
    commentText: '',
    tags: [],
    grade: null
  }
}

const actions = noopAnnotationActions({ remove: vi.fn(async () => {}) })

/** The list in a scroller of VIEWPORT_PX, with its providers; `extra` renders beside it. */
function listTree(annotations: AnnotationRecord[], extra?: ReactNode): ReactElement {
  return (
    <NoticeProvider>
      <AnnotationUiProvider>
        <div data-testid="scroller" style={{ overflowY: 'auto', height: `${VIEWPORT_PX}px` }}>
          <AnnotationCardList
            annotations={annotations}
            labels={[...DEFAULT_COLOUR_LABELS]}
            allTags={[]}
            actions={actions}
            articleText=""
          />
        </div>
        {extra}
      </AnnotationUiProvider>
    </NoticeProvider>
  )
}

function renderList(count: number): { scroller: HTMLElement; unmount: () => void } {
  const annotations = Array.from({ length: count }, (_, i) => annotation(i))
  const { unmount } = render(listTree(annotations))
  return { scroller: screen.getByTestId('scroller'), unmount }
}

const rendered = (): HTMLElement[] =>
  Array.from(document.querySelectorAll<HTMLElement>('.annotation-card'))
const positions = (): number[] => rendered().map((c) => Number(c.getAttribute('aria-posinset')))
const cardOf = (id: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-annotation-id="${id}"]`)
const topOf = (card: HTMLElement): number =>
  Number(/translateY\((-?[\d.]+)px\)/.exec(card.style.transform)?.[1])

async function scrollTo(scroller: HTMLElement, top: number): Promise<void> {
  await act(async () => {
    scroller.scrollTop = top
    fireEvent.scroll(scroller)
  })
}

beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return (this as HTMLElement).dataset?.testid === 'scroller' ? VIEWPORT_PX : 0
  })
  // The pane scrolls over the list's full height, as the list's style gives it.
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    return parseFloat(this.querySelector<HTMLElement>('.annotation-list')?.style.height ?? '0') || 0
  })
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement
  ) {
    return this.classList.contains('annotation-card') ? CARD_PX : 0
  })
  // jsdom has no Element.scrollTo: scroll as a browser would, firing the scroll event later.
  Object.defineProperty(HTMLElement.prototype, 'scrollTo', {
    configurable: true,
    value(this: HTMLElement, options: ScrollToOptions) {
      this.scrollTop = options.top ?? this.scrollTop
      queueMicrotask(() => this.dispatchEvent(new Event('scroll')))
    }
  })
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  delete (HTMLElement.prototype as { scrollTo?: unknown }).scrollTo
})

describe('AnnotationCardList', () => {
  it('renders only the cards near the viewport, each with its place in the whole list', () => {
    renderList(1000)
    const list = screen.getByRole('list', { name: 'Annotations' })
    expect(rendered().length).toBeGreaterThan(3)
    expect(rendered().length).toBeLessThan(20)
    expect(positions()[0]).toBe(1)
    for (const card of rendered()) expect(card.getAttribute('aria-setsize')).toBe('1000')
    // The list keeps the height of all its cards, so the pane's scrollbar is the whole list's.
    expect(parseFloat(list.style.height)).toBeGreaterThan(999 * CARD_PX)
  })

  it('renders the cards further down as the pane scrolls', async () => {
    const { scroller } = renderList(1000)
    await scrollTo(scroller, 50_000)
    expect(Math.min(...positions())).toBeGreaterThan(100)
    const first = rendered()[0]!
    // The rendered cards are placed where the pane shows them.
    expect(topOf(first)).toBeLessThanOrEqual(50_000)
    expect(topOf(rendered().at(-1)!)).toBeGreaterThanOrEqual(50_000 + VIEWPORT_PX - CARD_PX)
  })

  it('renders, scrolls to and focuses a card that was not rendered (a highlight clicked)', async () => {
    const { scroller } = renderList(1000)
    expect(cardOf('a899')).toBeNull()
    let listed = false
    await act(async () => {
      listed = focusCard('a899')
    })
    const card = cardOf('a899')!
    expect(listed).toBe(true)
    expect(document.activeElement).toBe(card)
    expect(card.getAttribute('aria-posinset')).toBe('900')
    expect(card.getAttribute('aria-current')).toBe('true')
    expect(scroller.scrollTop).toBeGreaterThan(0)
    expect(topOf(card)).toBeGreaterThanOrEqual(scroller.scrollTop - CARD_PX)
    expect(topOf(card)).toBeLessThanOrEqual(scroller.scrollTop + VIEWPORT_PX)
    expect(focusCard('not-listed')).toBe(false)
  })

  it('moves focus with j/k by index, through cards that were not rendered', async () => {
    const { scroller } = renderList(1000)
    let id: string | null = null
    await act(async () => {
      id = focusAdjacentCard(1)
    })
    expect(id).toBe('a0')
    expect(document.activeElement).toBe(cardOf('a0'))
    await act(async () => void focusAdjacentCard(-1))
    expect(document.activeElement).toBe(cardOf('a0'))
    await act(async () => void focusCard('a998'))
    await act(async () => {
      id = focusAdjacentCard(1)
    })
    expect(id).toBe('a999')
    expect(document.activeElement).toBe(cardOf('a999'))
    await act(async () => void focusAdjacentCard(1))
    expect(document.activeElement).toBe(cardOf('a999'))
    await act(async () => void focusAdjacentCard(-1))
    expect(document.activeElement).toBe(cardOf('a998'))
    expect(scroller.scrollTop).toBeGreaterThan(900 * CARD_PX)
  })

  it('keeps the focused card rendered (and focused) when the pane scrolls away from it', async () => {
    const { scroller } = renderList(1000)
    await act(async () => void focusAdjacentCard(1))
    await scrollTo(scroller, 60_000)
    expect(document.activeElement).toBe(cardOf('a0'))
    // In list order in the DOM: the pinned first card, then the window far below.
    const order = positions()
    expect(order[0]).toBe(1)
    expect(order.slice(1).every((p) => p > 300)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
  })

  it('deletes the focused card with Delete', async () => {
    renderList(1000)
    await act(async () => void focusCard('a500'))
    fireEvent.keyDown(document.activeElement!, { key: 'Delete' })
    expect(actions.remove).toHaveBeenCalledWith('a500')
  })

  it('focuses a card asked for from an effect in the same render, as navigation does', async () => {
    const annotations = Array.from({ length: 1000 }, (_, i) => annotation(i))
    function AskOnMount(): null {
      useEffect(() => void focusCard('a700'), [])
      return null
    }
    await act(async () => {
      render(listTree(annotations, <AskOnMount />))
    })
    expect(document.activeElement).toBe(cardOf('a700'))
  })

  it('unregisters its navigator when unmounted', () => {
    const { unmount } = renderList(10)
    unmount()
    expect(focusAdjacentCard(1)).toBeNull()
  })
})
