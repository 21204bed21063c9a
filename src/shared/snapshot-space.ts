import { formatBytes } from './format-bytes'

/**
 * Headroom wanted beyond twice the snapshot's size: an atomic write briefly needs the new file
 * next to the old ones, and the database itself grows in the same place.
 */
export const SNAPSHOT_SPACE_MARGIN_BYTES = 64 * 1024 * 1024

export type SpaceVerdict =
  | { kind: 'ok' }
  /** The snapshot fits, but space is running out: write it and warn. */
  | { kind: 'low'; warning: string }
  /** It cannot fit: fail with this message instead of leaving a half-written file. */
  | { kind: 'full'; message: string }

/** Judges whether a snapshot of `bytes` fits in `freeBytes` with room to spare. */
export function judgeFreeSpace(bytes: number, freeBytes: number): SpaceVerdict {
  if (freeBytes < bytes) {
    return {
      kind: 'full',
      message: `Not enough space for a snapshot: it needs ${formatBytes(bytes)} and only ${formatBytes(freeBytes)} is free. Free some space so your work keeps being protected.`
    }
  }
  if (freeBytes < bytes * 2 + SNAPSHOT_SPACE_MARGIN_BYTES) {
    return {
      kind: 'low',
      warning: `Space is running low (${formatBytes(freeBytes)} free; each snapshot needs ${formatBytes(bytes)}). Free some space soon, or snapshots will stop.`
    }
  }
  return { kind: 'ok' }
}
