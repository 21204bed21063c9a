import { WorkbenchDb } from './workbench-db'

/** The renderer's one database connection. */
export const db = new WorkbenchDb()
