import { memo, useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react'
import { displayChunks, type DisplayChunk } from '@core/article/display-chunks'
import type { TextBlock } from '@shared/model/text-model'
import { chunkBatches } from './chunk-batches'

/** Characters per line assumed for a long element's height before it is laid out. */
const CHARS_PER_LINE = 80

/**
 * The article's blocks, each one element with one text node and its plain-text start in
 * `data-offset` (a very long block is several such elements: display-chunks.ts). Memoised on the
 * blocks: painting highlights never re-renders the text.
 *
 * A long article's elements are put in the page batch by batch, one batch per task, the first at
 * once: creating and styling 20,000 paragraphs in one commit held the page for over a second.
 * `onShown` hears how many elements are in the page after each batch; the body's
 * `data-shown="all"` says when all are.
 */
export const ArticleText = memo(function ArticleText({
  blocks,
  onShown
}: {
  blocks: TextBlock[]
  onShown?: (count: number, total: number) => void
}): ReactNode {
  const batches = useMemo(() => chunkBatches(displayChunks(blocks)), [blocks])
  const [shown, setShown] = useState({ batches, count: 1 })
  // A new article starts again from its first batch (state from the last one is discarded).
  const count = shown.batches === batches ? shown.count : 1
  useEffect(() => {
    const total = batches.reduce((n, b) => n + b.length, 0)
    const inPage = batches.slice(0, count).reduce((n, b) => n + b.length, 0)
    onShown?.(inPage, total)
    if (count >= batches.length) return
    const timer = window.setTimeout(() => setShown({ batches, count: count + 1 }), 0)
    return () => window.clearTimeout(timer)
  }, [batches, count, onShown])
  // An ordinary article is its elements, as it always was.
  if (batches.length === 1) return <Elements chunks={batches[0]!} />
  return batches.slice(0, count).map((batch, i) => <Batch key={i} chunks={batch} />)
})

const Elements = memo(function Elements({
  chunks
}: {
  chunks: readonly DisplayChunk[]
}): ReactNode {
  return chunks.map((chunk) => <Chunk key={chunk.start} chunk={chunk} />)
})

/**
 * One batch of a long article in its own element. With `content-visibility: auto` on the batch
 * (styles.css), a batch away from the screen costs no layout at all: a layout of the body walks
 * about a hundred batches, not 20,000 paragraphs (which made every layout of a 10 MB article
 * take tens of milliseconds, and laying it all out take minutes).
 */
const Batch = memo(function Batch({ chunks }: { chunks: readonly DisplayChunk[] }): ReactNode {
  const chars = chunks.reduce((n, c) => n + c.text.length, 0)
  // About as tall as its text until laid out, so the scroll bar is about right from the start.
  const lines = Math.ceil(chars / CHARS_PER_LINE) + chunks.length
  // `data-chars`: how much text the batch holds, for useLayOutInSlices' budget.
  return (
    <div
      className="article-batch"
      data-chars={chars}
      style={{ containIntrinsicBlockSize: `auto ${lines}lh` }}
    >
      <Elements chunks={chunks} />
    </div>
  )
})

function Chunk({ chunk }: { chunk: DisplayChunk }): ReactNode {
  const offset = chunk.start
  const split = chunk.first && chunk.last ? '' : ' article-piece'
  const className = (base: string): string | undefined =>
    `${base}${split}${chunk.first ? '' : ' piece-rest'}${chunk.last ? '' : ' piece-more'}`.trim() ||
    undefined
  // Until laid out, a long element counts as about as tall as its text, not as six lines.
  const style: CSSProperties | undefined =
    chunk.text.length > CHARS_PER_LINE * 6
      ? { containIntrinsicBlockSize: `auto ${Math.ceil(chunk.text.length / CHARS_PER_LINE)}lh` }
      : undefined
  switch (chunk.kind) {
    case 'heading': {
      // The article title is the page's h1; article headings start one level below it.
      const level = Math.min(6, Math.max(2, (chunk.level ?? 2) + 1))
      const H = `h${level}` as 'h2'
      return (
        <H className={className('article-heading')} data-offset={offset} style={style}>
          {chunk.text}
        </H>
      )
    }
    case 'quote':
      return (
        <blockquote className={className('article-quote')} data-offset={offset} style={style}>
          {chunk.text}
        </blockquote>
      )
    case 'list-item':
      return (
        <p className={className('article-list-item')} data-offset={offset} style={style}>
          {chunk.text}
        </p>
      )
    default:
      return (
        <p className={className('')} data-offset={offset} style={style}>
          {chunk.text}
        </p>
      )
  }
}
