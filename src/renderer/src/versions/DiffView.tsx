import { memo, type ReactNode } from 'react'
import { collapseUnchanged, wordDiff } from '@core/article/word-diff'

interface Props {
  before: string
  after: string
}

const words = (n: number): string => `${n} ${n === 1 ? 'word' : 'words'}`

/**
 * A word-level diff: deletions struck through, insertions underlined, each also named for screen
 * readers and marked with a sign, so the difference never rests on colour alone.
 */
export const DiffView = memo(function DiffView({ before, after }: Props): ReactNode {
  if (before === after)
    return <p className="diff-summary">The two texts are the same, word for word.</p>
  const diff = wordDiff(before, after)
  if (diff.addedWords === 0 && diff.removedWords === 0)
    return <p className="form-hint">Only spacing or paragraph breaks changed.</p>
  return (
    <>
      <p className="diff-summary" data-testid="diff-summary">
        {words(diff.removedWords)} removed, {words(diff.addedWords)} added.
      </p>
      <div className="diff-text" data-testid="diff-text" tabIndex={0} aria-label="Changes">
        {collapseUnchanged(diff.parts).map((p, i) => {
          switch (p.kind) {
            case 'same':
              return <span key={i}>{p.text}</span>
            case 'skipped':
              return (
                <span key={i} className="diff-skipped">
                  {' '}
                  [… {words(p.words)} unchanged …]{' '}
                </span>
              )
            case 'removed':
              return (
                <del key={i} className="diff-removed">
                  <span className="visually-hidden">[removed: </span>
                  {p.text}
                  <span className="visually-hidden">]</span>
                </del>
              )
            case 'added':
              return (
                <ins key={i} className="diff-added">
                  <span className="visually-hidden">[added: </span>
                  {p.text}
                  <span className="visually-hidden">]</span>
                </ins>
              )
          }
        })}
      </div>
    </>
  )
})
