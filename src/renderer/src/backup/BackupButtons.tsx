import type { ReactNode } from 'react'
import { platform } from '../platform'

/** What the backup buttons start: the backup download, the restore review, the snapshot list. */
export interface BackupCommands {
  onBackUp: () => void
  onRestore: () => void
  onRestoreSnapshot: () => void
}

/**
 * Back up, restore from a backup and (in a browser tab, which has no File menu) restore from a
 * snapshot: the same buttons in the Backup dialog and in About, so the two never drift apart.
 */
export function BackupButtons({
  onBackUp,
  onRestore,
  onRestoreSnapshot,
  primary = false
}: BackupCommands & { primary?: boolean }): ReactNode {
  return (
    <>
      <button
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        onClick={onBackUp}
      >
        Back up…
      </button>
      <button type="button" className="button" onClick={onRestore}>
        Restore from backup…
      </button>
      {platform.kind === 'browser' && (
        <button type="button" className="button" onClick={onRestoreSnapshot}>
          Restore from a snapshot…
        </button>
      )}
    </>
  )
}
