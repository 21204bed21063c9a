import { useEffect } from 'react'
import { useNotices } from '../app/notices'
import type { Platform } from '../platform/platform'
import type { ChangeFeed } from './change-feed'
import type { SnapshotFormat } from './snapshot-format'
import { SnapshotScheduler } from './snapshot-scheduler'

export interface SnapshotSchedulerWiring {
  /** Off until the startup check has settled what the database holds. */
  enabled: boolean
  changes: ChangeFeed
  platform: Pick<Platform, 'writeSnapshot' | 'skipSnapshot' | 'onSnapshotRequest'>
  /** Must be stable (not re-created per render), or the scheduler restarts. */
  createText: SnapshotFormat['createText']
}

/**
 * Takes automatic snapshots while the workbench runs: after changes (see SnapshotScheduler)
 * and when the platform asks for a final one (the window is closing, the tab is hidden).
 * Problems become one notice each, never a storm.
 */
export function useSnapshotScheduler({
  enabled,
  changes,
  platform,
  createText
}: SnapshotSchedulerWiring): void {
  const { notify } = useNotices()
  useEffect(() => {
    if (!enabled) return
    const scheduler = new SnapshotScheduler({
      write: async (reason) => platform.writeSnapshot({ data: await createText(), reason }),
      now: () => Date.now(),
      setTimer: (callback, ms) => window.setTimeout(callback, ms),
      clearTimer: (handle) => window.clearTimeout(handle as number),
      onFailure: (error) =>
        error.code === 'unsupported'
          ? notify('warning', error.message)
          : notify(
              'error',
              `Automatic snapshots are failing: ${error.message} They are tried again after your next change.`
            ),
      onRecovered: () => notify('info', 'Automatic snapshots are working again.'),
      onWarning: (message) => notify('warning', message)
    })
    const stopChanges = changes.subscribe(() => scheduler.noteChange())
    const stopRequests = platform.onSnapshotRequest(() => {
      void scheduler.flush('quit').then(async (outcome) => {
        // Main waits for an answer; a written snapshot was one, anything else needs saying.
        if (outcome !== 'written') await platform.skipSnapshot({ reason: 'quit' })
      })
    })
    return () => {
      stopChanges()
      stopRequests()
      scheduler.dispose()
    }
  }, [enabled, changes, platform, createText, notify])
}
