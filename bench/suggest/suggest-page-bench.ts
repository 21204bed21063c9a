// "The page never blocked for more than 50 ms" while suggesting: the built renderer in Chromium,
// a 10,000-word article pasted through the UI, "Suggest events" clicked, and every main-thread
// task over 50 ms recorded while the suggester (in its Web Worker) works and the review dialog
// opens. Baseline in the same run, in the same page: the same suggester (src/core/suggest,
// bundled as a classic script) called on the page thread.
//
// Run: npx electron-vite build && npx tsx bench/suggest/suggest-page-bench.ts   (part of npm run
// bench; exits 1 if a target is missed; writes bench/suggest/page-last-run.md with load averages)
// Knobs: SUGGEST_PAGE_RUNS (clicks after the first, default 3).
//
// How: out/renderer is copied to a temporary folder (so a rebuild during the run cannot change
// it) with suggest-on-page.js added beside it, served by scripts/serve-renderer.mjs (the app's
// Content-Security-Policy) and opened in the system Chromium with the e2e suite's quiet flags,
// a fresh profile, viewport 1440x900. in-page.js, injected before the app's scripts, records
// 'longtask' entries (PerformanceObserver, buffered) and when the suggestion worker was created
// and said it was ready. The article (build-article.ts, the same as suggest-bench.ts) is pasted
// with Ctrl+Shift+V into "Paste as new article" and given its publication date in "Edit
// details…", as a person would. Then, per click: the time from the click to the first proposal
// shown (first click: the worker starts, builds the gazetteer and warms the suggester up), and
// the long tasks from the click until 500 ms after the proposals are shown, split into those
// that started before the worker's answer arrived (the page waiting for the worker) and from it
// on (the page handling the answer and rendering the review dialog's proposals). "Done" closes the dialog between clicks.
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import { buildArticle } from './build-article'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const RUNS = Math.max(1, Number(process.env['SUGGEST_PAGE_RUNS'] ?? 3))
const WORDS = 10_000
const PUBLISHED = '2022-09-05'
const TITLE = 'Suggestion bench article'
const LONG_TASK_MS = 50
const SETTLE_MS = 500

interface LongTask {
  start: number
  duration: number
}
interface WorkerRecord {
  url: string
  created: number
  ready: number | null
  readyMs: number | null
  messages: number[]
  /** ms to read each message's data (deserialising it), in the order of `messages`. */
  reads: number[]
}
interface Probe {
  state: { longTasks: LongTask[]; workers: WorkerRecord[]; longTaskUnsupported?: boolean }
  now(): number
  longTasksBetween(a: number, b: number): LongTask[]
  onPage(
    text: string,
    publishedAt: string
  ): Promise<{ start: number; ms: number; events: number; end: number }>
}
declare const window: { __suggestProbe: Probe }

interface Run {
  /** Click to the first proposal shown, ms. */
  shownMs: number
  /** ms the page spent deserialising the worker's answer. */
  readMs: number
  proposals: number
  waiting: LongTask[]
  rendering: LongTask[]
}

const load = (): string =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')
const longest = (tasks: LongTask[]): number => Math.max(0, ...tasks.map((t) => t.duration))
/** Their number and the longest, with when it started (ms after the click, for ours). */
const showTasks = (tasks: LongTask[], at = true): string => {
  const top = [...tasks].sort((a, b) => b.duration - a.duration)[0]
  if (!top) return 'none'
  return `${tasks.length}, longest ${top.duration.toFixed(0)} ms${at ? ` (at +${top.start.toFixed(0)} ms)` : ''}`
}
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2
}

async function pasteArticle(page: Page, text: string): Promise<void> {
  await page.getByTestId('article-body').click()
  await page.keyboard.press('Control+Shift+V')
  const paste = page.getByRole('dialog', { name: 'Paste as new article' })
  await paste.getByLabel('Title').fill(TITLE)
  await paste.getByLabel('Article text').fill(text)
  await paste.getByRole('button', { name: 'Add to library' }).click()
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Edit details…' }).click()
  const details = page.getByRole('dialog', { name: 'Article details' })
  await details.getByLabel('Publication date').fill(PUBLISHED)
  await details.getByRole('button', { name: 'Save' }).click()
  await details.waitFor({ state: 'hidden' })
}

