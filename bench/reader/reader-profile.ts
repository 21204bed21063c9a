// Diagnostic companion to reader-bench.ts (not a benchmark: tracing slows the page down). Loads
// the article once, after one warm-up load, under a Chromium performance trace and prints where the
// main thread's time went until the article was painted: the tasks over 10 ms with their parts
// (script, style, layout, paint, GC) and, from the trace's sampled CPU profile, the functions with
// the most self and total time. With PROFILE_SCROLL=1 it then scrolls and hovers as the bench does
// and prints the same for the tasks over 30 ms, plus how many tasks went over 50 ms by wall time
// and by thread CPU time: on a loaded machine a task's wall time stretches while other processes
// hold the CPU, its CPU time does not, so the two tell the page's own work from the machine's load.
//
// Run: npx electron-vite build && npx tsx bench/reader/reader-profile.ts
// Knobs: PROFILE_VARIANT=baseline (the article without highlights), PROFILE_COLLAPSED=1 (the
// Annotations pane collapsed), PROFILE_SCROLL=1, PROFILE_JS=0 (no CPU sampling: less overhead),
// PROFILE_RENDERER=<folder> (another built renderer, relative to out/ or absolute; a build made
// with `npx electron-vite build --mode profile` is unminified, in out/renderer-profile, so the
// function names are readable), PROFILE_OUT=<file> (the raw trace, for the DevTools Performance
// panel).
import { chromium, type Page } from '@playwright/test'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import './probe'
import { buildSeed } from './seed'
import {
  endTrace,
  explainTask,
  profileSummary,
  rendererMain,
  startTrace,
  TASK_PARTS,
  type TraceEvent
} from './trace'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  ...(process.env['PROFILE_JS'] === '0' ? [] : ['disabled-by-default-v8.cpu_profiler']),
  'toplevel'
]
const BASELINE = process.env['PROFILE_VARIANT'] === 'baseline'

const r = (n: number): string => `${Math.round(n)}`

/** Prints the main thread's top-level tasks over `minMs` after `from` (µs), with their parts. */
/**
 * Prints the main thread's top-level tasks over `minMs` with their parts; `painted` (ms from
 * navigation start, a load only) adds the CPU time spent before the article was painted.
 */
function report(
  events: TraceEvent[],
  label: string,
  minMs: number,
  painted?: number,
  out?: string
): void {
  if (out) writeFileSync(out, JSON.stringify({ traceEvents: events }))
  const main = rendererMain(events)
  const nav = events
    .filter((e) => e.name === 'navigationStart' && (!main || e.pid === main.pid))
    .at(-1)
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid)
  const t0 = nav?.ts ?? onMain.reduce((m, e) => Math.min(m, e.ts), Infinity)
  const tasks = onMain.filter(
    (e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > minMs * 1000 && e.ts >= t0
  )

  const all = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts >= t0)
  const busy = all.reduce((m, e) => m + (e.dur ?? 0) / 1000, 0)
  const cpu = all.reduce((m, e) => m + (e.tdur ?? 0) / 1000, 0)
  const over = (ms: number, key: 'dur' | 'tdur'): number =>
    all.filter((e) => (e[key] ?? 0) > ms * 1000).length
  console.log(
    `\n== ${label}: tasks over 50 ms: ${over(50, 'dur')} by wall time, ${over(50, 'tdur')} by CPU ` +
      `time (over 30 ms: ${over(30, 'dur')} / ${over(30, 'tdur')}); CPU time of all tasks ${r(cpu)} ms; ` +
      `longest by CPU time ${r(all.reduce((m, e) => Math.max(m, e.tdur ?? 0), 0) / 1000)} ms`
  )
  if (painted !== undefined) {
    const before = all.filter((e) => e.ts < t0 + painted * 1000)
    console.log(
      `== ${label}: before the article was painted (${r(painted)} ms): ${before.length} tasks, ` +
        `CPU time ${r(before.reduce((m, e) => m + (e.tdur ?? 0) / 1000, 0))} ms, wall time ` +
        `${r(before.reduce((m, e) => m + (e.dur ?? 0) / 1000, 0))} ms`
    )
  }
  const totals = new Map<string, number>()
  for (const e of onMain)
    if (e.ph === 'X' && e.ts >= t0 && TASK_PARTS.has(e.name))
      totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
  console.log(
    `\n== ${label}: ${all.length} tasks, ${r(busy)} ms busy; nested sums: ` +
      [...totals]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 14)
        .map(([n, d]) => `${n} ${r(d)}`)
        .join(', ')
  )
  console.log(`== ${label}: main-thread tasks > ${minMs} ms (times from navigation start)`)
  for (const t of tasks) {
    const { what, parts } = explainTask(onMain, t)
    console.log(
      `  at ${r((t.ts - t0) / 1000)} ms: ${r((t.dur ?? 0) / 1000)} ms ${what} [${parts}] (nested sums)`
    )
  }
  // Every sample after navigation start (a load) or the trace's start (a scroll run).
  const windows: [number, number][] = [[t0, Infinity]]
  profileSummary(events, main, windows)
}

