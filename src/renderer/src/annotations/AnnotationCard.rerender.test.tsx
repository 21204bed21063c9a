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
import { AnnotationCardList } from './AnnotationCardList'
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
