// Events views benchmark: EventTimeline (vis-timeline) and ActorChart (cytoscape) with 2,000
// generated events, against the same components with 200 events as the named baseline, in the
// same run, in the same browser.
//
// Run: npx tsx bench/events/events-bench.ts   (exits 1 if a target is missed)
// Options: EVENTS_BENCH_SIZES=200,2000,5000 (the LAST size is the one held to the targets),
//          EVENTS_BENCH_RUNS=5 (runs per size, default 3; the report gives the median and each run),
//          EVENTS_BENCH_SEED=7 (another data set), EVENTS_BENCH_DEBUG=dir (traces, screenshots).
//
// How: the harness page (bench/events/harness/) is built with Vite's JS API, served by
// scripts/serve-renderer.mjs (so with the app's Content-Security-Policy) and opened in the system
// Chromium (scripts/find-chromium.mjs) with the e2e suite's quiet flags. The harness mounts ONLY
// the two event views in a 560 px column (about the events pane); the rest of the app (reader,
// annotations, database) is not there, so the numbers are the views' own cost.
// Data: generate-events.ts (seeded; a few hundred actors at 2,000 events; see its header).
//
// Measured per phase, between performance marks, with the page idle before and after:
// - long tasks: a buffered PerformanceObserver('longtask') set up before anything else runs;
//   every main-thread task over 50 ms is one. Target at the largest size: none, in every phase.
// - longest task: from a Chromium trace ('toplevel' category) of the same run, the longest
//   main-thread task in the phase, so tasks under 50 ms are seen too (tracing adds a little).
// - most CPU in a task (information, not a target): the same trace's thread time, the main
//   thread's own CPU time in its costliest task. On a machine shared with other jobs a task's
//   wall time includes the time the OS ran them instead; this row tells the two apart.
// Phases:
//   mount          the views are mounted (the pane is shown) until both are fully drawn + 1 s
//   timeline zoom  wheel notches (deltaY 100) in over the densest cluster until single events
//                  show, 4 drags, 6 notches out and 6 in
//   timeline click 5 clicks on events (not clusters) and a double-click on a cluster if shown
//   chart zoom     15 wheel notches in, 3 drags on empty canvas, 9 notches out
//   chart click    5 clicks on edges (which list their events) and 1 on an actor
//   lists          open the timeline's and the chart's "List", arrow down 5 times, Escape
//   theme          (reported, no target) switch to the dark theme and back
//   table          the table (EventTable, virtualised) is mounted below the other views; sorted
//                  by two columns (one twice), filtered by typing "Sudan" a key at a time and
//                  cleared, scrolled 15 wheel notches, one fatalities cell edited inline
// Page load (parsing the bundle) happens before `mount` and is not in any phase.
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { chromium, type Browser, type Page } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import { buildHarness } from './build-harness'

/** The same flags as e2e/support/workbench.ts. */