async function main(): Promise<void> {
  const found = findChromium()
  if (!found.path) throw new Error('no Chromium')
  const seed = buildSeed(20_240_611)
  const work = mkdtempSync(join(tmpdir(), 'reader-profile-'))
  cpSync(
    resolve(ROOT, 'out', process.env['PROFILE_RENDERER'] ?? 'renderer'),
    join(work, 'renderer'),
    {
      recursive: true
    }
  )
  const server = await serveRenderer({ root: join(work, 'renderer'), port: 0 })
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: found.path,
    args: QUIET_CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 }
  })
  try {
    await context.addInitScript({ path: join(HERE, 'in-page.js') })
    const page: Page = context.pages()[0] ?? (await context.newPage())
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    const put = (p: { store: string; value: unknown }[]): Promise<void> =>
      page.evaluate((x) => globalThis.__readerBench.put(x), p)
    const article = BASELINE ? seed.baseline : seed.ours
    await put([
      { store: 'articles', value: article },
      ...seed.annotations.map((a) => ({ store: 'annotations', value: a })),
      { store: 'settings', value: { key: 'currentArticleId', value: article.id } }
    ])
    await page.evaluate((cfg) => globalThis.__readerBench.configure(cfg), {
      blocks: article.blocks.length,
      spans: BASELINE ? [] : seed.spans
    })
    const load = async (): Promise<number> => {
      await page.goto(new URL('__reader_bench_blank__', server.url).href)
      await page.goto(server.url)
      await page.waitForFunction(() => globalThis.__readerBench.state.painted !== null, null, {
        timeout: 60_000,
        polling: 50
      })
      return page.evaluate(() => globalThis.__readerBench.state.painted ?? NaN)
    }
    if (process.env['PROFILE_COLLAPSED'] === '1') {
      await page.getByRole('button', { name: 'Collapse Annotations & notes' }).click()
      await page.getByRole('button', { name: 'Expand Annotations & notes' }).waitFor()
    }
    console.log(`warm-up load: painted at ${r(await load())} ms`)
    const cdp = await context.newCDPSession(page)
    await startTrace(cdp, CATEGORIES)
    const painted = await load()
    await page.evaluate(() => globalThis.__readerBench.idle())
    const events = await endTrace(cdp)
    console.log(`traced load: painted at ${r(painted)} ms (tracing slows it)`)
    report(events, 'load', 10, painted, process.env['PROFILE_OUT'])

    if (process.env['PROFILE_SCROLL'] === '1') {
      await load()
      await page.evaluate((s) => globalThis.__readerBench.setSpans(s), seed.spans)
      await page.evaluate(() => globalThis.__readerBench.idle())
      const pane = await page.evaluate(() => globalThis.__readerBench.pane())
      const home = { x: pane.bodyLeft + pane.bodyWidth / 2, y: pane.top + pane.height / 2 }
      await startTrace(cdp, CATEGORIES)
      for (let step = 0; step < 2000; step++) {
        await page.mouse.move(home.x, home.y)
        await page.mouse.wheel(0, 800)
        await page.evaluate(() => globalThis.__readerBench.frames(2))
        const view = await page.evaluate(() => globalThis.__readerBench.hoverPoints(3))
        for (const p of view.points) await page.mouse.move(p.x, p.y, { steps: 2 })
        if (view.atEnd) break
      }
      const scrollEvents = await endTrace(cdp)
      report(scrollEvents, 'scroll', 30)
    }
  } finally {
    await context.close()
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
