// Large-article benchmark: the built renderer in Chromium (browser mode) opening, importing and
// searching very large texts, beside today's build (main at BASELINE_REV, built from git history)
// in the same run, on the same machine, alternating.
//
// Run: npx electron-vite build && npx tsx bench/large-article/large-article-bench.ts
// Knobs: LARGE_BENCH_RUNS (runs per 10 MB case, default 2), LARGE_BENCH_HUGE=0 (skip the 60 MB
// article), LARGE_BENCH_HUGE_TIMEOUT_S (how long to wait for a build to show it, default 150),
// LARGE_BENCH_LIBRARY (articles in the search library, default 10,000), LARGE_BENCH_BASELINE (the
// commit to compare with, default c635f56), LARGE_BENCH_EXPLAIN=1 (what each task over 100 ms of
// CPU did, from a timeline trace).
// Writes bench/large-article/last-run.md.
//
// Cases (texts generated in the page from a seed, in-page.js, so both builds get the same text):
//   - open a stored 10 MB article of about 17,000 paragraphs ("many paragraphs");
//   - open a stored 10 MB article of three 3.3 MB paragraphs ("few enormous paragraphs");
//   - open a stored 60 MB article (the probe's restored backup; refused at entry after the limits
//     work, but one already stored must not hang the reader);
//   - import a 9.5 MB .txt file through Import… and the file chooser;
//   - Ctrl+K over a library of 10,000 articles plus one 10 MB article: the index build from the
//     palette's opening, then queries typed key by key.
// For each: the longest main-thread task (a 'longtask' PerformanceObserver installed before the
// page's scripts), the same by CPU time (a trace of the page's own main thread from its
// document's start, which in-page.js marks), how many tasks took over 100 ms, the time to the first paint of article text
// (navigation start to the frame after the first frame with text in the body) and to "fully laid
// out" (the body's data-laid-out="all", which both builds set when the last block is laid out).
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import {
  endTrace,
  explainTask,
  mainThreadTasks,
  startTrace,
  tasksSinceMark,
  type TraceEvent
} from '../reader/trace'
import { rendererFromGit } from '../support/renderer-from-git'

/**
 * Main before the large-article work (the reader, import and search as they were), or the commit
 * LARGE_BENCH_BASELINE names (e.g. today's main, to measure a branch against it).
 */
const BASELINE_REV = process.env['LARGE_BENCH_BASELINE'] ?? 'c635f56'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const num = (name: string, fallback: number): number => {
  const v = Number(process.env[name] ?? fallback)
  if (!Number.isFinite(v) || v < 0) throw new Error(`${name} must be a number ≥ 0`)
  return v
}
const RUNS = Math.max(1, num('LARGE_BENCH_RUNS', 2))
const HUGE = process.env['LARGE_BENCH_HUGE'] !== '0'
/** Which parts to run (comma-separated: open, import, search); all by default. */
const ONLY = (process.env['LARGE_BENCH_ONLY'] ?? 'open,import,search').split(',')
/** Also trace the timeline and say what each task over 100 ms of CPU did (slows the page a little). */
const EXPLAIN = process.env['LARGE_BENCH_EXPLAIN'] === '1'
const HUGE_TIMEOUT_MS = num('LARGE_BENCH_HUGE_TIMEOUT_S', 150) * 1000
const LIBRARY = num('LARGE_BENCH_LIBRARY', 10_000)
const MB = 1_000_000
const TARGET_TASK_MS = 100
/** How long the palette may take to answer one step before the run counts as stalled. */
const SEARCH_TIMEOUT_MS = num('LARGE_BENCH_SEARCH_TIMEOUT_S', 240) * 1000
const QUERIES = ['militia convoy', 'kramatorsk shelling', 'humanitarian access', 'ceasefire']

