import { afterEach, describe, expect, it, vi } from 'vitest'
import { exportFixture } from '@core/export/fixtures/export-fixture'
import { renderExport } from '@core/export/render-export'
import type { ExportScope } from '@core/export/export-data'
import { fail, ok } from '@shared/result'
import { WorkbenchDb } from '../db/workbench-db'
import type { Platform } from '../platform/platform'
import { runExport, type ExportJob, type ExportPhase } from './run-export'

let n = 0
const dbs: WorkbenchDb[] = []
async function seededDb(): Promise<WorkbenchDb> {
  const db = new WorkbenchDb(`export-test-${n++}`)
  dbs.push(db)
  const data = exportFixture()
  await db.transaction('rw', [db.articles, db.annotations, db.events, db.actors, db.notes], () =>
    Promise.all([
      db.articles.bulkAdd([...data.articles]),
      db.annotations.bulkAdd([...data.annotations]),
      db.events.bulkAdd([...data.events]),
      db.actors.bulkAdd([...data.actors]),
      db.notes.bulkAdd([...data.notes])
    ])
  )
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

function fakePlatform(kind: Platform['kind'], over: Partial<Platform> = {}): Platform {
  return {
    kind,
    getInfo: vi.fn(),
    openArticleFile: vi.fn(),
    saveFile: vi.fn(async (request) => ok({ path: `/home/a/${request.suggestedName}` })),
    printPdf: vi.fn(async () => ok(new Uint8Array([37, 80, 68, 70]))),
    revealDataFolder: vi.fn(),
    setTheme: vi.fn(),
    onMenuCommand: () => () => undefined,
    ...over
  } as Platform
}

async function job(over: Partial<ExportJob>): Promise<{ job: ExportJob; phases: ExportPhase[] }> {
  const phases: ExportPhase[] = []
  const db = await seededDb()
  const note = exportFixture().notes[0]!
  const scope: ExportScope = { kind: 'note', noteId: note.id }
  return {
    phases,
    job: {
      db,
      platform: fakePlatform('electron'),
      render: (format, data, ctx) => renderExport(format, data, ctx),
      printInBrowser: vi.fn(async () => undefined),
      format: 'markdown',
      scope,
      now: new Date('2026-11-25T09:30:00Z'),
      appVersion: '1.2.3',
      onPhase: (p) => phases.push(p),
      ...over
    }
  }
}

describe('runExport', () => {
  it('collects the note scope, renders Markdown and saves it under a dated name', async () => {
    const { job: j, phases } = await job({})
    const result = await runExport(j)
    expect(result).toMatchObject({ ok: true, value: { kind: 'saved' } })
    const request = vi.mocked(j.platform.saveFile).mock.calls[0]![0]
    expect(request.suggestedName).toMatch(/2026-11-25\.md$/)
    expect(request.filters).toEqual([{ name: 'Markdown', extensions: ['md'] }])
    expect(String(request.data)).toContain('workbench://article/')
    expect(phases).toEqual(['collecting', 'rendering', 'saving'])
  })

  it('prints a PDF in the main process, then saves the bytes', async () => {
    const { job: j, phases } = await job({ format: 'pdf' })
    await runExport(j)
    const html = vi.mocked(j.platform.printPdf).mock.calls[0]![0].html
    expect(html).toMatch(/^<!doctype html>/i)
    const request = vi.mocked(j.platform.saveFile).mock.calls[0]![0]
    expect(request.suggestedName).toMatch(/\.pdf$/)
    expect(request.data).toEqual(new Uint8Array([37, 80, 68, 70]))
    expect(phases).toEqual(['collecting', 'rendering', 'printing', 'saving'])
  })

  it('in browser mode saves the PDF its server printed, as the desktop app does', async () => {
    const { job: j } = await job({ format: 'pdf', platform: fakePlatform('browser') })
    const result = await runExport(j)
    expect(result).toMatchObject({ ok: true, value: { kind: 'saved' } })
    expect(vi.mocked(j.platform.printPdf).mock.calls[0]![0].html).toMatch(/^<!doctype html>/i)
    expect(vi.mocked(j.platform.saveFile).mock.calls[0]![0].data).toEqual(
      new Uint8Array([37, 80, 68, 70])
    )
    expect(j.printInBrowser).not.toHaveBeenCalled()
  })

  it('in browser mode whose server cannot print, opens the print dialog and says why', async () => {
    const platform = fakePlatform('browser', {
      printPdf: vi.fn(async () => fail('unsupported', 'No Chromium was found to print the PDF.'))
    })
    const { job: j } = await job({ format: 'pdf', platform })
    const result = await runExport(j)
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'printing', reason: 'No Chromium was found to print the PDF.' }
    })
    expect(vi.mocked(j.printInBrowser).mock.calls[0]![0]).toMatch(/^<!doctype html>/i)
    expect(j.platform.saveFile).not.toHaveBeenCalled()
  })

  it('refuses a format the scope cannot fill, before rendering anything', async () => {
    const render = vi.fn()
    const { job: j } = await job({
      render,
      format: 'events-csv',
      scope: { kind: 'note', noteId: 'no-such-note' }
    })
    const result = await runExport(j)
    expect(result).toEqual(fail('not-found', 'No events in this scope.'))
    expect(render).not.toHaveBeenCalled()
    expect(j.platform.saveFile).not.toHaveBeenCalled()
  })

  it('passes a failed save on with its message, and a cancelled dialog as cancelled', async () => {
    const failing = fakePlatform('electron', {
      saveFile: vi.fn(async () => fail('io-error', 'Could not write brief.md: the disk is full.'))
    })
    const { job: j } = await job({ platform: failing })
    expect(await runExport(j)).toEqual(
      fail('io-error', 'Could not write brief.md: the disk is full.')
    )
    const cancelling = fakePlatform('electron', { saveFile: vi.fn(async () => ok(null)) })
    const { job: k } = await job({ platform: cancelling })
    expect(await runExport(k)).toEqual(ok({ kind: 'cancelled' }))
  })

  it('names the format when rendering fails', async () => {
    const { job: j } = await job({
      format: 'docx',
      render: async () => Promise.reject(new Error('out of memory'))
    })
    expect(await runExport(j)).toEqual(
      fail('internal', 'The Word (DOCX) export failed: out of memory')
    )
  })
})
