import { useEffect } from 'react'
import { ok } from '@shared/result'
import { useNotices } from '../services/notices'
import { flushPendingWrites } from '../services/pending-writes'
import type { Platform } from '../platform/platform'
import type { ChangeFeed } from '../db/change-feed'
import { snapshotFileForm, type SnapshotFormat } from './snapshot-format'
import { SnapshotScheduler } from './snapshot-scheduler'

export interface SnapshotSchedulerWiring {
  /** Off until the startup check has settled what the database holds. */
  enabled: boolean
  changes: ChangeFeed
  platform: Pick<Platform, 'kind' | 'writeSnapshot' | 'skipSnapshot' | 'onSnapshotRequest'>
  /** Must be stable (not re-created per render), or the scheduler restarts. */
  createFile: SnapshotFormat['createFile']
  /**
   * When given (stable, like createFile), a snapshot is written only while this says the
   * workbench holds work: an undecided startup offer must not see its snapshots pushed out by
   * snapshots of an empty workbench.
   */
  holdsWork?: () => Promise<boolean>
}

/**
 * Takes automatic snapshots while the workbench runs: after changes (see SnapshotScheduler),
 * when the desktop app asks for a final one as it closes, and when a browser tab is hidden if
 * one is due (hiding and showing a tab must not burn through the rotation). Problems become one
 * notice each, never a storm.
 */
export function useSnapshotScheduler({
  enabled,
  changes,
  platform,
  createFile,
  holdsWork
}: SnapshotSchedulerWiring): void {
  const { notify } = useNotices()
  useEffect(() => {
    if (!enabled) return
    const scheduler = new SnapshotScheduler({
      write: async (reason) => {
        if (holdsWork && !(await holdsWork())) return ok(null)
        // Bytes from the backup worker, handed on unread: the page never holds the text.
        const data = await createFile(snapshotFileForm(platform.kind))
        return platform.writeSnapshot({ data, reason })
      },
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
    const stopRequests = platform.onSnapshotRequest((reason) => {
      if (reason === 'change') return void scheduler.flushIfDue('change')
      // The window closes once main has its answer: first store what is still being typed, so
      // neither the snapshot nor the database misses the last keystrokes.
      void flushPendingWrites()
        .then(() => scheduler.flush('quit'))
        .then(async (outcome) => {
          // Main waits for an answer; a written snapshot was one, anything else needs saying.
          if (outcome !== 'written') await platform.skipSnapshot({ reason: 'quit' })
        })
    })
    return () => {
      stopChanges()
      stopRequests()
      scheduler.dispose()
    }
  }, [enabled, changes, platform, createFile, holdsWork, notify])
}