const SIZES = (process.env['EVENTS_BENCH_SIZES'] ?? '200,2000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0)
const SEED = Number(process.env['EVENTS_BENCH_SEED'] ?? 20_240_202)
const DEBUG_DIR = process.env['EVENTS_BENCH_DEBUG'] ?? ''
const RUNS = Math.max(1, Number(process.env['EVENTS_BENCH_RUNS'] ?? 3))
const LONG_TASK_MS = 50
/** One notch of a mouse wheel, as Chromium reports it (deltaY). */
const NOTCH = 100
const SETTLE_MS = 800
const PHASES = [
  'mount',
  'timeline zoom',
  'timeline click',
  'chart zoom',
  'chart click',
  'lists',
  'theme',
  'table'
] as const
/** Reported, not held to the target: a theme switch restyles everything and is rare. */
const INFO_ONLY = new Set<string>(['theme'])
type PhaseName = (typeof PHASES)[number]

interface LongTask {
  start: number
  duration: number
}
interface PhaseResult {
  longTasks: LongTask[]
  longestTraced: number | null
  /** The main thread's own CPU time in the longest-running task (trace thread time), in ms. */
  longestCpu: number | null
}
interface ScenarioResult {
  n: number
  phases: Record<PhaseName, PhaseResult>
  facts: Record<string, string>
}

// The page-side callbacks below run in the browser, but this file compiles for Node: the few
// DOM names they use are declared here, in this module only.
interface PageRect {
  left: number
  top: number
  right: number
  bottom: number
  width: number
  height: number
}
interface PageElement {
  textContent: string | null
  getBoundingClientRect(): PageRect
  querySelector(selector: string): PageElement | null
  /** What cytoscape keeps on its container; read here only to know where it drew edges. */
  _cyreg?: { cy: CyCore }
}
interface CyElement {
  renderedMidpoint(): { x: number; y: number }
  source(): CyElement
  target(): CyElement
  renderedPosition(): { x: number; y: number }
  renderedWidth(): number
}
interface CyCore {
  edges(): { map<T>(f: (e: CyElement) => T): T[] }
  nodes(): { map<T>(f: (n: CyElement) => T): T[] }
}
declare const window: {
  __bench: {
    longTasks: LongTask[]
    selected: string[]
    edgeSelections: number[]
    mount: () => void
    mountTable: () => void
    edits: number
    theme: (theme: 'light' | 'dark') => void
  }
}
declare const document: {
  querySelector(selector: string): PageElement | null
  querySelectorAll(selector: string): Iterable<PageElement>
  activeElement: PageElement | null
}

const here = dirname(fileURLToPath(import.meta.url))

async function phase(
  page: Page,
  name: PhaseName,
  act: () => Promise<void>
): Promise<{ longTasks: LongTask[] }> {
  await page.waitForTimeout(300)
  const start = await page.evaluate((n) => {
    performance.mark(`bench:${n}:start`)
    return performance.now()
  }, name)
  await act()
  await page.waitForTimeout(SETTLE_MS)
  if (DEBUG_DIR)
    await page.screenshot({
      path: join(
        DEBUG_DIR,
        `${name.replace(' ', '-')}-${await page.evaluate(() => window.__bench.selected.length)}.png`
      )
    })
  const end = await page.evaluate((n) => {
    performance.mark(`bench:${n}:end`)
    return performance.now()
  }, name)
  const longTasks = await page.evaluate(
    ([a, b]) => window.__bench.longTasks.filter((t) => t.start >= a && t.start < b),
    [start, end] as const
  )
  return { longTasks }
}

async function box(
  page: Page,
  selector: string
): Promise<{ x: number; y: number; w: number; h: number }> {
  const b = await page.locator(selector).first().boundingBox()
  if (!b) throw new Error(`not on screen: ${selector}`)
  return { x: b.x, y: b.y, w: b.width, h: b.height }
}

async function drag(page: Page, x: number, y: number, dx: number, dy: number): Promise<void> {
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + dx, y + dy, { steps: 12 })
  await page.mouse.up()
}

async function wheel(
  page: Page,
  x: number,
  y: number,
  deltaY: number,
  times: number
): Promise<void> {
  await page.mouse.move(x, y)
  for (let i = 0; i < times; i++) {
    await page.mouse.wheel(0, deltaY)
    await page.waitForTimeout(120)
  }
}

