// Reader benchmark: the built renderer in Chromium (browser mode), one 100,000-word article
// shown with 0 highlights (baseline) and with 1,000 highlights (ours), in the same run.
//
// Run: npx electron-vite build && npx tsx bench/reader/reader-bench.ts  (exits 1 if a target is
// missed). Knobs: READER_BENCH_RUNS (first-paint runs, default 5), READER_BENCH_SCROLL_RUNS
// (scroll runs, default 3), READER_BENCH_SEED, READER_BENCH_STEP (wheel step in px, default
// 800), READER_BENCH_HOVERS (spans hovered per wheel step, default 3), READER_BENCH_DIAGNOSE=0
// (skip the runs with the Annotations pane collapsed), READER_BENCH_COMPARE=<folder> (another
// built renderer, e.g. main's out/renderer: its 1,000-highlight article is measured too, in the
// same runs, as a third column, so a change is compared with what it replaces on the same load).
//
// Data (seed.ts; seeded, so every run is identical): the news-like article of bench/anchoring
// (generate-article.ts, 100,000 words) regrouped at sentence ends into paragraphs of 40–120
// words, and 1,000 annotations of 5–40 words over the whole text (every 8th overlapping the one
// before, all five colours, some with comments, tags or grades), with selectors from
// createAnchorer(plainText(blocks)).describe() and an exact anchor. The baseline is a second
// article with the same blocks and no annotations. Both are written with the raw IndexedDB API
// into the database the app creates on its first load; `currentArticleId` picks the one shown.
//
// Chromium: the system build found by scripts/find-chromium.mjs, headless, with the quiet flags
// of e2e/support/workbench.ts, viewport 1440x900, a fresh temporary profile. The renderer is a
// copy of out/renderer taken at start (so a rebuild during the run cannot change it), served by
// scripts/serve-renderer.mjs on a free port. Baseline and ours alternate run by run, after one
// unmeasured load of each.
//
// First paint: a navigation to the workbench (from a tiny same-origin page, so unloading the
// previous 100,000-word document is not counted), from navigation start (performance.now() = 0)
// to the end of the first frame whose paint holds every block of the article body and, for ours,
// has every annotation in the reader's viewport painted as a range of one of the five colour
// highlights in CSS.highlights. A requestAnimationFrame loop finds that frame and the time is
// taken in the next frame's callback, after that paint (it can overstate by up to one frame).
// See in-page.js. The largest contentful paint of an article paragraph is reported too.
//
// Scrolling: after the load has gone idle (requestIdleCallback), the reader pane is scrolled from
// top to bottom with page.mouse.wheel steps of STEP px (the mouse over the article), waiting two
// animation frames after each; after each step the mouse moves (page.mouse.move, 2 steps each)
// onto HOVERS quoted spans in view: the highlights in ours (the reader hit-tests on mousemove and
// shows its tooltip), the same words in the baseline. With highlights, the bench then waits (up to
// 1 s) for the tooltip of the last one hovered: the reader shows a tip once the pointer has rested
// on a highlight for 150 ms (useHoverTip.ts), so a sweep across the text shows none. A 'longtask'
// PerformanceObserver, installed before the page's own scripts, records every main-thread task
// over 50 ms; those starting after scrolling began are counted.
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import type { ArticleRecord } from '@shared/model/article'
import './probe'
import { buildSeed } from './seed'
import { endTrace, mainThreadTasks, startTrace } from './trace'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const env = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`)
  return value
}
const SEED = env('READER_BENCH_SEED', 20_240_611)
const RUNS = Math.max(1, env('READER_BENCH_RUNS', 5))
const SCROLL_RUNS = env('READER_BENCH_SCROLL_RUNS', 3)
const STEP = env('READER_BENCH_STEP', 800)
const HOVERS = env('READER_BENCH_HOVERS', 3)
const DIAGNOSE = process.env['READER_BENCH_DIAGNOSE'] !== '0'
const COMPARE = process.env['READER_BENCH_COMPARE'] || null
const FIRST_PAINT_TARGET_MS = 500
const LONG_TASK_MS = 50
/** Every thread's top-level tasks with their thread (CPU) durations, and little else. */
const TASK_TRACE_CATEGORIES = ['toplevel']
const MAX_WHEEL_STEPS = 2_000

// ---------------------------------------------------------------------------------------------
// The probe (in-page.js) runs inside the page and is reached through a global (probe.ts).

const put = (page: Page, puts: { store: string; value: unknown }[]): Promise<void> =>
  page.evaluate((p) => globalThis.__readerBench.put(p), puts)

// ---------------------------------------------------------------------------------------------
// Measurements

interface Variant {
  name: 'baseline' | 'ours' | 'other'
  /** The renderer serving it (the other build has its own server, origin and database). */
  url: string
  article: ArticleRecord
  /** Annotated spans, sorted: those in view must be painted before the article counts as painted. */
  spans: [number, number][]
}

interface FirstPaint {
  painted: number
  lcp: number | null
}

/** Opens the workbench afresh with `variant` current; resolves once it is painted. */
async function load(page: Page, variant: Variant): Promise<FirstPaint> {
  // The server's 404 page: tiny, same origin, so the next navigation unloads nothing heavy.
  await page.goto(new URL('__reader_bench_blank__', variant.url).href)
  await put(page, [
    { store: 'settings', value: { key: 'currentArticleId', value: variant.article.id } }
  ])
  await page.evaluate((cfg) => globalThis.__readerBench.configure(cfg), {
    blocks: variant.article.blocks.length,
    spans: variant.spans
  })
  await page.goto(variant.url)
  await page.waitForFunction(() => globalThis.__readerBench.state.painted !== null, null, {
    timeout: 60_000,
    polling: 50
  })
  const state = await page.evaluate(() => globalThis.__readerBench.state)
  const lcp = state.lcp.filter((e) => e.inBody).at(-1)?.time ?? null
  return { painted: state.painted ?? NaN, lcp }
}

interface ScrollRun {
  /** Longest task over LONG_TASK_MS that started while scrolling; 0 when there was none. */
  longest: number
  count: number
  steps: number
  distance: number
  hovers: number
  /** Wheel steps after whose hovers the tooltip was showing. */
  tooltips: number
  /**
   * By the renderer main thread's CPU time (its top-level tasks' thread durations in a trace):
   * the longest task, whatever its length, and the tasks over LONG_TASK_MS. On a loaded machine
   * a task's wall time stretches while other processes hold the CPU, its CPU time does not, so
   * these tell the page's own work from the machine's load.
   */
  cpuLongest: number
  cpuCount: number
  /** All the main thread's tasks' CPU time during the run, ms: the page's work, load aside. */
  cpuTotal: number
}

/** Whether the hover tip shows: waited for (up to 1 s) when the article has highlights. */
const tipShows = (page: Page, highlighted: boolean): Promise<boolean> =>
  highlighted
    ? page
        .waitForFunction(() => globalThis.__readerBench.tip(), null, {
          timeout: 1000,
          polling: 'raf'
        })
        .then(
          () => true,
          () => false
        )
    : page.evaluate(() => globalThis.__readerBench.tip())

/** Scrolls the freshly loaded reader from top to bottom, hovering after each wheel step. */
async function scrollAndHover(
  page: Page,
  cdp: CDPSession,
  spans: [number, number][],
  highlighted: boolean
): Promise<ScrollRun> {
  await page.evaluate((s) => globalThis.__readerBench.setSpans(s), spans)
  await page.evaluate(() => globalThis.__readerBench.idle())
  const pane = await page.evaluate(() => globalThis.__readerBench.pane())
  if (pane.scrollTop !== 0)
    throw new Error(`the reader did not open at the top (${pane.scrollTop})`)
  // The wheel goes to what is under the mouse: the middle of the article column.
  const home = { x: pane.bodyLeft + pane.bodyWidth / 2, y: pane.top + pane.height / 2 }
  await page.mouse.move(home.x, home.y)
  await startTrace(cdp, TASK_TRACE_CATEGORIES)
  const t0 = await page.evaluate(() => globalThis.__readerBench.frames(2))
  const run: ScrollRun = {
    longest: 0,
    count: 0,
    steps: 0,
    distance: 0,
    hovers: 0,
    tooltips: 0,
    cpuLongest: 0,
    cpuCount: 0,
    cpuTotal: 0
  }
  let atEnd = false
  while (!atEnd && run.steps < MAX_WHEEL_STEPS) {
    await page.mouse.move(home.x, home.y)
    await page.mouse.wheel(0, STEP)
    await page.evaluate(() => globalThis.__readerBench.frames(2))
    run.steps += 1
    const view = await page.evaluate((n) => globalThis.__readerBench.hoverPoints(n), HOVERS)
    if (view.pageScrolled) throw new Error('the wheel scrolled the window, not the reader pane')
    atEnd = view.atEnd
    run.distance = view.scrollTop
    for (const p of view.points) {
      await page.mouse.move(p.x, p.y, { steps: 2 })
      run.hovers += 1
    }
    if (view.points.length && (await tipShows(page, highlighted))) run.tooltips += 1
  }
  if (!atEnd) throw new Error(`the reader did not reach its end in ${MAX_WHEEL_STEPS} steps`)
  await page.evaluate(() => globalThis.__readerBench.frames(2))
  const cpu = mainThreadTasks(await endTrace(cdp)).map((t) => (t.tdur ?? 0) / 1000)
  run.cpuCount = cpu.filter((d) => d > LONG_TASK_MS).length
  run.cpuLongest = cpu.reduce((m, d) => Math.max(m, d), 0)
  run.cpuTotal = cpu.reduce((m, d) => m + d, 0)
  const tasks = await page.evaluate((t) => globalThis.__readerBench.longTasksSince(t), t0)
  const long = tasks.filter((t) => t.duration > LONG_TASK_MS)
  run.count = long.length
  run.longest = long.reduce((m, t) => Math.max(m, t.duration), 0)
  return run
}

// ---------------------------------------------------------------------------------------------
// Report

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
const max = (xs: number[]): number => xs.reduce((m, x) => Math.max(m, x), 0)
const ms = (t: number): string => `${Math.round(t)} ms`
const medMax = (xs: number[], unit = ms): string =>
  xs.length ? `${unit(median(xs))} (max ${unit(max(xs))})` : 'n/a'
const count = (n: number): string => String(Math.round(n * 10) / 10)

interface Row {
  metric: string
  baseline: string
  ours: string
  /** The other build's figure (READER_BENCH_COMPARE), when there is one. */
  other?: string
  target: string
  pass: boolean | null
}

function table(rows: Row[]): string {
  const cells = (r: Row): string[] => [
    r.metric,
    r.baseline,
    r.ours,
    ...(COMPARE ? [r.other ?? ''] : []),
    r.target,
    r.pass === null ? '' : r.pass ? 'yes' : 'NO'
  ]
  const header = [
    'metric',
    'baseline: 0 highlights',
    'ours: 1,000 highlights',
    ...(COMPARE ? ['other build: 1,000 highlights'] : []),
    'target',
    'pass'
  ]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => cells(r)[i]!.length)))
  const line = (values: string[]): string =>
    `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cells(r)))
  ].join('\n')
}

