import { useEffect, useState, type ReactNode } from 'react'
import type { SnapshotInfo } from '@shared/ipc-contract'
import { formatBytes } from '@shared/format-bytes'
import type { Result } from '@shared/result'
import { Dialog } from '../ui/Dialog'
import { formatDateTime } from '../ui/format-date'
import { describeCounts } from './describe-counts'
import type { SnapshotCounts, SnapshotHolds } from './snapshot-counts'

interface RestoreSnapshotDialogProps {
  list: () => Promise<Result<SnapshotInfo[]>>
  /** Each snapshot's counts: known ones at once, others read and checked in a worker. */
  counts: SnapshotCounts
  /** The analyst chose this snapshot; the caller asks before replacing anything. */
  onChoose: (info: SnapshotInfo) => void
  onClose: () => void
}

type Listing = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'listed' }
/** A snapshot's counts: undefined while being read, null when it cannot be read or parsed. */
type CountsByName = Readonly<Record<string, SnapshotHolds>>

/**
 * Lists the automatic snapshots, newest first, with their date and size, and what each holds:
 * counted before, at once; otherwise once read and checked in a worker (one at a time, in the
 * background: they can be large), so the page never parses a snapshot to list it.
 */
export function RestoreSnapshotDialog({
  list,
  counts: snapshotCounts,
  onChoose,
  onClose
}: RestoreSnapshotDialogProps): ReactNode {
  const [listing, setListing] = useState<Listing>({ kind: 'loading' })
  const [snapshots, setSnapshots] = useState<SnapshotInfo[]>([])
  const [counts, setCounts] = useState<CountsByName>({})

  useEffect(() => {
    let live = true
    const load = async (): Promise<void> => {
      const listed = await list()
      if (!live) return
      if (!listed.ok) return setListing({ kind: 'failed', message: listed.error.message })
      const known: Record<string, SnapshotHolds> = {}
      for (const info of listed.value) {
        const holds = snapshotCounts.known(info)
        if (holds !== undefined) known[info.name] = holds
      }
      setSnapshots(listed.value)
      setCounts(known)
      setListing({ kind: 'listed' })
      for (const info of listed.value) {
        if (info.name in known) continue
        const found = await snapshotCounts.count(info)
        if (!live) return
        setCounts((c) => ({ ...c, [info.name]: found }))
      }
    }
    load().catch((error: unknown) => {
      if (live) setListing({ kind: 'failed', message: String(error) })
    })
    return () => {
      live = false
    }
  }, [list, snapshotCounts])

  return (
    <Dialog
      title="Restore from a snapshot"
      open
      wide
      onClose={onClose}
      footer={
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
      }
    >
      {listing.kind === 'loading' && <p role="status">Looking for snapshots…</p>}
      {listing.kind === 'failed' && (
        <p className="form-error" role="alert">
          The snapshots could not be listed: {listing.message}
        </p>
      )}
      {listing.kind === 'listed' && snapshots.length === 0 && (
        <p>There are no automatic snapshots yet.</p>
      )}
      {snapshots.length > 0 && (
        <>
          <p>
            The workbench keeps automatic snapshots of your work, newest first. Choose one to see
            what it holds beside what the workbench holds now; nothing is replaced before you
            confirm.
          </p>
          <ul className="snapshot-list" aria-label="Snapshots">
            {snapshots.map((info) => {
              const held = counts[info.name]
              const date = formatDateTime(info.createdAt)
              const size = formatBytes(info.bytes)
              const what =
                held === undefined
                  ? 'reading…'
                  : held === null
                    ? 'could not be read'
                    : describeCounts(held)
              return (
                <li key={info.name}>
                  <button
                    type="button"
                    className="snapshot-choice"
                    disabled={held === null}
                    onClick={() => onChoose(info)}
                    // The columns have no separators a screen reader would read out.
                    aria-label={`${date}, ${size}: ${what}`}
                  >
                    <time dateTime={info.createdAt}>{date}</time>
                    <span className="snapshot-choice-size">{size}</span>
                    <span className="snapshot-choice-counts">{what}</span>
                  </button>
                </li>
              )
            })}
          </ul>
        </>
      )}
    </Dialog>
  )
}
