import { useDeferredValue, useMemo, useState, type ReactNode } from 'react'
import type { LineBreakRule } from '@core/article/line-break-rule'
import { markdownBlocks } from '@core/article/parse-markdown'
import { Dialog } from '../ui/Dialog'
import { LineBreakRuleChoice } from '../ui/LineBreakRuleChoice'

interface PasteArticleDialogProps {
  onClose: () => void
  onImport: (title: string, text: string, rule: LineBreakRule) => Promise<boolean>
}

/** "Paste as new article": a title and the text; Markdown headings and lists are kept. */
export function PasteArticleDialog({ onClose, onImport }: PasteArticleDialogProps): ReactNode {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [rule, setRule] = useState<LineBreakRule>('blank-line')
  const [busy, setBusy] = useState(false)
  // Without a title the first block becomes it, so the count is of the body's blocks.
  const counted = useDeferredValue(text)
  const paragraphs = useMemo(() => {
    const n = markdownBlocks(counted, rule).length
    return title.trim() ? n : Math.max(n - 1, 0)
  }, [counted, rule, title])
  const submit = async (): Promise<void> => {
    setBusy(true)
    const done = await onImport(title, text, rule)
    setBusy(false)
    if (done) onClose()
  }
  return (
    <Dialog
      title="Paste as new article"
      open
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void submit()}
          >
            Add to library
          </button>
        </>
      }
    >
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
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit()
            }}
          />
          <span className="form-hint">Ctrl+Enter adds it.</span>
        </label>
        <LineBreakRuleChoice value={rule} onChange={setRule} paragraphs={paragraphs} />
      </div>
    </Dialog>
  )
}
