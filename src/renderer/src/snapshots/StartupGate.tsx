import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useNotices } from '../services/notices'
import { recoverNotesAtStart } from '../notes/report-recovery'
import { formatDateTime } from '../ui/format-date'
import type { WorkbenchDb } from '../db/workbench-db'
import { readBackupData } from '../db/commands/backup/read-backup-data'
import type { Platform } from '../platform/platform'
import type { ChangeFeed } from '../db/change-feed'
import type { SnapshotFormat } from './snapshot-format'
import { SnapshotRestoreDialog, type RestoreOffer } from './SnapshotRestoreDialog'
import { probeDatabase, runStartupCheck } from './startup-check'
import { StartupChoiceContext } from './startup-choice'
import { useSnapshotScheduler } from './useSnapshotScheduler'

type Phase =
  | { kind: 'checking' }
  | { kind: 'offer'; offer: RestoreOffer }
  | { kind: 'blocked'; message: string; failed: boolean }
  /** `decided`: nothing waits for the analyst's choice (see StartupChoice.addSample). */
  | { kind: 'ready'; decided: boolean }

interface StartupGateProps {
  db: WorkbenchDb
  changes: ChangeFeed
  platform: Platform
  format: SnapshotFormat
  /** The workbench: mounted only once the check has settled, so nothing writes before it. */
  children: ReactNode
}

/**
 * Checks the database before the workbench mounts (an emptied database would otherwise get the
 * sample article and look fine), offers the latest good snapshot when it is empty or damaged,
 * and then runs the automatic snapshots. While an offer is put off, the workbench adds no
 * sample and no snapshot of an empty workbench is written, so the offer survives to the next
 * start and the snapshots it offers are not rotated away.
 */
export function StartupGate({ db, changes, platform, format, children }: StartupGateProps) {
  const { notify } = useNotices()
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Each Retry runs the check again; a database that fails to open twice counts as damaged.
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let live = true
    runStartupCheck(
      {
        probe: () => probeDatabase(db),
        listSnapshots: () => platform.listSnapshots(),
        // Only when the database is empty or damaged: the text is read and inspected here.
        readSnapshot: async (name) => {
          const data = await platform.readSnapshot({ name })
          return data.ok ? readBackupData(data.value) : data
        },
        inspect: format.inspect
      },
      attempt > 0
    )
      .then(async (offer) => {
        if (!live) return
        // Notes' unsaved keystrokes go back in before the workbench can read or write a note.
        if (offer.kind === 'proceed') await recoverNotesAtStart(db, notify)
        if (!live) return
        if (offer.kind === 'proceed') setPhase({ kind: 'ready', decided: true })
        else if (offer.kind === 'blocked') setPhase({ ...offer, kind: 'blocked' })
        else setPhase({ kind: 'offer', offer })
      })
      .catch((err: unknown) => {
        // A check that fails must not lock the analyst out of the workbench; but with the
        // database's state unknown, nothing may fill it or push snapshots out.
        console.error('The startup check failed:', err)
        if (live) setPhase({ kind: 'ready', decided: false })
      })
    return () => {
      live = false
    }
  }, [db, platform, format, attempt, notify])

  // Main may ask for a final snapshot while this waits; nothing has changed yet, so say so.
  const waiting = phase.kind !== 'ready'
  useEffect(() => {
    if (!waiting) return
    return platform.onSnapshotRequest(() => void platform.skipSnapshot({ reason: 'quit' }))
  }, [waiting, platform])

  const decided = phase.kind === 'ready' && phase.decided
  const holdsWork = useCallback(async () => {
    const state = await probeDatabase(db)
    return state.kind === 'ready' && state.records > 0
  }, [db])
  useSnapshotScheduler({
    enabled: !waiting,
    changes,
    platform,
    createFile: format.createFile,
    holdsWork: decided ? undefined : holdsWork
  })
  const choice = useMemo(() => ({ addSample: decided }), [decided])

  // A damaged database cannot be repaired in place: delete it, and Dexie recreates it empty.
  const replaceDamaged = async (offer: RestoreOffer): Promise<void> => {
    if (offer.damage === null) return
    await db.delete()
    await db.open()
  }

  const carryOut = async (offer: RestoreOffer, restore: boolean): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      await replaceDamaged(offer)
      if (restore && offer.kind === 'restore') {
        const restored = await format.restore(offer.snapshot.text)
        if (!restored.ok) {
          setError(`The snapshot could not be restored: ${restored.error.message}`)
          return
        }
        notify('info', `Restored the snapshot of ${formatDateTime(offer.snapshot.info.createdAt)}.`)
      }
      setPhase({ kind: 'ready', decided: true })
    } catch (err) {
      setError(
        `The database could not be replaced: ${err instanceof Error ? err.message : String(err)}. Close other workbench windows or tabs and try again.`
      )
    } finally {
      setBusy(false)
    }
  }

  const retry = (): void => {
    setPhase({ kind: 'checking' })
    setAttempt((n) => n + 1)
  }

  if (phase.kind === 'ready') {
    return <StartupChoiceContext.Provider value={choice}>{children}</StartupChoiceContext.Provider>
  }
  if (phase.kind === 'checking') {
    return (
      <p className="startup-status" role="status">
        Opening your workbench…
      </p>
    )
  }
  if (phase.kind === 'blocked') {
    return (
      <div className="startup-status" role="alert">
        <p>The workbench cannot use its database: {phase.message}</p>
        {phase.failed && (
          <p>
            This can pass: close other workbench windows or tabs, then try again. Nothing has been
            changed or deleted. If opening fails again, the workbench offers to replace the database
            from a snapshot, and deletes it only if you choose so.
          </p>
        )}
        <div className="startup-actions">
          <button type="button" className="button button-primary" onClick={retry}>
            Retry
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setPhase({ kind: 'ready', decided: false })}
          >
            Continue anyway
          </button>
        </div>
      </div>
    )
  }
  const { offer } = phase
  return (
    <SnapshotRestoreDialog
      offer={offer}
      busy={busy}
      error={error}
      browserMode={platform.kind === 'browser'}
      onRestore={() => void carryOut(offer, true)}
      onStartEmpty={() => void carryOut(offer, false)}
      onNotNow={() => setPhase({ kind: 'ready', decided: false })}
    />
  )
}
