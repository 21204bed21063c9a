import type { ReactNode } from 'react'
import type { ArticleRecord } from '../../../shared/model/article'
import type { TextBlock } from '../../../shared/model/text-model'
import { formatDate } from './format-date'

interface ReaderPaneProps {
  article: ArticleRecord | undefined
  loading: boolean
  onEditDetails: () => void
}

function Block({ block }: { block: TextBlock }): ReactNode {
  switch (block.kind) {
    case 'heading': {
      // The article title is the page's h1; article headings start one level below it.
      const level = Math.min(6, Math.max(2, (block.level ?? 2) + 1))
      const H = `h${level}` as 'h2'
      return <H className="article-heading">{block.text}</H>
    }
    case 'quote':
      return <blockquote className="article-quote">{block.text}</blockquote>
    case 'list-item':
      return <p className="article-list-item">{block.text}</p>
    default:
      return <p>{block.text}</p>
  }
}

/** The article at a readable measure, with its citation details above it. */
export function ReaderPane({ article, loading, onEditDetails }: ReaderPaneProps): ReactNode {
  return (
    <div className="reader">
      {!article ? (
        <p className="empty-state">{loading ? '' : 'Choose an article in the library, or import one.'}</p>
      ) : (
        <article className="article" lang="en">
          <header className="article-header">
            <h1 className="article-title">{article.title}</h1>
            <p className="article-meta">
              <span>{article.source || 'Source not set'}</span>
              {article.byline && <span> · {article.byline}</span>}
              <span> · {article.publishedAt ? `Published ${formatDate(article.publishedAt)}` : 'Publication date not set'}</span>
              {article.url && (
                <span>
                  {' · '}
                  <span className="article-url">{article.url}</span>
                </span>
              )}
            </p>
            <button type="button" className="button button-small" onClick={onEditDetails}>
              Edit details…
            </button>
          </header>
          <div className="article-body" data-testid="article-body">
            {article.blocks.map((block, i) => (
              <Block key={i} block={block} />
            ))}
          </div>
        </article>
      )}
    </div>
  )
}
