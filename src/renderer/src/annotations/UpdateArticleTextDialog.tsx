import { useState, type ReactNode } from 'react'
import { reanchorArticle, type ReanchorOutcome } from '../../../core/anchoring/reanchor-article'
import { markdownBlocks } from '../../../core/article/parse-markdown'
import { plainText } from '../../../core/article/plain-text'
import type { ArticleRecord } from '../../../shared/model/article'
import type { AnnotationRecord } from '../../../shared/model/annotation'
import type { EventField } from '../../../shared/model/event'
import type { TextBlock } from '../../../shared/model/text-model'
import { useNotices } from '../app/notices'
import { Dialog } from '../components/Dialog'
import { applyArticleRevision, evidenceKey } from '../db/commands/apply-article-revision'
import { db } from '../db/db'
import { prepareArticleFile } from '../import/prepare-article'
import { sha256Hex } from '../import/sha256-hex'
import { platform } from '../platform'
import { RevisionReport } from './RevisionReport'

interface Props {
  article: ArticleRecord
  annotations: AnnotationRecord[]
  onClose: () => void
}

interface Preview {
  blocks: TextBlock[]
  contentHash: string
  textHash: string
  outcomes: ReanchorOutcome[]
}

/** "Update article text": paste or import a newer version, see how every anchor fares, then apply. */
export function UpdateArticleTextDialog({ article, annotations, onClose }: Props): ReactNode {
  const { notify } = useNotices()
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)

  const compare = async (blocks: TextBlock[]): Promise<void> => {
    if (blocks.length === 0) return setError('There is no text in the new version.')
    const newText = plainText(blocks)
    if (newText === plainText(article.blocks))
      return setError('The new text is identical to the current one: nothing to update.')
    const events = await db.events.where('articleId').equals(article.id).toArray()
    const evidence = events.flatMap((e) =>
      Object.entries(e.evidence).flatMap(([field, ev]) =>
        ev ? [{ id: evidenceKey(e.id, field as EventField), selectors: ev.selectors }] : []
      )
    )
    const { textHash, outcomes } = reanchorArticle(newText, [
      ...annotations.map((a) => ({ id: a.id, selectors: a.selectors })),
      ...evidence
    ])
    setError(null)
    setPreview({
      blocks,
      textHash,
      outcomes,
      contentHash: await sha256Hex(`${article.title}\n\n${newText}`)
    })
  }

  const fromFile = async (): Promise<void> => {
    const picked = await platform.openArticleFile()
    if (!picked.ok) return setError(picked.error.message)
    if (!picked.value) return
    const prepared = await prepareArticleFile(picked.value.fileName, picked.value.bytes, new Date())
    if (!prepared.ok) return setError(prepared.message)
    await compare(prepared.article.blocks)
  }

  const apply = async (): Promise<void> => {
    if (!preview) return
    try {
      await applyArticleRevision(db, article.id, preview, preview.outcomes, new Date())
      const drifted = preview.outcomes.filter((o) => o.status === 'drifted').length
      const orphaned = preview.outcomes.filter((o) => o.status === 'orphaned').length
      notify(
        drifted + orphaned ? 'warning' : 'info',
        `Article text updated. ${drifted} drifted and ${orphaned} orphaned annotations need a look; the previous version is kept.`
      )
      onClose()
    } catch (err) {
      setError(`The update was not applied: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  return (
    <Dialog
      title="Update article text"
      open
      wide
      onClose={onClose}
      footer={
        preview ? (
          <>
            <button type="button" className="button" onClick={() => setPreview(null)}>
              Back
            </button>
            <button type="button" className="button button-primary" onClick={() => void apply()}>
              Apply update
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={() => void fromFile()}>
              Import a file…
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void compare(markdownBlocks(text))}
            >
              Compare with current text
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
        <RevisionReport outcomes={preview.outcomes} />
      ) : (
        <label className="form-field">
          <span className="form-label">New version of “{article.title}”</span>
          <textarea
            rows={14}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Paste the updated article body here (without its title)."
          />
          <span className="form-hint">
            The current text is kept as a previous version. Annotations are re-anchored and nothing
            is moved silently.
          </span>
        </label>
      )}
    </Dialog>
  )
}
