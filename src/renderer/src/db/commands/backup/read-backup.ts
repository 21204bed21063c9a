import {
  backupBody,
  parseBackup,
  upgradeBackup,
  type BackupCounts,
  type BackupFile
} from '@core/backup'
import { fail, ok, type Result } from '@shared/result'

/**
 * Validates a backup's whole text as parseBackup does, elsewhere (a worker), and answers with the
 * verdict only: sending 50,000 parsed records back would cost the page more than parsing them.
 */
export type CheckBackup = (
  text: string,
  knownDatabaseVersion: number
) => Promise<Result<BackupCounts>>

/**
 * parseBackup's result, with the validation (every record: ~0.1 s for 50,000 records with the
 * schemas' quickAccept, ~0.3 s when zod checked each) done by `check` while this thread only
 * runs JSON.parse. The records returned are this thread's parse of the very text `check`
 * accepted, so they are what it validated. Without `check`, plain parseBackup.
 *
 * A worker keeps the page live (it freezes for the JSON.parse only) but costs more in all: it
 * starts, parses the text a second time and validates cold: 375 ms against 208 ms for
 * parseBackup on the page, 50,000 records (bench/backup/last-run.md, November 2026). Worth it
 * before a dialog; not on a restore's critical path.
 */
export async function readBackup(
  text: string,
  knownDatabaseVersion: number,
  check?: CheckBackup
): Promise<Result<BackupFile>> {
  if (!check) return parseBackup(text, knownDatabaseVersion)
  const verdict = check(text, knownDatabaseVersion)
  let value: unknown
  try {
    value = JSON.parse(backupBody(text))
  } catch {
    // Not JSON: the check refuses it, with the reason (cut off, or not a backup at all).
  }
  const checked = await verdict
  if (!checked.ok) return checked
  // The check accepted the text but this thread could not parse it (out of memory on a huge
  // file): nothing to restore from, and saying so beats failing later on a missing field.
  if (value === undefined)
    return fail(
      'internal',
      'The backup was checked but could not be read here; nothing was restored.'
    )
  // The check upgraded its own copy of an older version's records; this is the same upgrade.
  return ok(upgradeBackup(value as Record<string, unknown>) as unknown as BackupFile)
}
