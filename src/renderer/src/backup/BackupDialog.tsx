import type { ReactNode } from 'react'
import { platform } from '../platform'
import { Dialog } from '../ui/Dialog'

/**
 * Backing up and restoring, reached from the top bar's "Backup…" (and the palette): before, the
 * buttons sat only in About, where no one looks for them. Each button leads to the existing
 * flow (the backup download, the restore review, the snapshot list).
 */
export function BackupDialog({
  onClose,
  onBackUp,
  onRestore,
  onRestoreSnapshot
}: {
  onClose: () => void
  onBackUp: () => void
  onRestore: () => void
  onRestoreSnapshot: () => void
}): ReactNode {
  return (
    <Dialog title="Backup and restore" open onClose={onClose}>
      <p>
        A backup is one file holding every article, annotation, event and note. Keep it somewhere
        safe; restoring it replaces what the workbench holds now (a snapshot is taken first).
      </p>
      <div className="about-actions">
        <button type="button" className="button button-primary" onClick={onBackUp}>
          Back up…
        </button>
        <button type="button" className="button" onClick={onRestore}>
          Restore from backup…
        </button>
        {/* The desktop app also has it in the File menu; a browser tab has no menu. */}
        {platform.kind === 'browser' && (
          <button type="button" className="button" onClick={onRestoreSnapshot}>
            Restore from a snapshot…
          </button>
        )}
      </div>
    </Dialog>
  )
}
