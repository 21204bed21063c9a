// Diagnostic companion to library-bench.ts (not a benchmark: tracing slows the page down): what a
// keystroke in a comment costs with the bench's 10,000-article library. Seeds the library into
// this checkout's renderer (raw IndexedDB, the article summaries built as the upgrade would),
// opens the first card's comment editor, types KEYS keys as the bench does (each awaited, two
// frames apart) under a Chromium performance trace, and prints the renderer main thread's CPU
// time per key (thread time, which a loaded machine does not stretch, unlike wall time), the
// tasks over 4 ms with their parts, and the JS functions with the most self and total time.
//
// Run: npx electron-vite build --mode profile && npx tsx bench/library/library-keystroke-profile.ts
// Knobs: PROFILE_RENDERER=<folder under out/> (default renderer-profile, the unminified build;
// `renderer` for the shipped one), PROFILE_JS=0 (no CPU sampling: less overhead),
// PROFILE_OUT=<file> (the raw trace, for the DevTools Performance panel), PROFILE_DIR=<folder>
// (the browser profile, kept: seeded on the first run, reused by the next ones),
// WORKBENCH_BENCH_PORT (default 4795).
import { chromium } from '@playwright/test'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import {
  endTrace,
  explainTask,
  profileSummary,
  rendererMain,
  startTrace,
  TOPLEVEL_TASK
} from '../reader/trace'
import { articleTitle } from './generate-library'
import { frames, seedLibrary } from './seed-library'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const KEYS = 30
/** A fixed port: IndexedDB belongs to an origin, and a kept profile is reused on the same one. */
const PORT = Number(process.env['WORKBENCH_BENCH_PORT'] ?? 4795)
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'toplevel',
  ...(process.env['PROFILE_JS'] === '0' ? [] : ['disabled-by-default-v8.cpu_profiler'])
]
const r = (n: number): string => `${Math.round(n * 10) / 10}`

async function main(): Promise<void> {
  const chromiumPath = findChromium().path
  if (!chromiumPath) throw new Error('No Chromium found (set WORKBENCH_CHROMIUM).')
  const renderer = resolve(ROOT, 'out', process.env['PROFILE_RENDERER'] ?? 'renderer-profile')
  if (!existsSync(join(renderer, 'index.html')))
    throw new Error(
      `No built renderer in ${renderer}: run "npx electron-vite build --mode profile".`
    )
  const kept = process.env['PROFILE_DIR']
  const work = kept ? resolve(kept) : mkdtempSync(join(tmpdir(), 'library-keystroke-profile-'))
  const seeded = join(work, 'seeded-library')
  const server = await serveRenderer({ root: renderer, port: PORT })
  const context = await chromium.launchPersistentContext(work, {
    executablePath: chromiumPath,
    args: QUIET_CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 }
  })
  // tsx's helper names functions with __name, which page.evaluate carries into the page.
  await context.addInitScript('globalThis.__name = (f) => f')
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(300_000)
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1 }).waitFor()
    if (!existsSync(seeded)) {
      await seedLibrary(page)
      writeFileSync(seeded, '')
    }
    await page.goto(server.url)
    await page.waitForFunction(
      (title) =>
        document.querySelector('.library-item') &&
        document.querySelector('h1')?.textContent === title &&
        document.querySelector('.annotation-card'),
      articleTitle(0),
      { polling: 'raf' }
    )
    const first = page.locator('.annotation-card').first()
    await first.getByRole('button', { name: /^(Edit comment|Comment)$/ }).click()
    await first.getByRole('textbox', { name: 'Comment' }).waitFor()
    await frames(page)
    // Warm-up keys: the first ones compile code paths the rest reuse.
    for (const k of 'warm') {
      await page.keyboard.press(k)
      await frames(page)
    }
    await page.waitForTimeout(1000)

    const cdp = await context.newCDPSession(page)
    await startTrace(cdp, CATEGORIES)
    // Starting the CPU profiler costs the page's next task seconds: let that pass, then mark
    // where the keys begin, and count from there.
    await frames(page, 5)
    await page.waitForTimeout(1000)
    await page.evaluate(() => performance.mark('keys-start'))
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.press(i % 7 === 6 ? 'Space' : letters[i % letters.length]!)
      await frames(page)
    }
    // The save and what it wakes land within this second, as in the bench.
    await page.waitForTimeout(1000)
    const events = await endTrace(cdp)
    if (process.env['PROFILE_OUT'])
      writeFileSync(process.env['PROFILE_OUT'], JSON.stringify({ traceEvents: events }))

    const main = rendererMain(events)
    const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid)
    const mark = onMain.find((e) => e.name === 'keys-start')
    if (!mark) throw new Error('no keys-start mark in the trace')
    const tasks = onMain.filter((e) => e.ph === 'X' && e.name === TOPLEVEL_TASK && e.ts >= mark.ts)
    const cpu = tasks.reduce((m, e) => m + (e.tdur ?? 0) / 1000, 0)
    const wall = tasks.reduce((m, e) => m + (e.dur ?? 0) / 1000, 0)
    const t0 = tasks.reduce((m, e) => Math.min(m, e.ts), Infinity)
    console.log(
      `\n== ${KEYS} keys: renderer main thread CPU time ${r(cpu)} ms (${r(cpu / KEYS)} ms per key), ` +
        `wall time ${r(wall)} ms (${r(wall / KEYS)} ms per key), ${tasks.length} tasks; ` +
        `longest task by CPU time ${r(tasks.reduce((m, e) => Math.max(m, e.tdur ?? 0), 0) / 1000)} ms`
    )
    const runTasks = onMain.filter(
      (e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) > 4000 && e.ts >= mark.ts
    )
    console.log(`== tasks over 4 ms (from the first key):`)
    for (const t of runTasks) {
      const { what, parts } = explainTask(onMain, t)
      console.log(
        `  at ${r((t.ts - t0) / 1000)} ms: ${r((t.dur ?? 0) / 1000)} ms (CPU ${r((t.tdur ?? 0) / 1000)}) ${what} [${parts}]`
      )
    }
    profileSummary(events, main, [[t0, Infinity]])
  } finally {
    await context.close()
    await server.close()
    if (!kept) rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 1
})