interface ProbeState {
  longtasks: { start: number; duration: number }[]
  textPainted: number | null
  laidOut: number | null
}
interface Probe {
  state: ProbeState
  seedArticle(a: {
    id: string
    title: string
    chars: number
    paragraph: number
    seed: number
  }): Promise<number>
  seedLibrary(a: { count: number; seed: number }): Promise<void>
  setCurrent(id: string): Promise<void>
  watch(on: boolean): void
  longTasksSince(t: number): { start: number; duration: number }[]
  now(): number
  watchPalette(): void
  paletteLatency(): number | null
  remove(ids: string[]): Promise<void>
  idle(): Promise<void>
}
declare global {
  var __largeBench: Probe
}

interface Build {
  name: 'baseline' | 'ours'
  url: string
}

interface Figures {
  longest: number
  over100: number
  /** The same by the main thread's CPU time (a trace): what the page did, the machine's load aside. */
  cpuLongest: number
  cpuOver100: number
  textPainted: number | null
  laidOut: number | null
  /** Set when the build did not finish within the time allowed. */
  timedOut?: boolean
}

const blank = (b: Build): string => new URL('__large_bench_blank__', b.url).href

type WallFigures = Omit<Figures, 'cpuLongest' | 'cpuOver100'>

async function openArticle(
  page: Page,
  b: Build,
  id: string,
  timeout: number
): Promise<WallFigures> {
  await page.goto(blank(b))
  await page.evaluate((i) => globalThis.__largeBench.setCurrent(i), id)
  await page.evaluate(() => globalThis.__largeBench.watch(true))
  await page.goto(b.url, { timeout })
  let timedOut = false
  await page
    .waitForFunction(() => globalThis.__largeBench.state.laidOut !== null, null, {
      timeout,
      polling: 250
    })
    .catch(() => {
      timedOut = true
    })
  const state = timedOut
    ? await page
        .evaluate(() => globalThis.__largeBench.state)
        .catch(() => ({ longtasks: [], textPainted: null, laidOut: null }) as ProbeState)
    : await page.evaluate(() => globalThis.__largeBench.state)
  await page.evaluate(() => globalThis.__largeBench.watch(false)).catch(() => undefined)
  return {
    longest: state.longtasks.reduce((m, t) => Math.max(m, t.duration), 0),
    over100: state.longtasks.filter((t) => t.duration > TARGET_TASK_MS).length,
    textPainted: state.textPainted,
    laidOut: state.laidOut,
    ...(timedOut ? { timedOut } : {})
  }
}

async function importFile(page: Page, b: Build, file: string, name: string): Promise<WallFigures> {
  await page.goto(b.url)
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 120_000 })
  const t0 = await page.evaluate(() => globalThis.__largeBench.now())
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import…' }).click()
  // A file on disk, as a person picks one: Playwright gives the browser its path. Given a buffer,
  // its own script in the page decodes the file from base64 instead, a task of about a second
  // that is not the app's (it was counted as the import's longest task until 7 December).
  await (await chooser).setFiles(file)
  const title = name.replace(/\.txt$/, '')
  await page.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 180_000 })
  const shown = await page.evaluate(() => globalThis.__largeBench.now())
  const laidOut = await page
    .getByTestId('article-body')
    .and(page.locator('[data-laid-out="all"]'))
    .waitFor({ timeout: 120_000 })
    .then(
      () => true,
      () => false
    )
  const laid = await page.evaluate(() => globalThis.__largeBench.now())
  const tasks = await page.evaluate((t) => globalThis.__largeBench.longTasksSince(t), t0)
  return {
    longest: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    over100: tasks.filter((t) => t.duration > TARGET_TASK_MS).length,
    textPainted: shown - t0,
    laidOut: laidOut ? laid - t0 : null,
    ...(laidOut ? {} : { timedOut: true })
  }
}