async function runScenario(browser: Browser, url: string, n: number): Promise<ScenarioResult> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  // tsx compiles the page-side callbacks with esbuild's keepNames, which calls a `__name` helper
  // that only exists in Node: give the page a no-op one.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
  // EVENTS_BENCH_DEBUG=dir keeps each trace (with the devtools categories, so it opens in the
  // Performance panel with call stacks; tracing then costs more) and a screenshot per phase.
  const categories = ['toplevel', 'blink.user_timing']
  if (DEBUG_DIR) categories.push('devtools.timeline', 'disabled-by-default-devtools.timeline')
  await browser.startTracing(page, { categories })
  await page.goto(`${url}#n=${n}&seed=${SEED}`)
  await page.waitForFunction(() => Boolean(window.__bench))
  await page.waitForTimeout(500)
  const facts: Record<string, string> = {}
  const results = {} as Record<PhaseName, { longTasks: LongTask[] }>

  results['mount'] = await phase(page, 'mount', async () => {
    const t0 = await page.evaluate(() => {
      const t = performance.now()
      window.__bench.mount()
      return t
    })
    await page.waitForFunction(
      () =>
        document.querySelector('.ev-vis .vis-item') !== null &&
        document.querySelector('.ac-canvas canvas') !== null &&
        document.querySelector('.ac-status') === null &&
        /\d+ actors?, \d+ links?/.test(
          document.querySelector('.ac-chart [role="status"]')?.textContent ?? ''
        )
    )
    const t1 = await page.evaluate(() => performance.now())
    facts['chart fully drawn after'] = `${Math.round(t1 - t0)} ms`
    await page.waitForTimeout(1000)
  })
  facts['timeline'] = (await page.locator('.ev-timeline [role="status"]').textContent()) ?? ''
  facts['chart'] = (await page.locator('.ac-chart [role="status"]').textContent()) ?? ''
  facts['chart layout'] =
    (await page.locator('.ac-canvas-wrap').getAttribute('data-layout')) ?? 'none'

  // Timeline: zoom in over the densest cluster until single events show, drag, zoom out and in.
  const panel = await box(page, '.ev-vis .vis-panel.vis-center')
  const ty = panel.y + panel.h / 2
  const densest = async (): Promise<number> =>
    (await page.evaluate(() => {
      let best = { count: -1, x: 0 }
      for (const el of document.querySelectorAll('.ev-vis .vis-item.vis-cluster')) {
        const count = Number(el.textContent?.trim() ?? '0')
        const r = el.getBoundingClientRect()
        if (count > best.count) best = { count, x: r.left + r.width / 2 }
      }
      return best.count > 0 ? best.x : null
    })) ?? panel.x + panel.w / 2
  const singles = async (): Promise<number> =>
    page.evaluate(() => {
      const centre = document
        .querySelector('.ev-vis .vis-panel.vis-center')
        ?.getBoundingClientRect()
      if (!centre) return 0
      let n = 0
      for (const el of document.querySelectorAll(
        '.ev-vis .vis-item:not(.vis-cluster) .vis-item-content'
      )) {
        const r = el.getBoundingClientRect()
        if (r.width > 0 && r.left >= centre.left && r.left + 20 <= centre.right) n++
      }
      return n
    })
  results['timeline zoom'] = await phase(page, 'timeline zoom', async () => {
    for (let round = 0; round < 10 && (await singles()) < 5; round++)
      await wheel(page, await densest(), ty, -NOTCH, 8)
    for (const dx of [-150, 150, -150, 150]) await drag(page, panel.x + panel.w / 2, ty, dx, 0)
    await wheel(page, panel.x + panel.w / 2, ty, NOTCH, 6)
    // Back in, until single events show again for the clicks.
    for (let round = 0; round < 10 && (await singles()) < 5; round++)
      await wheel(page, await densest(), ty, -NOTCH, 6)
  })
  facts['timeline axis when clicking'] = await page.evaluate(() =>
    [...document.querySelectorAll('.ev-vis .vis-time-axis .vis-text')]
      .map((el) => el.textContent ?? '')
      .filter(Boolean)
      .join(' ')
  )

  results['timeline click'] = await phase(page, 'timeline click', async () => {
    const targets = await page.evaluate(() => {
      const centre = document
        .querySelector('.ev-vis .vis-panel.vis-center')
        ?.getBoundingClientRect()
      if (!centre) return { items: [], cluster: null }
      // The item's left end (where its dot and text start) must be on screen; its label may run on.
      const inside = (r: PageRect): boolean =>
        r.width > 0 &&
        r.left >= centre.left &&
        r.left + 20 <= centre.right &&
        r.top >= centre.top &&
        r.bottom <= centre.bottom
      const items = [
        ...document.querySelectorAll(
          '.ev-vis .vis-item.vis-point:not(.vis-cluster), .ev-vis .vis-item.vis-range:not(.vis-cluster)'
        )
      ]
        .map((el) => el.querySelector('.vis-item-content')?.getBoundingClientRect() ?? null)
        .filter((r): r is PageRect => r !== null && inside(r))
        .map((r) => ({ x: r.left + Math.min(r.width / 2, 10), y: r.top + r.height / 2 }))
      const clusters = [...document.querySelectorAll('.ev-vis .vis-item.vis-cluster')]
        .map((el) => el.getBoundingClientRect())
        .filter(inside)
      const c = clusters[0]
      return {
        items: items.slice(0, 5),
        cluster: c ? { x: c.left + c.width / 2, y: c.top + c.height / 2 } : null
      }
    })
    const before = await page.evaluate(() => window.__bench.selected.length)
    for (const p of targets.items) {
      await page.mouse.click(p.x, p.y)
      await page.waitForTimeout(250)
    }
    const after = await page.evaluate(() => window.__bench.selected.length)
    facts['timeline clicks that selected an event'] = `${after - before}/${targets.items.length}`
    if (targets.cluster) {
      await page.mouse.dblclick(targets.cluster.x, targets.cluster.y)
      facts['cluster double-clicked'] = 'yes'
    } else facts['cluster double-clicked'] = 'none on screen'
  })

  // Chart: zoom, drag on empty canvas, zoom out.
  const canvas = await box(page, '.ac-canvas')
  const cx = canvas.x + canvas.w / 2
  const cy = canvas.y + canvas.h / 2
  const free = async (): Promise<{ x: number; y: number }[]> =>
    page.evaluate(
      ([w, h]) => {
        const el = document.querySelector('.ac-canvas')
        const graph = el?._cyreg?.cy
        if (!el || !graph) return []
        const r = el.getBoundingClientRect()
        const nodes = graph.nodes().map((n) => ({ p: n.renderedPosition(), r: n.renderedWidth() }))
        const out: { x: number; y: number }[] = []
        for (let gy = 0.2; gy < 0.85 && out.length < 3; gy += 0.1)
          for (let gx = 0.15; gx < 0.85 && out.length < 3; gx += 0.05) {
            const x = gx * w
            const y = gy * h
            if (nodes.every((n) => Math.hypot(n.p.x - x, n.p.y - y) > n.r + 12))
              out.push({ x: r.left + x, y: r.top + y })
          }
        return out
      },
      [canvas.w, canvas.h] as const
    )
  results['chart zoom'] = await phase(page, 'chart zoom', async () => {
    await wheel(page, cx, cy, -NOTCH, 15)
    for (const [i, p] of (await free()).entries())
      await drag(page, p.x, p.y, i % 2 === 0 ? -120 : 120, 60)
    await wheel(page, cx, cy, NOTCH, 9)
  })

  results['chart click'] = await phase(page, 'chart click', async () => {
    const targets = await page.evaluate(() => {
      const el = document.querySelector('.ac-canvas')
      const graph = el?._cyreg?.cy
      if (!el || !graph) return { edges: [], node: null }
      const r = el.getBoundingClientRect()
      const nodes = graph.nodes().map((n) => ({ p: n.renderedPosition(), r: n.renderedWidth() }))
      // The longest edges on screen whose middle is clear of any actor.
      const edges = graph
        .edges()
        .map((e) => {
          const a = e.source().renderedPosition()
          const b = e.target().renderedPosition()
          return { mid: e.renderedMidpoint(), length: Math.hypot(a.x - b.x, a.y - b.y) }
        })
        .filter(
          ({ mid: p }) =>
            p.x > 20 &&
            p.y > 20 &&
            p.x < r.width - 20 &&
            p.y < r.height - 20 &&
            nodes.every((n) => Math.hypot(n.p.x - p.x, n.p.y - p.y) > n.r / 2 + 8)
        )
        .sort((a, b) => b.length - a.length)
        .slice(0, 5)
        .map(({ mid: p }) => ({ x: r.left + p.x, y: r.top + p.y }))
      const node = nodes.find(
        (n) => n.p.x > 20 && n.p.y > 20 && n.p.x < r.width - 20 && n.p.y < r.height - 20
      )
      return { edges, node: node ? { x: r.left + node.p.x, y: r.top + node.p.y } : null }
    })
    const before = await page.evaluate(() => window.__bench.edgeSelections.length)
    for (const p of targets.edges) {
      await page.mouse.click(p.x, p.y)
      await page.waitForTimeout(250)
    }
    const after = await page.evaluate(() => window.__bench.edgeSelections.length)
    facts['edge clicks that listed events'] = `${after - before}/${targets.edges.length}`
    if (targets.node) await page.mouse.click(targets.node.x, targets.node.y)
  })

  results['lists'] = await phase(page, 'lists', async () => {
    for (const root of ['.ev-timeline', '.ac-chart']) {
      await page.locator(`${root} button[aria-controls]`).click()
      await page.waitForTimeout(400)
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('ArrowDown')
        await page.waitForTimeout(60)
      }
      const focused = await page.evaluate(
        () => document.activeElement?.textContent?.slice(0, 60) ?? ''
      )
      facts[`${root === '.ev-timeline' ? 'timeline' : 'chart'} list, focus after 5 × ↓`] = focused
      await page.keyboard.press('Escape')
      await page.waitForTimeout(200)
    }
  })

  results['theme'] = await phase(page, 'theme', async () => {
    for (const theme of ['dark', 'light'] as const) {
      await page.evaluate((t) => window.__bench.theme(t), theme)
      await page.waitForTimeout(500)
    }
  })

  results['table'] = await phase(page, 'table', async () => {
    await page.evaluate(() => window.__bench.mountTable())
    const table = page.locator('.harness-table')
    await table.locator('[role="row"][data-event-id]').first().waitFor()
    await page.waitForTimeout(500)
    for (const header of ['Fatalities', 'Fatalities', 'Country']) {
      await table.getByRole('button', { name: header }).click()
      await page.waitForTimeout(250)
    }
    const filter = table.getByRole('searchbox', { name: 'Filter events' })
    await filter.pressSequentially('Sudan', { delay: 120 })
    await page.waitForTimeout(250)
    facts['table rows shown for "Sudan"'] =
      (await table.locator('.event-table-tools .muted').textContent()) ?? ''
    await filter.press('Control+a')
    await filter.press('Backspace')
    await page.waitForTimeout(250)
    const body = await box(page, '.harness-table .grid-body')
    await wheel(page, body.x + body.w / 2, body.y + body.h / 2, NOTCH, 15)
    await table.locator('[role="row"][data-event-id] .cell-fatalities').first().dblclick()
    const cell = table.getByRole('spinbutton', { name: 'Fatalities' })
    await cell.fill('7')
    await cell.press('Enter')
    await page.waitForTimeout(250)
    facts['table inline edits saved'] = String(await page.evaluate(() => window.__bench.edits))
  })

  const buffer = await browser.stopTracing()
  if (DEBUG_DIR) writeFileSync(join(DEBUG_DIR, `trace-${n}-${Date.now()}.json`), buffer)
  const trace = JSON.parse(buffer.toString('utf-8')) as { traceEvents: TraceEvent[] } | TraceEvent[]
  const traced = longestPerPhase(Array.isArray(trace) ? trace : trace.traceEvents)
  if (errors.length > 0) facts['page errors'] = errors.join(' | ')
  await page.close()
  const phases = {} as Record<PhaseName, PhaseResult>
  for (const name of PHASES)
    phases[name] = {
      longTasks: results[name].longTasks,
      longestTraced: traced[name]?.wall ?? null,
      longestCpu: traced[name]?.cpu ?? null
    }
  return { n, phases, facts }
}

