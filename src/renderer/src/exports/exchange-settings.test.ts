import { afterEach, describe, expect, it, vi } from 'vitest'
import { exportFixture } from '@core/export/fixtures/export-fixture'
import type { ExportContext } from '@core/export/export-data'
import { ok } from '@shared/result'
import { setSetting } from '../db/commands/set-setting'
import { WorkbenchDb } from '../db/workbench-db'
import type { Platform } from '../platform/platform'
import { EXCHANGE_FORMATS, loadExchangeSettings, saveExchangeSettings } from './exchange-settings'
import { runExport } from './run-export'

let n = 0
const dbs: WorkbenchDb[] = []
const freshDb = (): WorkbenchDb => {
  const db = new WorkbenchDb(`exchange-settings-${n++}`)
  dbs.push(db)
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

describe('exchange settings', () => {
  it('default to TLP:AMBER and no author, and are remembered once saved', async () => {
    const db = freshDb()
    expect(await loadExchangeSettings(db)).toEqual({
      tlp: 'amber',
      author: { name: '', organisation: '' }
    })
    await saveExchangeSettings(db, {
      tlp: 'amber+strict',
      author: { name: '  R. Analyst ', organisation: 'Example Desk' }
    })
    expect(await loadExchangeSettings(db)).toEqual({
      tlp: 'amber+strict',
      author: { name: 'R. Analyst', organisation: 'Example Desk' }
    })
  })

  it('ignore a stored TLP that is not a level', async () => {
    const db = freshDb()
    await setSetting(db, 'exportTlp', 'purple')
    expect((await loadExchangeSettings(db)).tlp).toBe('amber')
  })

  it('apply to STIX and MISP only', () => {
    expect([...EXCHANGE_FORMATS].sort()).toEqual(['events-misp', 'events-stix'])
  })

  it('reach the exporter through runExport', async () => {
    const db = freshDb()
    const data = exportFixture()
    await db.articles.bulkAdd([...data.articles])
    await db.events.bulkAdd([...data.events])
    await db.actors.bulkAdd([...data.actors])
    const seen: ExportContext[] = []
    const platform = {
      kind: 'browser',
      saveFile: vi.fn(async (r: { suggestedName: string }) => ok({ path: r.suggestedName }))
    } as unknown as Platform
    const result = await runExport({
      db,
      platform,
      render: async (_format, _data, ctx) => {
        seen.push(ctx)
        return { fileName: 'x.json', mimeType: 'application/json', data: '{}' }
      },
      printInBrowser: vi.fn(),
      format: 'events-misp',
      scope: { kind: 'everything' },
      now: new Date('2026-12-01T00:00:00Z'),
      appVersion: '1',
      exchange: { tlp: 'red', author: { name: 'R. Analyst', organisation: '' } },
      onPhase: () => undefined
    })
    expect(result.ok).toBe(true)
    expect(seen[0]).toMatchObject({ tlp: 'red', author: { name: 'R. Analyst', organisation: '' } })
  })
})
