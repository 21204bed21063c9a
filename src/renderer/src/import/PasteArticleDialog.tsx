import { useDeferredValue, useMemo, useState, type ReactNode } from 'react'
import type { LineBreakRule } from '@core/article/line-break-rule'
import { looksLikeHtml } from '@core/article/looks-like-html'
import { markdownBlocks } from '@core/article/parse-markdown'
import { articleTextTooLong } from '@shared/content-limits'
import { Dialog } from '../ui/Dialog'
import { LineBreakRuleChoice } from '../ui/LineBreakRuleChoice'
import type { PasteReading } from './paste-to-article'

interface PasteArticleDialogProps {
  onClose: () => void
  onImport: (
    title: string,
    text: string,
    rule: LineBreakRule,
    reading: PasteReading
  ) => Promise<boolean>
}

/**
 * "Paste as new article": a title and the text; Markdown headings, lists and tables are kept.
 * Pasted HTML source is recognised and the analyst chooses: read it as HTML, or keep it as
 * plain text (Markdown would read a page's source as markup and keep nothing of it).
 */
export function PasteArticleDialog({ onClose, onImport }: PasteArticleDialogProps): ReactNode {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [rule, setRule] = useState<LineBreakRule>('blank-line')
  const [busy, setBusy] = useState(false)
  const [askHtml, setAskHtml] = useState(false)
  // Without a title the first block becomes it, so the count is of the body's blocks.
  const counted = useDeferredValue(text)
  const tooLong = articleTextTooLong('The pasted text', counted.length)
  const paragraphs = useMemo(() => {
    // Over the limit the text is refused anyway: reading 20 MB for a count would freeze the page.
    if (tooLong) return 0
    const n = markdownBlocks(counted, rule).length
    return title.trim() ? n : Math.max(n - 1, 0)
  }, [counted, rule, title, tooLong])
  const add = async (reading: PasteReading): Promise<void> => {
    setBusy(true)
    const done = await onImport(title, text, rule, reading)
    setBusy(false)
    if (done) onClose()
  }
  const submit = (): void => {
    if (!articleTextTooLong('', text.length) && looksLikeHtml(text)) setAskHtml(true)
    else void add('markdown')
  }
  return (
    <Dialog
      title="Paste as new article"
      open
      wide
      onClose={onClose}
      footer={
        askHtml ? (
          <>
            <button type="button" className="button" onClick={() => setAskHtml(false)}>
              Back
            </button>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void add('plain')}
            >
              Keep as plain text
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void add('html')}
            >
              Import as HTML
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={submit}
            >
              Add to library
            </button>
          </>
        )
      }
    >
      {askHtml ? (
        <div className="form" role="group" aria-label="Pasted HTML">
          <p>
            <strong>This looks like HTML source.</strong> Import it as HTML to keep the text a
            browser would show (scripts, frames and pictures are left out and listed), or keep it as
            plain text, tags and all.
          </p>
        </div>
      ) : (
        <div className="form">
          <label className="form-field">
            <span className="form-label">Title</span>
            <input
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              placeholder="Taken from the first line when empty"
            />
          </label>
          <label className="form-field">
            <span className="form-label">Article text</span>
            <textarea
              rows={14}
              value={text}
              aria-invalid={tooLong ? true : undefined}
              aria-describedby={tooLong ? 'paste-too-long' : undefined}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit()
              }}
            />
            {tooLong ? (
              <span id="paste-too-long" className="form-error" role="alert">
                {tooLong}
              </span>
            ) : (
              <span className="form-hint">Ctrl+Enter adds it.</span>
            )}
          </label>
          <LineBreakRuleChoice value={rule} onChange={setRule} paragraphs={paragraphs} />
        </div>
      )}
    </Dialog>
  )
}
