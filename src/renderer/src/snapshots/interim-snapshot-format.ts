import { z } from 'zod'
import { fail, ok } from '../../../shared/result'
import type { WorkbenchDb } from '../db/workbench-db'
import type { SnapshotFormat } from './snapshot-format'

/*
 * PLACEHOLDER until src/core/backup lands: the merge replaces this file's use with
 * createBackupText, parseBackup and restoreBackup. It only exists so snapshots can be written,
 * checked and restored end to end on this branch; its files are not a supported format.
 */

const INTERIM_FORMAT = 'analyst-workbench-interim-snapshot'

const interimSchema = z.object({
  format: z.literal(INTERIM_FORMAT),
  tables: z.record(z.string(), z.array(z.unknown()))
})

/** Every table dumped as JSON; restored by clearing the tables and adding the rows back. */
export function interimSnapshotFormat(db: WorkbenchDb): SnapshotFormat {
  return {
    createText: () =>
      db.transaction('r', db.tables, async () => {
        const tables: Record<string, unknown[]> = {}
        for (const table of db.tables) tables[table.name] = await table.toArray()
        return JSON.stringify({ format: INTERIM_FORMAT, tables })
      }),

    inspect: (text) => {
      let parsed: z.infer<typeof interimSchema>
      try {
        parsed = interimSchema.parse(JSON.parse(text))
      } catch {
        return fail('invalid-payload', 'not a snapshot this version can read')
      }
      const counts = Object.fromEntries(
        Object.entries(parsed.tables).map(([name, rows]) => [name, rows.length])
      )
      return ok({ counts })
    },

    restore: async (text) => {
      try {
        const { tables } = interimSchema.parse(JSON.parse(text))
        await db.transaction('rw', db.tables, async () => {
          for (const table of db.tables) {
            await table.clear()
            await table.bulkAdd(tables[table.name] ?? [])
          }
        })
        return ok(undefined)
      } catch (error) {
        return fail('invalid-payload', error instanceof Error ? error.message : String(error))
      }
    }
  }
}