interface TraceEvent {
  name: string
  cat?: string
  ph?: string
  ts: number
  dur?: number
  /** Thread time: what the thread itself ran, without the time the OS gave others. */
  tdur?: number
  pid?: number
  tid?: number
}

/**
 * Per phase, between its marks, on the page's main thread: the longest top-level task (wall
 * time) and the most CPU time one task took (thread time), in ms. On a shared machine the two
 * differ by the time the OS gave other processes in the middle of a task.
 */
function longestPerPhase(
  events: TraceEvent[]
): Partial<Record<PhaseName, { wall: number; cpu: number | null }>> {
  // Only our own marks: the category also carries navigation timing from other processes.
  const marks = events.filter(
    (e) => (e.cat ?? '').includes('blink.user_timing') && e.name.startsWith('bench:')
  )
  const first = marks[0]
  if (!first) return {}
  const tasks = events
    .filter(
      (e) =>
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ph === 'X' &&
        e.pid === first.pid &&
        e.tid === first.tid
    )
    .sort((a, b) => a.ts - b.ts)
  const top: TraceEvent[] = []
  let end = -Infinity
  for (const t of tasks) {
    if (t.ts >= end) {
      top.push(t)
      end = t.ts + (t.dur ?? 0)
    }
  }
  const at = (name: string): number | undefined => marks.find((m) => m.name === name)?.ts
  const out: Partial<Record<PhaseName, { wall: number; cpu: number | null }>> = {}
  for (const name of PHASES) {
    const a = at(`bench:${name}:start`)
    const b = at(`bench:${name}:end`)
    if (a === undefined || b === undefined) continue
    const inside = top.filter((t) => t.ts >= a && t.ts < b)
    if (inside.length === 0) continue
    const cpu = inside.filter((t) => t.tdur !== undefined).map((t) => (t.tdur ?? 0) / 1000)
    out[name] = {
      wall: Math.max(...inside.map((t) => (t.dur ?? 0) / 1000)),
      cpu: cpu.length > 0 ? Math.max(...cpu) : null
    }
  }
  return out
}