async function suggestOnce(page: Page): Promise<Run> {
  const review = page.getByRole('dialog', { name: 'Suggested events' })
  const proposals = review.getByRole('list', { name: 'Proposed events' }).getByRole('listitem')
  // Let whatever the last step left behind finish before the clock starts.
  await page.waitForTimeout(SETTLE_MS)
  const start = await page.evaluate(() => window.__suggestProbe.now())
  await page.getByRole('button', { name: 'Suggest events' }).click()
  await proposals.first().waitFor({ timeout: 120_000 })
  const shown = await page.evaluate(() => window.__suggestProbe.now())
  await page.waitForTimeout(SETTLE_MS)
  const end = await page.evaluate(() => window.__suggestProbe.now())
  const count = await proposals.count()
  // The worker's answer: its last message before the proposals were shown.
  const [answered, readMs] = await page.evaluate(
    ([a, b]) => {
      let last: [number, number] = [a, 0]
      for (const w of window.__suggestProbe.state.workers)
        w.messages.forEach((t, i) => {
          if (t >= a && t <= b && t >= last[0]) last = [t, w.reads[i] ?? 0]
        })
      return last
    },
    [start, shown] as const
  )
  const tasks = await page.evaluate(([a, b]) => window.__suggestProbe.longTasksBetween(a, b), [
    start,
    end
  ] as const)
  await review.getByRole('button', { name: 'Done' }).click()
  await review.waitFor({ state: 'hidden' })
  return {
    shownMs: shown - start,
    readMs,
    proposals: count,
    // Task starts from here on count from the click.
    waiting: tasks.filter((t) => t.start < answered).map((t) => ({ ...t, start: t.start - start })),
    rendering: tasks
      .filter((t) => t.start >= answered)
      .map((t) => ({ ...t, start: t.start - start }))
  }
}