/** Runs `work` under a trace of top-level tasks; its result with the main thread's CPU figures. */
async function traced<T>(
  cdp: CDPSession,
  work: () => Promise<T>
): Promise<T & { cpuLongest: number; cpuOver100: number }> {
  await startTrace(cdp, [
    'toplevel',
    'blink.user_timing',
    ...(EXPLAIN ? ['devtools.timeline'] : [])
  ])
  const result = await work()
  const events = await endTrace(cdp)
  // The page's own main thread from its document's start (in-page.js marks it). The busiest
  // renderer thread over the whole trace, as before 7 December, also took in the tasks before
  // that: the blank page's and the teardown of the article page opened before it.
  const own = tasksSinceMark(events, 'large-bench-document')
  const busiest = mainThreadTasks(events)
  const cpu = (own ?? busiest).map((t) => (t.tdur ?? 0) / 1000)
  if (!own) console.log('  (no document mark in the trace: the busiest renderer thread is used)')
  const top = busiest.reduce<TraceEvent | undefined>(
    (m, t) => (!m || (t.tdur ?? 0) > (m.tdur ?? 0) ? t : m),
    undefined
  )
  // Say where the busiest thread's longest task was when it is not one of the page's own.
  if (own && top && !own.includes(top)) {
    const first = own.reduce((m, t) => Math.min(m, t.ts), Infinity)
    const where =
      own[0] && top.pid === own[0].pid && top.tid === own[0].tid
        ? `on this page's thread, ${ms((first - top.ts) / 1000)} before its document's first task`
        : `on another renderer thread (pid ${top.pid})`
    console.log(
      `  not counted: a ${ms((top.tdur ?? 0) / 1000)} task ${where}; this page's longest ${ms(Math.max(0, ...cpu))}`
    )
  }
  // What each of the page's tasks over 100 ms of CPU did (LARGE_BENCH_EXPLAIN=1).
  if (EXPLAIN && own?.[0]) {
    const { pid, tid } = own[0]
    const onMain = events.filter((e) => e.pid === pid && e.tid === tid)
    const t0 = own.reduce((m, t) => Math.min(m, t.ts), Infinity)
    for (const t of own.filter((x) => (x.tdur ?? 0) > TARGET_TASK_MS * 1000)) {
      const { what, parts } = explainTask(onMain, t)
      console.log(
        `  task of ${ms((t.tdur ?? 0) / 1000)} CPU at ${ms((t.ts - t0) / 1000)}: ${what} (${parts})`
      )
    }
  }
  return {
    ...result,
    cpuLongest: cpu.reduce((m, d) => Math.max(m, d), 0),
    cpuOver100: cpu.filter((d) => d > TARGET_TASK_MS).length
  }
}

interface SearchFigures {
  timedOut?: boolean
  /** Ctrl+K to the first query's results (the index built). */
  ready: number
  /** Per query: last key to the palette's last change. */
  latencies: number[]
  longest: number
  over100: number
  cpuLongest: number
  cpuOver100: number
}

async function search(
  page: Page,
  b: Build
): Promise<Omit<SearchFigures, 'cpuLongest' | 'cpuOver100'>> {
  await page.goto(b.url)
  await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 180_000 })
  // Let the start settle (the library list reads its articles), so only search is measured.
  await page.evaluate(() => globalThis.__largeBench.idle())
  const t0 = await page.evaluate(() => globalThis.__largeBench.now())
  const tasks = async (): Promise<{ longest: number; over100: number }> => {
    const list = await page.evaluate((t) => globalThis.__largeBench.longTasksSince(t), t0)
    return {
      longest: list.reduce((m, t) => Math.max(m, t.duration), 0),
      over100: list.filter((t) => t.duration > TARGET_TASK_MS).length
    }
  }
  try {
    await page.keyboard.press('Control+k')
    const box = page.getByRole('combobox', { name: 'Search everything, or type a command' })
    await box.waitFor({ timeout: SEARCH_TIMEOUT_MS })
    await page.evaluate(() => globalThis.__largeBench.watchPalette())
    const status = page.locator('.palette-status')
    await box.pressSequentially(QUERIES[0]!, { timeout: SEARCH_TIMEOUT_MS })
    await status.filter({ hasText: /\d+ results?/ }).waitFor({ timeout: SEARCH_TIMEOUT_MS })
    const ready = (await page.evaluate(() => globalThis.__largeBench.now())) - t0
    const latencies: number[] = []
    for (const q of QUERIES) {
      await box.fill('', { timeout: SEARCH_TIMEOUT_MS })
      await box.pressSequentially(q, { timeout: SEARCH_TIMEOUT_MS })
      await status.filter({ hasText: /\d+ results?/ }).waitFor({ timeout: SEARCH_TIMEOUT_MS })
      await page.evaluate(() => globalThis.__largeBench.idle())
      latencies.push((await page.evaluate(() => globalThis.__largeBench.paletteLatency())) ?? NaN)
    }
    await page.keyboard.press('Escape')
    return { ready, latencies, ...(await tasks()) }
  } catch {
    // The palette did not answer in time (the page held by the index build): say so.
    return {
      ready: NaN,
      latencies: [],
      timedOut: true,
      ...(await tasks().catch(() => ({ longest: NaN, over100: NaN })))
    }
  }
}

