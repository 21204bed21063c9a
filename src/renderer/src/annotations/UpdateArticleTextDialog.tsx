import { useDeferredValue, useMemo, useState, type ReactNode } from 'react'
import { editableText } from '@core/article/editable-text'
import type { LineBreakRule } from '@core/article/line-break-rule'
import { markdownBlocks } from '@core/article/parse-markdown'
import { articleTextTooLong } from '@shared/content-limits'
import type { ArticleRecord } from '@shared/model/article'
import { Dialog } from '../ui/Dialog'
import { LineBreakRuleChoice } from '../ui/LineBreakRuleChoice'
import { prepareArticleFile } from '../import/prepare-article'
import { platform } from '../platform'
import { RevisionPreviewActions } from './RevisionPreviewActions'
import { RevisionReport } from './RevisionReport'
import { useTextRevision } from './useTextRevision'

/** Above this length the text box does not check spelling (it would freeze the page). */
const SPELLCHECK_MAX_CHARS = 500_000

interface Props {
  article: ArticleRecord
  onClose: () => void
}

/**
 * "Edit article text": the current text, ready to correct in place (fixing one word is one edit)
 * or to replace with a newer version pasted or imported; then how every anchor fares, then apply.
 */
export function UpdateArticleTextDialog({ article, onClose }: Props): ReactNode {
  const [text, setText] = useState(() => editableText(article.blocks))
  const [rule, setRule] = useState<LineBreakRule>('blank-line')
  const revision = useTextRevision(article)
  const { preview, error, setError, compare } = revision
  // The paragraph count follows typing at its own pace: a long article is not re-read per key.
  const counted = useDeferredValue(text)
  const tooLong = articleTextTooLong('The new text', counted.length)
  // Over the limit nothing is read: counting 20 MB of Markdown per key would freeze the page.
  const paragraphs = useMemo(
    () => (tooLong ? 0 : markdownBlocks(counted, rule).length),
    [counted, rule, tooLong]
  )

  /** Compares with the current text unless the new one is longer than an article may be. */
  const compareText = async (): Promise<void> => {
    const refused = articleTextTooLong('The new text', text.length)
    if (refused) return setError(refused)
    await compare(markdownBlocks(text, rule))
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
    if (await revision.apply('Article text updated.')) onClose()
  }

  return (
    <Dialog
      title="Update article text"
      open
      wide
      onClose={onClose}
      footer={
        preview ? (
          <RevisionPreviewActions
            onBack={revision.back}
            onApply={() => void apply()}
            applyLabel="Apply update"
          />
        ) : (
          <>
            <button type="button" className="button" onClick={() => void fromFile()}>
              Import a file…
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void compareText()}
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
        <div className="form">
          <label className="form-field">
            <span className="form-label">Text of “{article.title}”</span>
            <textarea
              rows={14}
              value={text}
              onChange={(e) => setText(e.target.value)}
              // Checking the spelling of megabytes of text holds the page for many seconds.
              spellCheck={text.length <= SPELLCHECK_MAX_CHARS}
              aria-invalid={tooLong ? true : undefined}
            />
            {tooLong && (
              <span className="form-error" role="alert">
                {tooLong}
              </span>
            )}
            <span className="form-hint">
              Correct the text in place, or replace it with a newer version (without its title). The
              current text is kept as a previous version; annotations are re-anchored and nothing is
              moved silently.
            </span>
          </label>
          <LineBreakRuleChoice value={rule} onChange={setRule} paragraphs={paragraphs} />
        </div>
      )}
    </Dialog>
  )
}
