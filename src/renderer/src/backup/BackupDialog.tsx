import type { ReactNode } from 'react'
import { BackupButtons, type BackupCommands } from './BackupButtons'
import { Dialog } from '../ui/Dialog'

/**
 * Backing up and restoring, reached from the top bar's "Backup…" (and the palette): before, the
 * buttons sat only in About, where no one looks for them. Each button leads to the existing
 * flow (the backup download, the restore review, the snapshot list).
 */
export function BackupDialog({
  onClose,
  ...commands
}: BackupCommands & { onClose: () => void }): ReactNode {
  return (
    <Dialog title="Backup and restore" open onClose={onClose}>
      <p>
        A backup is one file holding every article, annotation, event and note. Keep it somewhere
        safe; restoring it replaces what the workbench holds now (a snapshot is taken first).
      </p>
      <div className="about-actions">
        <BackupButtons primary {...commands} />
      </div>
    </Dialog>
  )
}