// ---------------------------------------------------------------------------------------------

const ms = (t: number | null | undefined): string =>
  t === null || t === undefined || Number.isNaN(t)
    ? 'n/a'
    : `${Math.round(t).toLocaleString('en')} ms`
const worst = (xs: Figures[], key: 'longest' | 'over100' | 'cpuLongest' | 'cpuOver100'): number =>
  xs.reduce((m, f) => Math.max(m, f[key]), 0)
const median = (xs: number[]): number => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (s.length === 0) return NaN
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
const medianOf = (xs: Figures[], key: 'textPainted' | 'laidOut'): number =>
  median(xs.map((f) => f[key] ?? NaN))

function row(metric: string, base: string, ours: string): string {
  return `| ${metric} | ${base} | ${ours} |`
}

function caseRows(label: string, base: Figures[], ours: Figures[], timeout?: number): string[] {
  const painted = (xs: Figures[]): string =>
    xs.some((f) => f.textPainted === null)
      ? `not within ${ms(timeout)}`
      : ms(medianOf(xs, 'textPainted'))
  const laid = (xs: Figures[]): string =>
    xs.some((f) => f.timedOut) ? `not within ${ms(timeout)}` : ms(medianOf(xs, 'laidOut'))
  return [
    row(
      `${label}: longest main-thread task`,
      ms(worst(base, 'longest')),
      ms(worst(ours, 'longest'))
    ),
    row(
      `${label}: tasks over ${TARGET_TASK_MS} ms (worst run)`,
      String(worst(base, 'over100')),
      String(worst(ours, 'over100'))
    ),
    row(
      `${label}: longest task by CPU time`,
      ms(worst(base, 'cpuLongest')),
      ms(worst(ours, 'cpuLongest'))
    ),
    row(
      `${label}: tasks over ${TARGET_TASK_MS} ms by CPU time`,
      String(worst(base, 'cpuOver100')),
      String(worst(ours, 'cpuOver100'))
    ),
    row(`${label}: first paint of text`, painted(base), painted(ours)),
    row(`${label}: fully laid out`, laid(base), laid(ours))
  ]
}

