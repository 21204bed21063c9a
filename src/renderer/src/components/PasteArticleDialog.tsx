import { useState, type ReactNode } from 'react'
import { Dialog } from './Dialog'

interface PasteArticleDialogProps {
  onClose: () => void
  onImport: (title: string, text: string) => Promise<boolean>
}

/** "Paste as new article": a title and the text; Markdown headings and lists are kept. */
export function PasteArticleDialog({ onClose, onImport }: PasteArticleDialogProps): ReactNode {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const submit = async (): Promise<void> => {
    setBusy(true)
    const done = await onImport(title, text)
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
          <span className="form-hint">
            Paragraphs are separated by a blank line. Ctrl+Enter adds it.
          </span>
        </label>
      </div>
    </Dialog>
  )
}
