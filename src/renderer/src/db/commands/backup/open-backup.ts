import { dbChanges } from '../../db'
import type { WorkbenchDb } from '../../workbench-db'
import { openBackupInWorker } from './open-backup-in-worker'
import { openBackupOnPage, type OpenBackup } from './reviewed-backup'

/**
 * In a worker where there are workers (the app), else on the page (unit tests under jsdom). A
 * restore made in the worker is announced on the page's change feed, as one made here would be:
 * automatic snapshots follow it.
 */
export const openBackup = (db: WorkbenchDb): OpenBackup =>
  openBackupInWorker(db, () => dbChanges.announce()) ?? openBackupOnPage(db)