async function main(): Promise<void> {
  const found = findChromium()
  if (!found.path) throw new Error('No Chromium found: install it or set WORKBENCH_CHROMIUM.')
  const base = rendererFromGit(ROOT, BASELINE_REV)
  if ('missing' in base) throw new Error(`No baseline: ${base.missing}`)
  const work = mkdtempSync(join(tmpdir(), 'large-bench-'))
  cpSync(join(ROOT, 'out', 'renderer'), join(work, 'ours'), { recursive: true })
  cpSync(base.dir, join(work, 'baseline'), { recursive: true })
  const servers = [
    await serveRenderer({ root: join(work, 'baseline'), port: 0 }),
    await serveRenderer({ root: join(work, 'ours'), port: 0 })
  ]
  const builds: Build[] = [
    { name: 'baseline', url: servers[0]!.url },
    { name: 'ours', url: servers[1]!.url }
  ]
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')
  console.log(`Large-article bench; ${cpus().length} cores, load ${load}; baseline ${BASELINE_REV}`)
  let context: BrowserContext | undefined
  const results = {
    many: { baseline: [] as Figures[], ours: [] as Figures[] },
    few: { baseline: [] as Figures[], ours: [] as Figures[] },
    huge: { baseline: [] as Figures[], ours: [] as Figures[] },
    import: { baseline: [] as Figures[], ours: [] as Figures[] },
    search: { baseline: [] as SearchFigures[], ours: [] as SearchFigures[] }
  }
  try {
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: found.path,
      args: QUIET_CHROMIUM_FLAGS,
      viewport: { width: 1440, height: 900 }
    })
    await context.addInitScript({ path: join(HERE, 'in-page.js') })
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(180_000)
    const cdp = await context.newCDPSession(page)
    const seed = async (b: Build, huge: boolean): Promise<void> => {
      await page.goto(b.url)
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 })
      await page.goto(blank(b))
      const put = (id: string, chars: number, paragraph: number, s: number): Promise<number> =>
        page.evaluate((a) => globalThis.__largeBench.seedArticle(a), {
          id,
          title: id,
          chars,
          paragraph,
          seed: s
        })
      await put('large-many', 10 * MB, 600, 1)
      await put('large-few', 10 * MB, 3_400_000, 2)
      if (huge) await put('large-huge', 60 * MB, 600, 3)
    }
    for (const b of builds) await seed(b, HUGE && ONLY.includes('open'))

    for (let run = 1; run <= (ONLY.includes('open') ? RUNS : 0); run++) {
      for (const b of builds) {
        const many = await traced(cdp, () => openArticle(page, b, 'large-many', 120_000))
        results.many[b.name].push(many)
        const few = await traced(cdp, () => openArticle(page, b, 'large-few', 120_000))
        results.few[b.name].push(few)
        console.log(
          `run ${run} ${b.name}: many ${JSON.stringify(many)}; few ${JSON.stringify(few)}`
        )
      }
    }
    if (HUGE && ONLY.includes('open')) {
      for (const b of builds) {
        const huge = await traced(cdp, () => openArticle(page, b, 'large-huge', HUGE_TIMEOUT_MS))
        results.huge[b.name].push(huge)
        console.log(`60 MB ${b.name}: ${JSON.stringify(huge)}`)
      }
    }

    // Import into a library without the large articles, the sample article open: only the
    // import is measured, not the opening of a stored 60 MB article beside it.
    for (const b of ONLY.includes('import') ? builds : []) {
      await page.goto(blank(b))
      await page.evaluate(() =>
        globalThis.__largeBench.remove(['large-many', 'large-few', 'large-huge'])
      )
      await page.evaluate(() => globalThis.__largeBench.setCurrent(''))
    }
    // Import: a fresh 9.5 MB text file per run (a different text each time: no duplicate).
    for (let run = 1; run <= (ONLY.includes('import') ? RUNS : 0); run++) {
      for (const b of builds) {
        const file = makeImportText(9.5 * MB, 100 + run)
        const name = `Import bench ${b.name} ${run}`
        const path = join(work, `${name}.txt`)
        writeFileSync(path, `${name}\n\n${file}`)
        const f = await traced(cdp, () => importFile(page, b, path, `${name}.txt`))
        results.import[b.name].push(f)
        console.log(`import run ${run} ${b.name}: ${JSON.stringify(f)}`)
      }
    }

    // Search: the library of LIBRARY articles (with the 10 MB article), big ones removed first.
    for (const b of ONLY.includes('search') ? builds : []) {
      await page.goto(blank(b))
      await page.evaluate(() => globalThis.__largeBench.remove(['large-few', 'large-huge']))
      // The one 10 MB article stays in the library (seeded again if the import part removed it).
      await page.evaluate(() =>
        globalThis.__largeBench.seedArticle({
          id: 'large-many',
          title: 'large-many',
          chars: 10_000_000,
          paragraph: 600,
          seed: 1
        })
      )
      await page.evaluate(
        (count) => globalThis.__largeBench.seedLibrary({ count, seed: 7 }),
        LIBRARY
      )
      await page.evaluate(() => globalThis.__largeBench.setCurrent('lib-0'))
    }
    for (let run = 1; run <= (ONLY.includes('search') ? RUNS : 0); run++) {
      for (const b of builds) {
        const s = await traced(cdp, () => search(page, b))
        results.search[b.name].push(s)
        console.log(`search run ${run} ${b.name}: ${JSON.stringify(s)}`)
      }
    }
  } finally {
    await context?.close()
    for (const s of servers) await s.close()
    rmSync(work, { recursive: true, force: true })
  }

  const sb = results.search.baseline
  const so = results.search.ours
  const searchRows = [
    row(
      `Ctrl+K over ${LIBRARY.toLocaleString('en')} articles + a 10 MB one: palette opened to first results (index built)`,
      sb.some((s) => s.timedOut)
        ? `not within ${ms(SEARCH_TIMEOUT_MS)} a step`
        : ms(median(sb.map((s) => s.ready))),
      so.some((s) => s.timedOut)
        ? `not within ${ms(SEARCH_TIMEOUT_MS)} a step`
        : ms(median(so.map((s) => s.ready)))
    ),
    row(
      'Ctrl+K: last key to results shown, median of queries',
      ms(median(sb.flatMap((s) => s.latencies))),
      ms(median(so.flatMap((s) => s.latencies)))
    ),
    row(
      'Ctrl+K: longest main-thread task (build and typing)',
      ms(Math.max(0, ...sb.map((s) => s.longest))),
      ms(Math.max(0, ...so.map((s) => s.longest)))
    ),
    row(
      `Ctrl+K: tasks over ${TARGET_TASK_MS} ms (worst run)`,
      String(Math.max(0, ...sb.map((s) => s.over100))),
      String(Math.max(0, ...so.map((s) => s.over100)))
    ),
    row(
      'Ctrl+K: longest task by CPU time',
      ms(Math.max(0, ...sb.map((s) => s.cpuLongest))),
      ms(Math.max(0, ...so.map((s) => s.cpuLongest)))
    ),
    row(
      `Ctrl+K: tasks over ${TARGET_TASK_MS} ms by CPU time`,
      String(Math.max(0, ...sb.map((s) => s.cpuOver100))),
      String(Math.max(0, ...so.map((s) => s.cpuOver100)))
    )
  ]
  const lines = [
    `Large-article bench (${new Date().toISOString().slice(0, 10)}), Chromium headless, 1440×900, ${cpus().length} cores, load at start ${load}.`,
    `Baseline: main at ${BASELINE_REV} built from git history; ours: this checkout's out/renderer. ${RUNS} runs each, alternating; times are medians, tasks the worst run.`,
    '',
    row('metric', `baseline (${BASELINE_REV})`, 'ours'),
    row('---', '---', '---'),
    ...caseRows('Open 10 MB, ~17,000 paragraphs', results.many.baseline, results.many.ours),
    ...caseRows('Open 10 MB, 3 paragraphs of 3.3 MB', results.few.baseline, results.few.ours),
    ...(HUGE
      ? caseRows(
          'Open 60 MB stored article',
          results.huge.baseline,
          results.huge.ours,
          HUGE_TIMEOUT_MS
        )
      : []),
    ...caseRows(
      'Import 9.5 MB .txt (click to title shown / laid out)',
      results.import.baseline,
      results.import.ours,
      120_000
    ),
    ...searchRows
  ]
  const report = lines.join('\n')
  console.log(`\n${report}`)
  writeFileSync(join(HERE, 'last-run.md'), `${report}\n`)
}

/** A 9.5 MB plain-text file: paragraphs separated by blank lines, seeded. */
function makeImportText(chars: number, seed: number): string {
  const words =
    'convoy militia border statement district shelling ceasefire aid officials said'.split(' ')
  let s = seed
  const next = (): number => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648
    return s / 2_147_483_648
  }
  const parts: string[] = []
  let total = 0
  let n = 0
  while (total < chars) {
    const p: string[] = []
    const target = 300 + Math.floor(next() * 600)
    let len = 0
    while (len < target) {
      const w = words[Math.floor(next() * words.length)]! + (next() < 0.03 ? `${seed}x${n++}` : '')
      p.push(w)
      len += w.length + 1
    }
    const para = p.join(' ') + '.'
    parts.push(para)
    total += para.length + 2
  }
  return parts.join('\n\n')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