// ---- run ----
const chromiumPath = findChromium().path
if (!chromiumPath) {
  console.error(
    'No Chromium found: install it (apt-get install chromium) or set WORKBENCH_CHROMIUM.'
  )
  process.exit(2)
}
const outDir = mkdtempSync(join(tmpdir(), 'events-bench-'))
/** Every run of every size, by size, in run order. */
const runs = new Map<number, ScenarioResult[]>(SIZES.map((n) => [n, []]))
const loadBefore = loadavg()
try {
  await buildHarness(outDir)
  const server = await serveRenderer({ root: outDir, port: 0 })
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: QUIET_CHROMIUM_FLAGS
  })
  try {
    // Sizes alternate within each round, so that whatever else the machine is doing weighs on
    // the baseline and on the target alike.
    for (let round = 0; round < RUNS; round++)
      for (const n of SIZES) runs.get(n)?.push(await runScenario(browser, server.url, n))
  } finally {
    await browser.close()
    await server.close()
  }
} finally {
  rmSync(outDir, { recursive: true, force: true })
}
const loadAfter = loadavg()

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}
const fmt = (n: number): string => n.toLocaleString('en')
const targetN = SIZES[SIZES.length - 1] ?? 0
const baselineN = SIZES.length > 1 ? SIZES[0] : undefined
const col = (n: number): string =>
  n === baselineN ? `${fmt(n)} events (baseline)` : `${fmt(n)} events`
