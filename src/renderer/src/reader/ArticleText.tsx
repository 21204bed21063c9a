import { memo, type ReactNode } from 'react'
import { blockOffsets } from '@core/article/plain-text'
import type { TextBlock } from '@shared/model/text-model'

/**
 * The article's blocks, each one element with one text node and its plain-text start in
 * `data-offset`. Memoised on the blocks: painting highlights never re-renders the text.
 */
export const ArticleText = memo(function ArticleText({
  blocks
}: {
  blocks: TextBlock[]
}): ReactNode {
  const offsets = blockOffsets(blocks)
  return blocks.map((block, i) => {
    const offset = offsets[i]
    switch (block.kind) {
      case 'heading': {
        // The article title is the page's h1; article headings start one level below it.
        const level = Math.min(6, Math.max(2, (block.level ?? 2) + 1))
        const H = `h${level}` as 'h2'
        return (
          <H key={i} className="article-heading" data-offset={offset}>
            {block.text}
          </H>
        )
      }
      case 'quote':
        return (
          <blockquote key={i} className="article-quote" data-offset={offset}>
            {block.text}
          </blockquote>
        )
      case 'list-item':
        return (
          <p key={i} className="article-list-item" data-offset={offset}>
            {block.text}
          </p>
        )
      default:
        return (
          <p key={i} data-offset={offset}>
            {block.text}
          </p>
        )
    }
  })
})
