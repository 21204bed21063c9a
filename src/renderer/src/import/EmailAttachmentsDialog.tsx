import { useState, type ReactNode } from 'react'
import { formatBytes } from '@shared/format-bytes'
import type { ImportAttachment } from '../import/document-import'
import type { OfferedAttachments } from './useArticleImport'
import { Dialog } from '../ui/Dialog'

interface EmailAttachmentsDialogProps {
  offered: OfferedAttachments
  onImport: (attachment: ImportAttachment) => Promise<boolean>
  onClose: () => void
}

/**
 * After an e-mail is imported: its attachments, each importable one with a button that makes
 * it an article of its own (checked and sanitised like any imported file); the others are
 * listed so the analyst knows they were there.
 */
export function EmailAttachmentsDialog({
  offered,
  onImport,
  onClose
}: EmailAttachmentsDialogProps): ReactNode {
  // A refused attachment (damaged, a duplicate) keeps its button: the notice says why.
  const [state, setState] = useState<Record<number, 'busy' | 'done' | 'failed'>>({})
  const run = async (index: number, attachment: ImportAttachment): Promise<void> => {
    setState((s) => ({ ...s, [index]: 'busy' }))
    const imported = await onImport(attachment)
    setState((s) => ({ ...s, [index]: imported ? 'done' : 'failed' }))
  }
  return (
    <Dialog
      title="Attachments"
      open
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Done
        </button>
      }
    >
      <p>
        The e-mail “{offered.messageTitle}” has been imported. Its attachments can become articles
        of their own:
      </p>
      <ul className="attachment-list" aria-label="Attachments">
        {offered.attachments.map((attachment, index) => {
          const status = state[index]
          return (
            <li key={index} className="attachment-row">
              <span className="attachment-name">
                {attachment.fileName}{' '}
                <span className="attachment-size">({formatBytes(attachment.bytes.length)})</span>
              </span>
              {!attachment.importable ? (
                <span className="attachment-status">Not a kind of file the workbench imports</span>
              ) : status === 'done' ? (
                <span className="attachment-status" role="status">
                  Imported
                </span>
              ) : (
                <button
                  type="button"
                  className="button"
                  disabled={status === 'busy'}
                  aria-label={`Import ${attachment.fileName}`}
                  onClick={() => void run(index, attachment)}
                >
                  Import
                </button>
              )}
            </li>
          )
        })}
      </ul>
    </Dialog>
  )
}
