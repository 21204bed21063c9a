import type { BackupTables } from '@core/backup'
import type { WorkbenchDb } from '../workbench-db'

/** Every record of every table, each table in primary-key order. Call inside a transaction. */
export async function readAllTables(db: WorkbenchDb): Promise<BackupTables> {
  const [
    articles,
    articleRevisions,
    annotations,
    actors,
    events,
    notes,
    noteRevisions,
    noteTemplates,
    settings
  ] = await Promise.all([
    db.articles.toArray(),
    db.articleRevisions.toArray(),
    db.annotations.toArray(),
    db.actors.toArray(),
    db.events.toArray(),
    db.notes.toArray(),
    db.noteRevisions.toArray(),
    db.noteTemplates.toArray(),
    db.settings.toArray()
  ])
  return {
    articles,
    articleRevisions,
    annotations,
    actors,
    events,
    notes,
    noteRevisions,
    noteTemplates,
    settings
  }
}
