// Diagnostic companion to pdf-import-bench.ts (not a benchmark: tracing slows the page down).
// Imports the 100-page report once (after a warm-up import) under a Chromium performance trace and
// prints the renderer main thread's tasks over PROFILE_MIN_MS (default 30) from choosing the file
// until the page is idle again, each with its parts (script, style, layout, paint, GC…) and the
// function or event that ran it: where the time goes while a long PDF article is shown.
//
// Run: npx electron-vite build && npx tsx bench/import/pdf-showing-profile.ts
// Knobs: PROFILE_RENDERER=<a built renderer folder> (default out/renderer; e.g. main's build),
// PROFILE_OUT=<file> (the raw trace, for the DevTools Performance panel).
import { chromium } from '@playwright/test'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { printReport } from '../../e2e/support/pdf-reports'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import { endTrace, explainTask, rendererMain, startTrace } from '../reader/trace'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const MIN_MS = Number(process.env['PROFILE_MIN_MS'] ?? 30)

const found = findChromium()
if (!found.path) throw new Error('No Chromium found: install it or set WORKBENCH_CHROMIUM.')
const work = mkdtempSync(join(tmpdir(), 'pdf-showing-profile-'))
const source = resolve(ROOT, process.env['PROFILE_RENDERER'] ?? join('out', 'renderer'))
cpSync(source, join(work, 'renderer'), { recursive: true })
const server = await serveRenderer({ root: join(work, 'renderer'), port: 0 })
try {
  const printer = await chromium.launch({ executablePath: found.path, args: QUIET_CHROMIUM_FLAGS })
  const printing = await printer.newContext()
  const warm = await printReport(printing, {
    name: 'one-column.pdf',
    title: 'Situation Report on the Northern Region',
    columns: 1,
    paragraphs: 24
  })
  const long = await printReport(printing, {
    name: 'hundred-pages.pdf',
    title: 'Annual Review of Incidents',
    columns: 1,
    paragraphs: 480,
    headingEvery: 20
  })
  await printer.close()
  const context = await chromium.launchPersistentContext(mkdtempSync(join(work, 'profile-')), {
    executablePath: found.path,
    args: QUIET_CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 }
  })
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(server.url)
  await page.getByRole('heading', { level: 1 }).waitFor()
  const importFile = async (file: typeof long.file, title: string): Promise<void> => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import…' }).click()
    const path = join(work, file.name)
    writeFileSync(path, file.buffer)
    await (await chooser).setFiles(path)
    await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 120_000 })
    await page.waitForFunction(
      () => {
        const last = document.querySelector('[data-testid="article-body"]')?.lastElementChild
        return !last || getComputedStyle(last).contentVisibility !== 'auto'
      },
      undefined,
      { timeout: 60_000 }
    )
    await page.evaluate(
      () =>
        new Promise<void>((done) =>
          requestIdleCallback(() => requestIdleCallback(() => setTimeout(done, 0)))
        )
    )
  }
  await importFile(warm.file, warm.title)
  const cdp = await context.newCDPSession(page)
  await startTrace(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'])
  await importFile(long.file, long.title)
  const events = await endTrace(cdp)
  await context.close()
  if (process.env['PROFILE_OUT'])
    writeFileSync(process.env['PROFILE_OUT'], JSON.stringify({ traceEvents: events }))

  const main = rendererMain(events)
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid)
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask')
  const t0 = tasks.reduce((m, e) => Math.min(m, e.ts), Infinity)
  const r = (n: number): string => `${Math.round(n)}`
  console.log(
    `${source}: ${tasks.length} main-thread tasks; over 50 ms: ${tasks.filter((t) => (t.dur ?? 0) > 50_000).length}; ` +
      `longest ${r(Math.max(0, ...tasks.map((t) => t.dur ?? 0)) / 1000)} ms (wall), ` +
      `${r(Math.max(0, ...tasks.map((t) => t.tdur ?? 0)) / 1000)} ms (CPU)`
  )
  for (const t of tasks.filter((e) => (e.dur ?? 0) > MIN_MS * 1000)) {
    const { what, parts } = explainTask(onMain, t)
    console.log(
      `  at ${r((t.ts - t0) / 1000)} ms: ${r((t.dur ?? 0) / 1000)} ms wall, ${r((t.tdur ?? 0) / 1000)} ms CPU ${what} [${parts}]`
    )
  }
} finally {
  await server.close()
  rmSync(work, { recursive: true, force: true })
}