const perRun = (values: string[]): string => (values.length > 1 ? ` (${values.join(', ')})` : '')

interface Row {
  cells: string[]
  pass: boolean | null
}
const rows: Row[] = []
for (const name of PHASES) {
  const counts = (n: number): number[] =>
    (runs.get(n) ?? []).map((r) => r.phases[name].longTasks.length)
  /** Per run: the longest task, or null when the trace of that run had none for the phase. */
  const longest = (n: number): (number | null)[] =>
    (runs.get(n) ?? []).map((r) => {
      const observed = r.phases[name].longTasks.map((t) => t.duration)
      const traced = r.phases[name].longestTraced
      return traced === null && observed.length === 0 ? null : Math.max(traced ?? 0, ...observed)
    })
  const known = (values: (number | null)[]): number[] =>
    values.filter((v): v is number => v !== null)
  rows.push({
    cells: [
      name,
      `tasks > ${LONG_TASK_MS} ms`,
      ...SIZES.map((n) => `${median(counts(n))}${perRun(counts(n).map(String))}`),
      INFO_ONLY.has(name) ? 'info' : '0'
    ],
    pass: INFO_ONLY.has(name) ? null : median(counts(targetN)) === 0
  })
  rows.push({
    cells: [
      name,
      'longest task',
      ...SIZES.map((n) => {
        const values = longest(n)
        const m = known(values).length > 0 ? `${Math.round(median(known(values)))} ms` : '?'
        return `${m}${perRun(values.map((v) => (v === null ? '?' : String(Math.round(v)))))}`
      }),
      ''
    ],
    pass: null
  })
  rows.push({
    cells: [
      name,
      'most CPU in a task',
      ...SIZES.map((n) => {
        const values = (runs.get(n) ?? []).map((r) => r.phases[name].longestCpu)
        const m = known(values).length > 0 ? `${Math.round(median(known(values)))} ms` : '?'
        return `${m}${perRun(values.map((v) => (v === null ? '?' : String(Math.round(v)))))}`
      }),
      'info'
    ],
    pass: null
  })
}
const header = ['phase', 'metric', ...SIZES.map(col), `target (${fmt(targetN)})`, 'pass']
const cells = (r: Row): string[] => [...r.cells, r.pass === null ? '' : r.pass ? 'yes' : 'NO']
const widths = header.map((h, i) =>
  Math.max(h.length, ...rows.map((r) => (cells(r)[i] ?? '').length))
)
const line = (values: string[]): string =>
  `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`
