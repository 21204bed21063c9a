import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual'
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode
} from 'react'
import type { AnnotationRecord } from '@shared/model/annotation'
import { AnnotationCard } from './AnnotationCard'
import { useAnnotationUi } from '../services/annotation-ui'
import { adjacentIndex, registerCardNavigator, withPinned } from './card-navigator'
import { scrollParentOf } from './scroll-parent'
import type { AnnotationActions } from './useAnnotationActions'

interface AnnotationCardListProps {
  /** The cards to show, already filtered and sorted. */
  annotations: AnnotationRecord[]
  labels: string[]
  allTags: string[]
  actions: AnnotationActions
  /** The article's current plain text, for what a drifted passage now reads. */
  articleText: string
}

/** A first guess at a card's height; each card is measured once it is rendered. */
const ESTIMATED_CARD_PX = 160
const GAP_PX = 8
const PADDING_TOP_PX = 4
const PADDING_BOTTOM_PX = 24
/** Cards rendered beyond each edge of the pane's viewport, so a short scroll shows no gap. */
const OVERSCAN = 3

/**
 * The annotation cards as a virtualised list: only the cards near the pane's viewport (plus the
 * focused and the active one) are rendered, so a thousand annotations cost a dozen cards at first
 * paint and on every change. Cards keep their list semantics for assistive technology
 * (aria-setsize and aria-posinset), and keyboard navigation goes by index through the navigator
 * registered here (card-navigator.ts), so j/k and "click a highlight" reach unrendered cards.
 */
export function AnnotationCardList({
  annotations,
  labels,
  allTags,
  actions,
  articleText
}: AnnotationCardListProps): ReactNode {
  const { activeId } = useAnnotationUi()
  const list = useRef<HTMLOListElement>(null)
  const scroller = useRef<HTMLElement | null>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const indexOf = useMemo(() => new Map(annotations.map((a, i) => [a.id, i])), [annotations])
  const pinned = useMemo(
    () =>
      [activeId, focusedId].flatMap((id) => {
        const i = id === null ? undefined : indexOf.get(id)
        return i === undefined ? [] : [i]
      }),
    [activeId, focusedId, indexOf]
  )

  // A new key function makes the virtualiser measure every card again: once per list only.
  const getItemKey = useCallback((i: number) => annotations[i]?.id ?? i, [annotations])
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer's functions are read during render by design.
  const virtual = useVirtualizer({
    count: annotations.length,
    getScrollElement: () => {
      if (!scroller.current && list.current) scroller.current = scrollParentOf(list.current)
      return scroller.current
    },
    estimateSize: () => ESTIMATED_CARD_PX,
    getItemKey,
    overscan: OVERSCAN,
    gap: GAP_PX,
    paddingStart: PADDING_TOP_PX,
    paddingEnd: PADDING_BOTTOM_PX,
    scrollMargin,
    rangeExtractor: (range) => withPinned(defaultRangeExtractor(range), pinned)
  })

  // The list sits below the filters in the same scrolling pane: its offset there is the
  // virtualiser's scroll margin, measured again whenever anything above it changes size.
  useLayoutEffect(() => {
    const el = list.current
    const parent = el && scrollParentOf(el)
    if (!el || !parent) return
    const measure = (): void =>
      setScrollMargin(
        Math.round(
          el.getBoundingClientRect().top - parent.getBoundingClientRect().top + parent.scrollTop
        )
      )
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const resizes = new ResizeObserver(measure)
    for (let s = el.previousElementSibling; s; s = s.previousElementSibling) resizes.observe(s)
    return () => resizes.disconnect()
  }, [])

  // Read by the navigator at key-press time, not captured when it was registered.
  const latest = useRef({ annotations, indexOf, activeId, virtual })
  useLayoutEffect(() => {
    latest.current = { annotations, indexOf, activeId, virtual }
  })

  // The card the navigator was asked to focus before it was rendered: focused once it is.
  const pendingFocus = useRef<string | null>(null)
  const cardElement = (id: string): HTMLElement | null => {
    for (const el of Array.from(list.current?.children ?? []))
      if (el instanceof HTMLElement && el.dataset.annotationId === id) return el
    return null
  }
  useLayoutEffect(() => {
    const id = pendingFocus.current
    const el = id === null ? null : cardElement(id)
    if (!el) return
    pendingFocus.current = null
    el.focus({ preventScroll: true })
  })

  useEffect(() => {
    const focusAt = (index: number | undefined | null): string | null => {
      const a = index == null ? undefined : latest.current.annotations[index]
      if (index == null || !a) return null
      latest.current.virtual.scrollToIndex(index, { align: 'auto' })
      const el = cardElement(a.id)
      if (el) {
        el.focus({ preventScroll: true })
      } else {
        // Pinned, it renders on the next render wherever the pane is scrolled; then focused.
        pendingFocus.current = a.id
        setFocusedId(a.id)
      }
      return a.id
    }
    const currentIndex = (): number => {
      const focused = document.activeElement?.closest<HTMLElement>('[data-annotation-id]')
      const id =
        focused && list.current?.contains(focused)
          ? focused.dataset.annotationId
          : latest.current.activeId
      return id ? (latest.current.indexOf.get(id) ?? -1) : -1
    }
    return registerCardNavigator({
      focus: (id) => focusAt(latest.current.indexOf.get(id)) !== null,
      adjacent: (step) =>
        focusAt(adjacentIndex(latest.current.annotations.length, currentIndex(), step))
    })
  }, [])

  const items = virtual.getVirtualItems()
  return (
    <ol
      ref={list}
      className="annotation-list"
      aria-label="Annotations"
      style={{ height: virtual.getTotalSize() }}
      onFocus={(e) => {
        const card = e.target.closest<HTMLElement>('[data-annotation-id]')
        if (card) setFocusedId(card.dataset.annotationId ?? null)
      }}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)))
          setFocusedId(null)
      }}
    >
      {items.map((item) => {
        const a = annotations[item.index]
        if (!a) return null
        return (
          <AnnotationCard
            key={a.id}
            annotation={a}
            labels={labels}
            allTags={allTags}
            actions={actions}
            articleText={articleText}
            slot={{
              index: item.index,
              setSize: annotations.length,
              top: item.start - scrollMargin,
              measure: virtual.measureElement
            }}
          />
        )
      })}
    </ol>
  )
}
