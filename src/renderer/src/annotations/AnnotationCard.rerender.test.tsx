import 'fake-indexeddb/auto'
import { cleanup, render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_COLOUR_LABELS,
  type AnnotationRecord,
  type ColourSlot
} from '@shared/model/annotation'
import { NoticeProvider } from '../services/notices'
import { AnnotationUiProvider } from '../services/annotation-ui'
import { NO_FILTER } from '@core/annotations/filter-annotations'
import { AnnotationCardList } from './AnnotationCardList'
import { AnnotationsList } from './AnnotationsList'
import { noopAnnotationActions } from './testing/noop-annotation-actions'

// Every card renders its creation time: counting the calls counts the cards rendered.
const calls = vi.hoisted(() => ({ formatDateTime: 0 }))
vi.mock('../ui/format-date', async (original) => {
  const real = await original<typeof import('../ui/format-date')>()
  return {
    ...real,
    formatDateTime: (iso: string) => {
      calls.formatDateTime++
      return real.formatDateTime(iso)
    }
  }
})

function annotation(i: number, comment = ''): AnnotationRecord {
  const at = new Date(Date.UTC(2025, 2, 14, 10, 0, i)).toISOString()
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
    commentHtml: comment ? `<p>${comment}</p>` : '',
    commentText: comment,
    tags: [],
    grade: null
  }
}

const actions = noopAnnotationActions()
const labels = [...DEFAULT_COLOUR_LABELS]
const allTags: string[] = []

const tree = (annotations: AnnotationRecord[]): ReactElement => (
  <NoticeProvider>
    <AnnotationUiProvider>
      <div data-testid="scroller" style={{ overflowY: 'auto', height: '600px' }}>
        <AnnotationCardList
          annotations={annotations}
          labels={labels}
          allTags={allTags}
          actions={actions}
          articleText=""
        />
      </div>
    </AnnotationUiProvider>
  </NoticeProvider>
)

// jsdom lays nothing out: the pane is given a 600 px viewport and every card 100 px.
beforeEach(() => {
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockImplementation(function (this: Element) {
    return (this as HTMLElement).dataset?.testid === 'scroller' ? 600 : 0
  })
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement
  ) {
    return this.classList.contains('annotation-card') ? 100 : 0
  })
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('AnnotationCard', () => {
  it('renders again only the card whose annotation changed (a stored comment keystroke)', () => {
    const before = Array.from({ length: 5 }, (_, i) => annotation(i))
    const { rerender, container } = render(tree(before))
    expect(container.querySelectorAll('.annotation-card')).toHaveLength(5)
    calls.formatDateTime = 0
    // The live query's next answer: the same records, the third with a comment typed into it.
    const after = before.map((a, i) => (i === 2 ? annotation(2, 'a') : a))
    rerender(tree(after))
    expect(container.querySelector('[data-annotation-id="a2"] .card-comment')?.textContent).toBe(
      'a'
    )
    expect(calls.formatDateTime).toBe(1)
  })
})

describe('AnnotationsList', () => {
  it('leaves the filter bar alone when a stored comment keystroke gives the list anew', () => {
    // React sets an input's name and type attributes again whenever it renders it with new
    // props, and any DOM change makes Chromium repaint every highlight in the article.
    const list = (annotations: AnnotationRecord[]): ReactElement => (
      <NoticeProvider>
        <AnnotationUiProvider>
          <div data-testid="scroller" style={{ overflowY: 'auto', height: '600px' }}>
            <AnnotationsList
              annotations={annotations}
              actions={actions}
              filter={NO_FILTER}
              onFilter={onFilter}
              articleText=""
            />
          </div>
        </AnnotationUiProvider>
      </NoticeProvider>
    )
    const onFilter = (): void => {}
    const before = Array.from({ length: 5 }, (_, i) => annotation(i))
    const { rerender, container } = render(list(before))
    const bar = container.querySelector('.filter-bar')!
    const changed: string[] = []
    const observer = new MutationObserver((records) =>
      records.forEach((r) => changed.push(`${r.target.nodeName} ${r.attributeName}`))
    )
    observer.observe(bar, { subtree: true, attributes: true, childList: true })
    for (const comment of ['a', 'ab', 'abc'])
      rerender(list(before.map((a, i) => (i === 2 ? annotation(2, comment) : a))))
    changed.push(...observer.takeRecords().map((r) => `${r.target.nodeName} ${r.attributeName}`))
    observer.disconnect()
    expect(changed).toEqual([])
  })
})