function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], {
      encoding: 'utf-8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
  } catch {
    return 'unknown'
  }
}

const loads = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const found = findChromium()
  if (!found.path)
    throw new Error(
      'No Chromium found: install it (apt-get install chromium) or set WORKBENCH_CHROMIUM.'
    )
  const seed = buildSeed(SEED)
  const words = seed.text.split(/\s+/).filter(Boolean).length
  const overlapping = seed.spans.filter((s, i) => i > 0 && s[0] < seed.spans[i - 1]![1]).length
  const loadAtStart = loads()
  console.log(
    `Article: ${words.toLocaleString('en')} words, ${seed.text.length.toLocaleString('en')} chars ` +
      `in ${seed.ours.blocks.length} paragraphs; ${seed.annotations.length} annotations ` +
      `(${overlapping} overlapping the one before); seed ${SEED}\n` +
      `Runs: ${RUNS} first-paint and ${SCROLL_RUNS} scroll runs per article; ` +
      `load average (1/5/15 min) at start: ${loadAtStart} on ${cpus().length} cores`
  )

  const work = mkdtempSync(join(tmpdir(), 'reader-bench-'))
  const renderer = join(work, 'renderer')
  try {
    cpSync(join(ROOT, 'out', 'renderer'), renderer, { recursive: true })
  } catch {
    rmSync(work, { recursive: true, force: true })
    throw new Error(
      'There is no built renderer in out/renderer: run "npx electron-vite build" first.'
    )
  }
  const server = await serveRenderer({ root: renderer, port: 0 })
  const otherRenderer = join(work, 'other-renderer')
  if (COMPARE) cpSync(COMPARE, otherRenderer, { recursive: true })
  const otherServer = COMPARE ? await serveRenderer({ root: otherRenderer, port: 0 }) : null
  let context: BrowserContext | undefined
  try {
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: found.path,
      args: QUIET_CHROMIUM_FLAGS,
      viewport: { width: 1440, height: 900 }
    })
    await context.addInitScript({ path: join(HERE, 'in-page.js') })
    const page = context.pages()[0] ?? (await context.newPage())
    const cdp = await context.newCDPSession(page)
    const { product } = (await cdp.send('Browser.getVersion')) as { product: string }

    // The first load of each origin creates its database and adds the sample article (its h1
    // appears); then the seed goes in.
    for (const url of otherServer ? [server.url, otherServer.url] : [server.url]) {
      await page.goto(url)
      await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
      await put(page, [
        { store: 'articles', value: seed.ours },
        { store: 'articles', value: seed.baseline },
        ...seed.annotations.map((a) => ({ store: 'annotations', value: a }))
      ])
    }

    const baseline: Variant = {
      name: 'baseline',
      url: server.url,
      article: seed.baseline,
      spans: []
    }
    const ours: Variant = { name: 'ours', url: server.url, article: seed.ours, spans: seed.spans }
    const variants = [baseline, ours]
    if (otherServer)
      variants.push({ name: 'other', url: otherServer.url, article: seed.ours, spans: seed.spans })
    const firstPaint = {
      baseline: [] as FirstPaint[],
      ours: [] as FirstPaint[],
      other: [] as FirstPaint[]
    }
    const scrolls = {
      baseline: [] as ScrollRun[],
      ours: [] as ScrollRun[],
      other: [] as ScrollRun[]
    }
    const log = (label: string, fp: FirstPaint, sc?: ScrollRun): void =>
      console.log(
        `${label.padEnd(22)} first paint ${ms(fp.painted)} (LCP ${fp.lcp === null ? 'n/a' : ms(fp.lcp)})` +
          (sc
            ? `; scroll ${sc.steps} steps, ${sc.distance} px, ${sc.hovers} hovers ` +
              `(${sc.tooltips} tooltips): ${sc.count} tasks > ${LONG_TASK_MS} ms, longest ${ms(sc.longest)}; ` +
              `by CPU time ${sc.cpuCount}, longest ${ms(sc.cpuLongest)}, total ${ms(sc.cpuTotal)}`
            : '')
      )

    for (const v of variants) await load(page, v) // warm-up
    for (let run = 1; run <= Math.max(RUNS, SCROLL_RUNS); run++) {
      for (const v of variants) {
        const fp = await load(page, v)
        if (run <= RUNS) firstPaint[v.name].push(fp)
        const sc =
          run <= SCROLL_RUNS
            ? await scrollAndHover(page, cdp, seed.spans, v.spans.length > 0)
            : undefined
        if (sc) scrolls[v.name].push(sc)
        log(`run ${run} ${v.name}`, fp, sc)
      }
    }

    // Diagnostic: the same measurements for ours with the Annotations pane collapsed (its 1,000
    // cards unmounted), to tell the reader's own cost from the cards'.
    const collapsed = { firstPaint: [] as FirstPaint[], scrolls: [] as ScrollRun[] }
    if (DIAGNOSE) {
      await page.goto(server.url)
      await page.getByRole('button', { name: 'Collapse Annotations & notes' }).click()
      await page.getByRole('button', { name: 'Expand Annotations & notes' }).waitFor()
      await load(page, ours) // warm-up
      for (let run = 1; run <= Math.max(RUNS, Math.min(SCROLL_RUNS, 1)); run++) {
        const fp = await load(page, ours)
        if (run <= RUNS) collapsed.firstPaint.push(fp)
        const sc =
          run === 1 && SCROLL_RUNS > 0
            ? await scrollAndHover(page, cdp, seed.spans, true)
            : undefined
        if (sc) collapsed.scrolls.push(sc)
        log(`run ${run} ours, pane collapsed`, fp, sc)
      }
    }

    const painted = (r: FirstPaint[]): number[] => r.map((x) => x.painted)
    const lcp = (r: FirstPaint[]): number[] =>
      r.map((x) => x.lcp).filter((x): x is number => x !== null)
    const longest = (r: ScrollRun[]): number[] => r.map((x) => x.longest)
    const counts = (r: ScrollRun[]): number[] => r.map((x) => x.count)
    const cpuFigures = (r: ScrollRun[]): string =>
      r.length
        ? `${medMax(
            r.map((x) => x.cpuCount),
            count
          )}; ${ms(max(r.map((x) => x.cpuLongest)))}; ${ms(median(r.map((x) => x.cpuTotal)))}`
        : 'n/a'
    const scrolled = (r: ScrollRun[]): string =>
      r[0]
        ? `${r[0].steps} steps, ${r[0].distance.toLocaleString('en')} px, ` +
          `${r[0].hovers} hovers (${r[0].tooltips} tooltips)`
        : 'n/a'
    const oursPaint = median(painted(firstPaint.ours))
    const rows: Row[] = [
      {
        metric: `first paint: article text + highlights in view painted, median (max) of ${RUNS}`,
        baseline: medMax(painted(firstPaint.baseline)),
        ours: medMax(painted(firstPaint.ours)),
        other: medMax(painted(firstPaint.other)),
        target: `median ≤ ${FIRST_PAINT_TARGET_MS} ms`,
        pass: oursPaint <= FIRST_PAINT_TARGET_MS
      },
      {
        metric: 'largest contentful paint (an article paragraph), median (max)',
        baseline: medMax(lcp(firstPaint.baseline)),
        ours: medMax(lcp(firstPaint.ours)),
        other: medMax(lcp(firstPaint.other)),
        target: 'info',
        pass: null
      }
    ]
    if (SCROLL_RUNS > 0) {
      rows.push(
        {
          metric: `longest main-thread task while scrolling + hovering (0: none > ${LONG_TASK_MS} ms), median (max) of ${SCROLL_RUNS}`,
          baseline: medMax(longest(scrolls.baseline)),
          ours: medMax(longest(scrolls.ours)),
          other: medMax(longest(scrolls.other)),
          // The same target as the count below (no task over LONG_TASK_MS): counted once, there.
          target: 'info',
          pass: null
        },
        {
          metric: `tasks > ${LONG_TASK_MS} ms while scrolling + hovering, per run: median (max)`,
          baseline: medMax(counts(scrolls.baseline), count),
          ours: medMax(counts(scrolls.ours), count),
          other: medMax(counts(scrolls.other), count),
          target: '0',
          pass: max(counts(scrolls.ours)) === 0
        },
        {
          metric: `by main-thread CPU time (trace): tasks > ${LONG_TASK_MS} ms per run, median (max); longest task; CPU time of all tasks per run, median`,
          baseline: cpuFigures(scrolls.baseline),
          ours: cpuFigures(scrolls.ours),
          other: cpuFigures(scrolls.other),
          target: 'info',
          pass: null
        },
        {
          metric: 'one scroll run: wheel steps, distance, hovers (steps ending on a tooltip)',
          baseline: scrolled(scrolls.baseline),
          ours: scrolled(scrolls.ours),
          other: scrolled(scrolls.other),
          target: 'info',
          pass: null
        }
      )
    }
    if (DIAGNOSE) {
      rows.push({
        metric: `diagnostic, Annotations pane collapsed: first paint, median (max) of ${RUNS}`,
        baseline: '',
        ours: medMax(painted(collapsed.firstPaint)),
        target: 'info',
        pass: null
      })
      if (collapsed.scrolls[0])
        rows.push({
          metric:
            'diagnostic, Annotations pane collapsed: tasks > 50 ms while scrolling + hovering (longest), 1 run',
          baseline: '',
          ours: `${collapsed.scrolls[0].count} (${ms(collapsed.scrolls[0].longest)})`,
          target: 'info',
          pass: null
        })
    }

    const rendered = table(rows)
    const failed = rows.filter((r) => r.pass === false)
    const verdict = failed.length
      ? `MISSED ${failed.length} target(s): ${failed.map((r) => r.metric).join('; ')}`
      : 'All targets met.'
    const loadAtEnd = loads()
    console.log(`\n${rendered}\n\n${verdict}\nLoad average at end: ${loadAtEnd}`)

    const cpu = cpus()
    const report = [
      '# Reader benchmark — last run',
      '',
      `- Date: ${new Date().toISOString()}`,
      `- Chromium: ${chromiumVersion(found.path)} (${product}), headless, ${QUIET_CHROMIUM_FLAGS.join(' ')}`,
      `- Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ` +
        `${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${process.platform}; ` +
        `load average (1/5/15 min) ${loadAtStart} at start, ${loadAtEnd} at end`,
      `- Data: ${words.toLocaleString('en')} words, ${seed.text.length.toLocaleString('en')} ` +
        `chars in ${seed.ours.blocks.length} paragraphs; ${seed.annotations.length} annotations ` +
        `(${overlapping} overlapping); seed ${SEED}`,
      `- Runs: ${RUNS} first-paint and ${SCROLL_RUNS} scroll runs per article after one ` +
        `warm-up load each, alternating; viewport 1440x900; wheel step ${STEP} px, ` +
        `${HOVERS} hovers per step`,
      ...(COMPARE ? [`- Other build (third column): ${COMPARE}`] : []),
      '- First paint: navigation start → the frame after the first frame in which the article ' +
        'body holds all its blocks and (ours) every annotation in view is a range of one of the ' +
        'five colour highlights (requestAnimationFrame loop, then one more frame).',
      `- Long tasks: PerformanceObserver('longtask') entries starting after scrolling began; by ` +
        `CPU time: the renderer main thread's top-level tasks in a trace of the scroll run ` +
        `(categories ${TASK_TRACE_CATEGORIES.join(', ')}), by their thread duration.`,
      '',
      rendered,
      '',
      verdict,
      ''
    ].join('\n')
    mkdirSync(HERE, { recursive: true })
    writeFileSync(join(HERE, 'last-run.md'), report)
    console.log(`Written to ${join('bench', 'reader', 'last-run.md')}`)
    if (failed.length) process.exitCode = 1
  } finally {
    await context?.close().catch(() => undefined)
    await server.close()
    await otherServer?.close()
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 1
})