const table = [
  line(header),
  line(widths.map((w) => '-'.repeat(w))),
  ...rows.map((r) => line(cells(r)))
]

const factKeys = [...new Set([...runs.values()].flat().flatMap((r) => Object.keys(r.facts)))]
const factLines = factKeys.map((k) => {
  const bySize = SIZES.map((n) => {
    const values = [...new Set((runs.get(n) ?? []).map((r) => r.facts[k] ?? '–'))]
    return `${fmt(n)} → ${values.join(' / ')}`
  })
  return `- ${k}: ${bySize.join('; ')}`
})
const failed = rows.filter((r) => r.pass === false)
const verdict =
  failed.length > 0
    ? `MISSED ${failed.length} target(s): ${failed.map((r) => r.cells[0]).join('; ')}`
    : 'All targets met.'
const load = (l: number[]): string => l.map((v) => v.toFixed(2)).join(' ')
const report = [
  '# Events views benchmark',
  '',
  `Run ${new Date().toISOString()}; Chromium ${chromiumPath}; ${cpus().length} CPUs, load`,
  `average ${load(loadBefore)} before and ${load(loadAfter)} after; seed ${SEED}; ${RUNS} runs per size.`,
  `Harness: EventTimeline and ActorChart in a 560 px column, EventTable below them for its own phase; not the whole app.`,
  baselineN
    ? `Baseline: the same components with ${fmt(baselineN)} events, in the same run (sizes alternate).`
    : 'No baseline (one size only).',
  `Each cell: the median over the runs, then each run's value in brackets. Longest task: from a`,
  `Chromium trace of the same run (so tasks under 50 ms show too), or the PerformanceObserver's`,
  `entry if longer. Most CPU in a task: the main thread's own time (trace thread time) in its`,
  `costliest task, without what the OS gave other processes meanwhile (information only).`,
  `Pass: no task over 50 ms in the median run of the largest size.`,
  '',
  ...table,
  '',
  ...factLines,
  '',
  verdict,
  ''
].join('\n')
console.log(report)
writeFileSync(join(here, 'last-run.md'), report)
if (failed.length > 0) process.exitCode = 1
