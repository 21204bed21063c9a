import { selectScope } from '@core/export/select-scope'
import type { ExportData, ExportScope } from '@core/export/export-data'
import type { WorkbenchDb } from '../db/workbench-db'

/** Reads the records an export of `scope` needs, in one read transaction so they agree. */
export async function loadExportData(db: WorkbenchDb, scope: ExportScope): Promise<ExportData> {
  const all = await db.transaction(
    'r',
    [db.articles, db.annotations, db.events, db.actors, db.notes],
    async () => ({
      articles: await db.articles.toArray(),
      annotations: await db.annotations.toArray(),
      events: await db.events.toArray(),
      actors: await db.actors.toArray(),
      notes: await db.notes.toArray()
    })
  )
  return selectScope(all, scope)
}
