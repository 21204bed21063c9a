import { useEffect, useState, type ReactNode } from 'react'
import type { AppInfo } from '@shared/ipc-contract'
import type { PersistenceState } from './useStoragePersistence'
import { platform } from '../platform'
import { Dialog } from '../ui/Dialog'
import { BackupButtons, type BackupCommands } from '../backup/BackupButtons'

const PERSISTENCE_TEXT: Record<PersistenceState, string> = {
  pending: 'asking…',
  granted: 'granted: the browser will not evict the workbench’s data to free space',
  denied: 'not granted: the browser may clear the data under storage pressure; back up regularly',
  unsupported: 'not supported here; back up regularly'
}

/** Version, where the data lives, whether storage is persistent, and backing it up. */
export function AboutDialog({
  onClose,
  persistence,
  ...commands
}: BackupCommands & { onClose: () => void; persistence: PersistenceState }): ReactNode {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    void platform.getInfo().then((r) => r.ok && setInfo(r.value))
  }, [])
  return (
    <Dialog title="About Analyst Workbench" open onClose={onClose}>
      <dl className="about-list">
        <dt>Version</dt>
        <dd>{info?.appVersion ?? '…'}</dd>
        <dt>Shell</dt>
        <dd>
          {platform.kind === 'electron'
            ? `Desktop app (Electron ${info?.electronVersion ?? ''})`
            : 'Browser mode'}
        </dd>
        <dt>Data</dt>
        <dd className="about-path">{info?.dataDir ?? '…'}</dd>
        <dt>Persistent storage</dt>
        <dd data-testid="persistence">{PERSISTENCE_TEXT[persistence]}</dd>
      </dl>
      <div className="about-actions">
        <BackupButtons {...commands} />
        {platform.kind === 'electron' && (
          <button type="button" className="button" onClick={() => void platform.revealDataFolder()}>
            Reveal data folder
          </button>
        )}
      </div>
    </Dialog>
  )
}
