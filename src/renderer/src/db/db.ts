import { createChangeFeed } from './change-feed'
import { WorkbenchDb } from './workbench-db'

/** The renderer's one database connection. */
export const db = new WorkbenchDb()

/** Every committed change to `db`, for automatic snapshots; installed before anything opens it. */
export const dbChanges = createChangeFeed(db)
