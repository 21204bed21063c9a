import { useLiveQuery } from 'dexie-react-hooks'
import { useState, type ReactNode } from 'react'
import { plainText } from '@core/article/plain-text'
import type { ArticleRecord } from '@shared/model/article'
import type { TextBlock } from '@shared/model/text-model'
import { RevisionPreviewActions } from '../annotations/RevisionPreviewActions'
import { RevisionReport } from '../annotations/RevisionReport'
import { useTextRevision } from '../annotations/useTextRevision'
import { Dialog } from '../ui/Dialog'
import { formatDateTime } from '../ui/format-date'
import { db } from '../db/db'
import { DiffView } from './DiffView'

interface Props {
  article: ArticleRecord
  onClose: () => void
}

interface Version {
  id: string
  /** 1 for the text first imported. */
  number: number
  label: string
  blocks: TextBlock[]
}

/**
 * The kept versions of an article's text, newest first: each with a word-level diff to the next
 * version or to the current text, and "Restore this version", which goes through the same
 * re-anchoring as an update and keeps the current text as a version (so a restore is undone by
 * restoring again).
 */
export function VersionsDialog({ article, onClose }: Props): ReactNode {
  const revisions = useLiveQuery(
    () => db.articleRevisions.where('articleId').equals(article.id).sortBy('createdAt'),
    [article.id]
  )
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [against, setAgainst] = useState<'next' | 'current'>('next')
  const revision = useTextRevision(article)
  const { preview, error } = revision

  const versions: Version[] = (revisions ?? []).map((r, i) => ({
    id: r.id,
    number: i + 1,
    label: `Version ${i + 1} · replaced ${formatDateTime(r.createdAt)}`,
    blocks: r.blocks
  }))
  const current: Version = {
    id: 'current',
    number: versions.length + 1,
    label: `Current text · version ${versions.length + 1}`,
    blocks: article.blocks
  }
  const all = [...versions, current]
  const selected = all.find((v) => v.id === selectedId) ?? versions.at(-1) ?? current
  const next = all[selected.number] ?? current
  const other = against === 'next' ? next : current
  // (When the next version is the current text, the two choices are one.)

  const apply = async (): Promise<void> => {
    if (await revision.apply(`Version ${selected.number} restored.`)) onClose()
  }

  return (
    <Dialog
      title="Article versions"
      open
      wide
      onClose={onClose}
      footer={
        preview ? (
          <RevisionPreviewActions
            onBack={revision.back}
            onApply={() => void apply()}
            applyLabel="Apply restore"
          />
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={selected.id === 'current'}
              onClick={() => void revision.compare(selected.blocks)}
            >
              Restore this version
            </button>
          </>
        )
      }
    >
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {preview ? (
        <>
          <p>
            Restoring version {selected.number} of “{article.title}”. The current text is kept as a
            version; this is how the annotations fare:
          </p>
          <RevisionReport outcomes={preview.outcomes} />
        </>
      ) : revisions === undefined ? null : versions.length === 0 ? (
        <p className="empty-state">
          No earlier versions: the text of “{article.title}” has not been changed since it was
          imported. Updating or editing it keeps the text it replaces here.
        </p>
      ) : (
        <div className="versions">
          <ul className="versions-list" aria-label="Versions, newest first">
            {[...all].reverse().map((v) => (
              <li key={v.id}>
                <button
                  type="button"
                  className="versions-item"
                  aria-pressed={v.id === selected.id}
                  onClick={() => {
                    setSelectedId(v.id)
                    revision.setError(null)
                  }}
                >
                  {v.label}
                </button>
              </li>
            ))}
          </ul>
          <section className="versions-diff" aria-label="What changed">
            {selected.id === 'current' ? (
              <p className="form-hint">
                This is the text in the reader. Choose an earlier version to see what changed since.
              </p>
            ) : (
              <>
                {next.id === 'current' ? (
                  <p className="versions-against">
                    From version {selected.number} to the current text
                  </p>
                ) : (
                  <label className="versions-against">
                    <span>From version {selected.number} to</span>
                    <select
                      value={against}
                      onChange={(e) => setAgainst(e.target.value as 'next' | 'current')}
                    >
                      <option value="next">the next, version {next.number}</option>
                      <option value="current">the current text</option>
                    </select>
                  </label>
                )}
                <DiffView before={plainText(selected.blocks)} after={plainText(other.blocks)} />
              </>
            )}
          </section>
        </div>
      )}
    </Dialog>
  )
}