async function main(): Promise<void> {
  const found = findChromium()
  if (!found.path)
    throw new Error(
      'No Chromium found: install it (apt-get install chromium) or set WORKBENCH_CHROMIUM.'
    )
  const text = buildArticle(new URL('../../', import.meta.url), WORDS)
  const words = text.split(/\s+/).filter(Boolean).length
  const loadBefore = load()
  const work = mkdtempSync(join(tmpdir(), 'suggest-page-bench-'))
  const renderer = join(work, 'renderer')
  try {
    cpSync(join(ROOT, 'out', 'renderer'), renderer, { recursive: true })
  } catch {
    rmSync(work, { recursive: true, force: true })
    throw new Error(
      'There is no built renderer in out/renderer: run "npx electron-vite build" first.'
    )
  }
  await build({
    entryPoints: [join(ROOT, 'src', 'core', 'suggest', 'index.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: '__suggestOnPage',
    minify: true,
    outfile: join(renderer, 'suggest-on-page.js'),
    loader: { '.json': 'json' },
    logLevel: 'error'
  })
  const server = await serveRenderer({ root: renderer, port: 0 })
  let context: BrowserContext | undefined
  try {
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: found.path,
      args: QUIET_CHROMIUM_FLAGS,
      viewport: { width: 1440, height: 900 }
    })
    await context.addInitScript({ path: join(HERE, 'in-page.js') })
    const page = context.pages()[0] ?? (await context.newPage())
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 60_000 })
    if (await page.evaluate(() => window.__suggestProbe.state.longTaskUnsupported === true))
      throw new Error("This Chromium does not report 'longtask' entries.")
    await pasteArticle(page, text)

    const runs: Run[] = []
    for (let i = 0; i <= RUNS; i++) runs.push(await suggestOnce(page))
    const workers = await page.evaluate(() => window.__suggestProbe.state.workers)
    const engine = workers.find((w) => /engine/.test(w.url))

    // The baseline: the same suggester on the page thread, a cold call then RUNS warm ones.
    const onPage: { ms: number; events: number; tasks: LongTask[] }[] = []
    for (let i = 0; i <= RUNS; i++) {
      const r = await page.evaluate(([t, p]) => window.__suggestProbe.onPage(t, p), [
        text,
        PUBLISHED
      ] as const)
      const tasks = await page.evaluate(([a, b]) => window.__suggestProbe.longTasksBetween(a, b), [
        r.start - 1,
        r.end
      ] as const)
      onPage.push({ ms: r.ms, events: r.events, tasks })
    }
    const loadAfter = load()
    if (errors.length) throw new Error(`The page reported errors: ${errors.join('; ')}`)

    const [first, ...later] = runs as [Run, ...Run[]]
    const [pageFirst, ...pageLater] = onPage as [(typeof onPage)[number], ...typeof onPage]
    const allTasks = runs.flatMap((r) => [...r.waiting, ...r.rendering])
    const waitingTasks = runs.flatMap((r) => r.waiting)
    const renderingTasks = runs.flatMap((r) => r.rendering)
    const ok = longest(allTasks) <= LONG_TASK_MS
    const fmt = (ms: number): string => ms.toFixed(0)
    const readyText = engine
      ? engine.ready === null
        ? 'never reported ready'
        : `${fmt(engine.ready - engine.created)} ms from its creation to its 'ready' message (${engine.readyMs ?? '?'} ms of that building the gazetteer, as the worker reports it)`
      : 'no suggestion worker was created'
    const report = [
      '# Suggesting in the page: long tasks (suggest-page-bench.ts)',
      '',
      `Run ${new Date().toISOString()}; ${words} words (${text.length} chars) pasted as an article; ${RUNS + 1} clicks of "Suggest events"; ${found.path}; ${cpus().length} CPUs, load average ${loadBefore} before and ${loadAfter} after.`,
      '',
      '| approach | first call: ms / long tasks | later calls: median ms / long tasks | proposals |',
      '|---|---|---|---|',
      `| ours: worker (click → first proposal shown; long tasks while waiting + from the answer on) | ${fmt(first.shownMs)} / ${showTasks(first.waiting)} + ${showTasks(first.rendering)} | ${fmt(median(later.map((r) => r.shownMs)))} (${later.map((r) => fmt(r.shownMs)).join(', ')}) / ${showTasks(later.flatMap((r) => r.waiting))} + ${showTasks(later.flatMap((r) => r.rendering))} | ${first.proposals} |`,
      `| baseline: the same suggester on the page thread (one call) | ${fmt(pageFirst.ms)} / ${showTasks(pageFirst.tasks, false)} | ${fmt(median(pageLater.map((r) => r.ms)))} (${pageLater.map((r) => fmt(r.ms)).join(', ')}) / ${showTasks(
        pageLater.flatMap((r) => r.tasks),
        false
      )} | ${pageFirst.events} events |`,
      '',
      `Suggestion worker: ${readyText}. Deserialising its answer on the page took ${runs.map((r) => fmt(r.readMs)).join(', ')} ms (per click; part of the task that handles the answer).`,
      '',
      `Longest main-thread task while suggesting through the worker: ${fmt(longest(allTasks))} ms (waiting for the worker: ${fmt(longest(waitingTasks))} ms; handling its answer and rendering the proposals: ${fmt(longest(renderingTasks))} ms); on the page thread: ${fmt(longest(onPage.flatMap((r) => r.tasks)))} ms.`,
      `Target: no task over ${LONG_TASK_MS} ms while suggesting through the worker: ${ok ? 'met' : 'MISSED'}.`,
      ''
    ].join('\n')
    console.log(`\n${report}`)
    writeFileSync(join(HERE, 'page-last-run.md'), report)
    if (!ok) process.exitCode = 1
  } finally {
    await context?.close().catch(() => undefined)
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
}

await main()
