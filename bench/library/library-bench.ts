// Library at scale (issue 16): 10,000 articles, 100,000 annotations, 20,000 events in browser
// mode (the built renderer in system Chromium), ours beside the baseline, the app at
// BASELINE_REV built from git history, in the same run on the same data.
//
// Run: npx electron-vite build && npx tsx bench/library/library-bench.ts  (exits 1 if a target
// is missed). Writes bench/library/last-run.md. Port: WORKBENCH_BENCH_PORT or 4795 (IndexedDB
// belongs to an origin, so both builds are served on the same one).
//
// Data: bench/library/generate-library.ts, written with raw IndexedDB into the baseline's
// database (version 4) after its first start, plus 5 automatic snapshots of a 20,000-record
// workbench (bench/backup's generator, about 21 MB each) in the origin's private file system.
// The profile is then copied, so ours opens the same database and upgrades it (versions 5 and 6, the
// summaries built): that first start is reported on its own.
// - Start to usable: navigation → the library's first item, the open article's heading and its
//   first annotation card on screen (polled every frame); median of 2 reloads; the longest task
//   on the way. A step the page does not answer within 90 s (a start: 360 s) is reported so,
//   and the page is reloaded for the next step (if even that gets no answer, the rest is not
//   measured).
// - Comment keystroke: "Comment" on the open article's first card, then 30 keys, each awaited;
//   Event Timing duration (key event → next paint, entries only from 16 ms: keys without one
//   count as under 16 ms) p50/p95, and the longest task while typing (and 1 s after). Beside
//   them, the floor: the same keys into a bare contenteditable with no script, in the same
//   Chromium and run (a key's duration includes waiting for the next frame, even there).
// - Library scroll: 40 wheel turns of 600 px over the library, a frame apart; longest task.
// - Library filter: "checkpoint 77" typed into the filter key by key (ours; the baseline has no
//   filter); longest task, and the time until the list shows its matches.
// - Typing and the snapshot list get 270 s rather than 90.
// Knobs: LIBRARY_BENCH_ONLY=typing (the starts and the comment keystrokes only),
// LIBRARY_BENCH_ONLY=snapshots (the starts and the snapshot list only; written to
// snapshots-last-run.md),
// LIBRARY_BENCH_BASELINE=<rev> (another baseline, e.g. main before a change: a baseline with the
// summaries table gets them seeded as its upgrade would have built them).
// - Snapshot list: About › Restore from a snapshot…: time until every snapshot shows what it
//   holds, and the longest task meanwhile; opened twice (the second time ours knows the counts).
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createBackup, serializeBackup } from '@core/backup'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import { generateWorkbench } from '../backup/generate-workbench'
import { rendererFromGit } from '../support/renderer-from-git'
import { LIBRARY_SCALE, articleTitle } from './generate-library'
import { frames, seedLibrary } from './seed-library'

/** Main at the start of the library work: the library read every article with its text. */
const BASELINE_REV = process.env['LIBRARY_BENCH_BASELINE'] ?? 'c635f56'
/** LIBRARY_BENCH_ONLY=typing: the starts and the comment keystrokes, nothing after them. */
const ONLY_TYPING = process.env['LIBRARY_BENCH_ONLY'] === 'typing'
/** LIBRARY_BENCH_ONLY=snapshots: the starts and the snapshot list, nothing after them. */
const ONLY_SNAPSHOTS = process.env['LIBRARY_BENCH_ONLY'] === 'snapshots'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const PORT = Number(process.env.WORKBENCH_BENCH_PORT ?? 4795)
const START_RUNS = 2
const KEYS = 30
const WHEELS = 40
const FILTER = 'checkpoint 77'
/** How many articles the filter leaves (every title has "checkpoint"; those with 77 in them). */
const FILTER_MATCHES = Array.from({ length: LIBRARY_SCALE.articles }, (_, i) =>
  articleTitle(i)
).filter((t) => t.includes('77')).length
const SNAPSHOTS = 5
const TARGETS = { startMs: 2000, keyP95Ms: 16, taskMs: 50 }

type Name = 'baseline' | 'ours'

// Installed before the app's scripts: every long task of the page, for the windows measured.
const LONG_TASKS = `
  globalThis.__name = (f) => f;
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`

const longestSince = (page: Page, since: number): Promise<number> =>
  page.evaluate(
    (t) =>
      Math.max(
        0,
        ...(window as unknown as { __longTasks: [number, number][] }).__longTasks
          .filter(([start, d]) => start + d >= t)
          .map(([, d]) => d)
      ),
    since
  )
const now = (page: Page): Promise<number> => page.evaluate(() => performance.now())
async function seed(page: Page): Promise<void> {
  await seedLibrary(page)

  // The snapshots are for the snapshot list, a step LIBRARY_BENCH_ONLY=typing leaves out.
  if (ONLY_TYPING) return
  const tables = generateWorkbench(20_000)
  const text = serializeBackup(
    createBackup(tables, {
      now: '2026-12-01T00:00:00.000Z',
      appVersion: 'bench',
      databaseVersion: 4
    })
  )
  await page.evaluate(
    async ({ text, n }) => {
      const root = await navigator.storage.getDirectory()
      const dir = await root.getDirectoryHandle('snapshots', { create: true })
      for (let i = 0; i < n; i++) {
        const file = await dir.getFileHandle(`snapshot-2026120${i + 1}-090000-000.json`, {
          create: true
        })
        const w = await file.createWritable()
        await w.write(text)
        await w.close()
      }
    },
    { text, n: SNAPSHOTS }
  )
  console.log(`seeded ${SNAPSHOTS} snapshots of ${(text.length / 1e6).toFixed(1)} MB`)
}

interface Start {
  ms: number
  longest: number
}

/** Navigates and waits until the library, the open article and its cards are on screen. */
async function start(page: Page, url: string): Promise<Start> {
  await page.goto(url)
  const ms = await page.waitForFunction(
    (title) => {
      const ready =
        document.querySelector('.library-item') &&
        document.querySelector('h1')?.textContent === title &&
        document.querySelector('.annotation-card')
      return ready ? performance.now() : false
    },
    articleTitle(0),
    { polling: 'raf', timeout: 300_000 }
  )
  const t = (await ms.jsonValue()) as number
  return { ms: t, longest: await longestSince(page, 0) }
}

interface Typing {
  slow: number[]
  longest: number
}

async function typeComment(page: Page): Promise<Typing> {
  const first = page.locator('.annotation-card').first()
  await first.getByRole('button', { name: 'Comment', exact: true }).click()
  const box = first.getByRole('textbox', { name: 'Comment' })
  await box.waitFor()
  return typeKeys(page)
}

/**
 * The floor of the Event Timing figure in this Chromium: the same keys, typed the same way, into
 * a bare contenteditable with no script at all. A key's duration runs from the event to the next
 * paint, so even here it waits for the next frame.
 */
async function typeBare(context: BrowserContext): Promise<Typing> {
  const page = await context.newPage()
  try {
    await page.setContent(
      '<div contenteditable="true" role="textbox" aria-label="Bare" style="min-height:8em"></div>'
    )
    await page.evaluate(LONG_TASKS)
    await page.getByRole('textbox', { name: 'Bare' }).focus()
    return await typeKeys(page)
  } finally {
    await page.close()
  }
}

/** KEYS keys into the focused field, each awaited and two frames apart; the keys of 16 ms or more. */
async function typeKeys(page: Page): Promise<Typing> {
  await frames(page)
  await page.evaluate(() => {
    const w = window as unknown as { __slow: Map<number, number> }
    w.__slow = new Map()
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        if (!e.name.startsWith('key') || !e.interactionId) continue
        w.__slow.set(e.interactionId, Math.max(w.__slow.get(e.interactionId) ?? 0, e.duration))
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  })
  const t0 = await now(page)
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(i % 7 === 6 ? 'Space' : letters[i % letters.length]!)
    await frames(page)
  }
  // The autosave and the live queries it wakes land within this second.
  await page.waitForTimeout(1000)
  const slow = await page.evaluate(() => [
    ...(window as unknown as { __slow: Map<number, number> }).__slow.values()
  ])
  return { slow, longest: await longestSince(page, t0) }
}

async function scrollLibrary(page: Page): Promise<number> {
  const box = await page.locator('aside#library').boundingBox()
  if (!box) throw new Error('no library on screen')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const t0 = await now(page)
  for (let i = 0; i < WHEELS; i++) {
    await page.mouse.wheel(0, 600)
    await frames(page, 1)
  }
  await frames(page, 3)
  return longestSince(page, t0)
}

async function filterLibrary(page: Page): Promise<{ longest: number; ms: number } | null> {
  const filter = page.getByRole('searchbox', { name: 'Filter articles' })
  if ((await filter.count()) === 0) return null
  await filter.click()
  const t0 = await now(page)
  for (const ch of FILTER) await page.keyboard.press(ch === ' ' ? 'Space' : ch)
  const done = await page.waitForFunction(
    (n) =>
      document.querySelector('.library-filter-count')?.textContent?.startsWith(`${n} of`) &&
      performance.now(),
    FILTER_MATCHES.toLocaleString('en'),
    { polling: 'raf' }
  )
  const ms = ((await done.jsonValue()) as number) - t0
  await frames(page)
  return { longest: await longestSince(page, t0), ms }
}

async function snapshotList(page: Page): Promise<{ ms: number; longest: number }> {
  await page.getByRole('button', { name: 'About' }).click()
  await page
    .getByRole('dialog', { name: 'About Analyst Workbench' })
    .getByRole('button', { name: 'Restore from a snapshot…' })
    .click()
  const t0 = await now(page)
  const picker = page.getByRole('dialog', { name: 'Restore from a snapshot' })
  await picker.getByRole('listitem').first().waitFor()
  const done = await page.waitForFunction(
    (n) => {
      const counts = [...document.querySelectorAll('.snapshot-choice-counts')]
      return (
        // The app's own snapshots (of the sample, at its first start) are listed too.
        counts.length >= n && counts.every((c) => c.textContent !== 'reading…') && performance.now()
      )
    },
    SNAPSHOTS,
    { polling: 'raf', timeout: 300_000 }
  )
  const ms = ((await done.jsonValue()) as number) - t0
  const texts = await page.locator('.snapshot-choice-counts').allTextContents()
  if (texts.filter((t) => /^120 articles/.test(t)).length < SNAPSHOTS)
    throw new Error(`a snapshot was not counted: ${texts.join(' | ')}`)
  const longest = await longestSince(page, t0)
  await picker.getByRole('button', { name: 'Cancel' }).click()
  await picker.waitFor({ state: 'hidden' })
  return { ms, longest }
}

/** A step that got no answer from the page in this long is reported as such, not waited for. */
const STEP_TIMEOUT_MS = 90_000

interface Result {
  firstStart: Start | null
  starts: Start[]
  snapshots: ({ ms: number; longest: number } | null)[]
  typing: Typing | null
  scroll: number | null
  filter: { longest: number; ms: number } | null
  /** The step the page stopped answering in; the steps after it were not measured. */
  stuck: string | null
}

async function measure(name: Name, context: BrowserContext, url: string): Promise<Result> {
  const page = context.pages()[0] ?? (await context.newPage())
  page.setDefaultTimeout(STEP_TIMEOUT_MS)
  const result: Result = {
    firstStart: null,
    starts: [],
    snapshots: [],
    typing: null,
    scroll: null,
    filter: null,
    stuck: null
  }
  // Each step within STEP_TIMEOUT_MS (a start within 4 times that), or the build is stuck there.
  const step = async <T>(label: string, run: () => Promise<T>, limit = STEP_TIMEOUT_MS) => {
    if (result.stuck) return null
    let timer: NodeJS.Timeout | undefined
    try {
      const value = await Promise.race([
        run(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('no answer')), limit)
        })
      ])
      return value
    } catch (error) {
      console.log(
        `${name}: ${label}: ${error instanceof Error ? error.message.split('\n')[0] : error}`
      )
      // A fresh start for the next step; if even that gets no answer, the build is stuck.
      clearTimeout(timer)
      const restarted = await Promise.race([
        start(page, url).then(() => true),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), 4 * STEP_TIMEOUT_MS)
        })
      ]).catch(() => false)
      if (!restarted) result.stuck = label
      return null
    } finally {
      clearTimeout(timer)
    }
  }
  const startLimit = 4 * STEP_TIMEOUT_MS
  result.firstStart = await step('first start', () => start(page, url), startLimit)
  console.log(`${name}: first start ${result.firstStart?.ms.toFixed(0)} ms`)
  for (let i = 0; i < START_RUNS; i++) {
    const s = await step('start', () => start(page, url), startLimit)
    if (s) result.starts.push(s)
    console.log(`${name}: start ${s?.ms.toFixed(0)} ms`)
  }
  for (let i = 0; i < (ONLY_TYPING ? 0 : 2); i++)
    result.snapshots.push(
      await step('snapshot list', () => snapshotList(page), 3 * STEP_TIMEOUT_MS)
    )
  console.log(
    `${name}: snapshot list ${result.snapshots.map((s) => s?.ms.toFixed(0)).join(', ')} ms`
  )
  if (ONLY_SNAPSHOTS) return result
  result.typing = await step('typing a comment', () => typeComment(page), 3 * STEP_TIMEOUT_MS)
  console.log(
    `${name}: typing, ${result.typing?.slow.length} slow keys, longest ${result.typing?.longest}`
  )
  if (ONLY_TYPING) return result
  // A reload drops the snapshot the typing scheduled, so it cannot land in what follows.
  await step('start', () => start(page, url), startLimit)
  result.scroll = await step('library scroll', () => scrollLibrary(page))
  result.filter = await step('library filter', () => filterLibrary(page))
  console.log(`${name}: scroll ${result.scroll} ms, filter ${result.filter?.longest}`)
  return result
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN
}
const keyLatencies = (t: Typing): number[] => [
  ...t.slow,
  ...Array<number>(Math.max(0, KEYS - t.slow.length)).fill(0)
]
const ms = (t: number): string => `${Math.round(t).toLocaleString('en')} ms`
const keyMs = (t: number): string => (t < 16 ? '< 16 ms' : ms(t))
const task = (t: number): string => (t === 0 ? 'none over 50 ms' : ms(t))

async function main(): Promise<void> {
  const chromiumPath = findChromium().path
  if (!chromiumPath) throw new Error('No Chromium found (set WORKBENCH_CHROMIUM).')
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html')))
    throw new Error('No built renderer in out/renderer: run "npx electron-vite build" first.')
  const base = rendererFromGit(ROOT, BASELINE_REV)
  if ('missing' in base) throw new Error(`No baseline: ${base.missing}`)
  const loadAtStart = loadavg()
  const work = mkdtempSync(join(tmpdir(), 'library-bench-'))
  const dirs: Record<Name, string> = { baseline: base.dir, ours: join(ROOT, 'out', 'renderer') }
  const launch = (profile: string) =>
    chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: QUIET_CHROMIUM_FLAGS,
      viewport: { width: 1440, height: 900 }
    })
  const results = {} as Record<Name, Result>
  let bare: Typing | null = null
  try {
    // Seed the baseline's database (version 4) once; ours gets a copy of the same profile.
    {
      const server = await serveRenderer({ root: dirs.baseline, port: PORT })
      const context = await launch(join(work, 'baseline'))
      try {
        const page = context.pages()[0] ?? (await context.newPage())
        page.setDefaultTimeout(300_000)
        await page.goto(server.url)
        await page.getByRole('heading', { level: 1 }).waitFor()
        await seed(page)
      } finally {
        await context.close()
        await server.close()
      }
      cpSync(join(work, 'baseline'), join(work, 'ours'), { recursive: true })
    }
    for (const name of ['baseline', 'ours'] as const) {
      const server = await serveRenderer({ root: dirs[name], port: PORT })
      const context = await launch(join(work, name))
      await context.addInitScript(LONG_TASKS)
      try {
        results[name] = await measure(name, context, server.url)
      } finally {
        await context.close()
        await server.close()
      }
    }
    // The floor, in a browser of its own after both builds, when the comment keys were measured.
    if (!ONLY_SNAPSHOTS) {
      const context = await launch(join(work, 'bare'))
      try {
        bare = await typeBare(context)
      } finally {
        await context.close()
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }

  const b = results.baseline
  const o = results.ours
  const noAnswer = (r: Result): string =>
    `no answer in ${STEP_TIMEOUT_MS / 1000} s${r.stuck ? ` (stuck in: ${r.stuck})` : ''}`
  const show = <T>(r: Result, v: T | null | undefined, f: (v: T) => string): string =>
    v === null || v === undefined ? noAnswer(r) : f(v)
  const med = (r: Result): number | null =>
    r.starts.length
      ? pct(
          r.starts.map((s) => s.ms),
          50
        )
      : null
  const maxTask = (r: Result): number | null =>
    r.starts.length ? Math.max(...r.starts.map((s) => s.longest)) : null
  const p = (r: Result, q: number): number | null =>
    r.typing ? pct(keyLatencies(r.typing), q) : null
  const within = (v: number | null | undefined, target: number): boolean =>
    v !== null && v !== undefined && v <= target
  const both = (
    metric: string,
    f: (r: Result) => string,
    target = 'info',
    pass: boolean | null = null
  ): [string, string, string, string, boolean | null] => [metric, f(b), f(o), target, pass]
  const allRows: [string, string, string, string, boolean | null][] = [
    both('first start (ours: the upgrades to versions 5 and 6: the journal, the summaries)', (r) =>
      show(r, r.firstStart, (s) => ms(s.ms))
    ),
    both(
      `start to usable, median of ${START_RUNS}`,
      (r) => show(r, med(r), ms),
      `≤ ${ms(TARGETS.startMs)}`,
      within(med(o), TARGETS.startMs)
    ),
    both('longest task while starting', (r) => show(r, maxTask(r), ms)),
    both('comment keystroke (Event Timing) p50', (r) => show(r, p(r, 50), keyMs)),
    both(
      'comment keystroke (Event Timing) p95',
      (r) => show(r, p(r, 95), keyMs),
      `≤ ${TARGETS.keyP95Ms} ms`,
      within(p(o, 95), TARGETS.keyP95Ms)
    ),
    both(`keys at 16 ms or more, of ${KEYS}`, (r) =>
      show(r, r.typing, (t) => String(t.slow.length))
    ),
    both(
      'longest task while typing a comment',
      (r) => show(r, r.typing, (t) => task(t.longest)),
      `≤ ${TARGETS.taskMs} ms`,
      within(o.typing?.longest, TARGETS.taskMs)
    ),
    both(
      `library scroll (${WHEELS} × 600 px): longest task`,
      (r) => show(r, r.scroll, task),
      `≤ ${TARGETS.taskMs} ms`,
      within(o.scroll, TARGETS.taskMs)
    ),
    both(
      `library filter (“${FILTER}”, key by key): longest task`,
      (r) =>
        r === b && !r.stuck && !r.filter ? 'no filter' : show(r, r.filter, (f) => task(f.longest)),
      `≤ ${TARGETS.taskMs} ms`,
      within(o.filter?.longest, TARGETS.taskMs)
    ),
    both(`library filter: last key → ${FILTER_MATCHES} matches listed`, (r) =>
      r === b && !r.stuck && !r.filter ? 'no filter' : show(r, r.filter, (f) => ms(f.ms))
    ),
    both(`snapshot list (${SNAPSHOTS} × 21 MB): all counts shown, first open`, (r) =>
      show(r, r.snapshots[0], (s) => ms(s.ms))
    ),
    both(
      'snapshot list: longest task, first open',
      (r) => show(r, r.snapshots[0], (s) => task(s.longest)),
      `≤ ${TARGETS.taskMs} ms`,
      within(o.snapshots[0]?.longest, TARGETS.taskMs)
    ),
    both('snapshot list: all counts shown, second open', (r) =>
      show(r, r.snapshots[1], (s) => ms(s.ms))
    ),
    both(
      'snapshot list: longest task, second open',
      (r) => show(r, r.snapshots[1], (s) => task(s.longest)),
      `≤ ${TARGETS.taskMs} ms`,
      within(o.snapshots[1]?.longest, TARGETS.taskMs)
    )
  ]
  // LIBRARY_BENCH_ONLY=typing: the rows of the steps measured.
  const rows = ONLY_TYPING
    ? allRows.slice(0, 7)
    : ONLY_SNAPSHOTS
      ? [...allRows.slice(0, 3), ...allRows.slice(-4)]
      : allRows
  const header = ['metric', `baseline (${BASELINE_REV})`, 'ours', 'target', 'pass']
  const cells = (r: (typeof rows)[number]): string[] => [
    r[0],
    r[1],
    r[2],
    r[3],
    r[4] === null ? 'info' : r[4] ? 'yes' : 'NO'
  ]
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => cells(r)[i]!.length)))
  const line = (v: string[]): string => `| ${v.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`
  const table = [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(cells(r)))
  ].join('\n')
  const failed = rows.filter((r) => r[4] === false)
  const verdict = failed.length
    ? `MISSED ${failed.length} target(s): ${failed.map((r) => r[0]).join('; ')}`
    : 'All targets met.'
  const floor = bare
    ? `Floor in the same run: the same ${KEYS} keys typed into a bare contenteditable (no script) in the same Chromium: p50 ${keyMs(pct(keyLatencies(bare), 50))}, p95 ${keyMs(pct(keyLatencies(bare), 95))}, ${bare.slow.length} of ${KEYS} keys at 16 ms or more.`
    : ''
  console.log(`\n${table}\n\n${verdict}${floor ? `\n${floor}` : ''}`)
  const load = (l: number[]): string => l.map((x) => x.toFixed(1)).join(' / ')
  // A partial run keeps its own record, so the full run's stays.
  const record = ONLY_SNAPSHOTS ? 'snapshots-last-run.md' : 'last-run.md'
  writeFileSync(
    join(HERE, record),
    [
      '# Library at scale — last run',
      '',
      `- Date: ${new Date().toISOString()}`,
      `- Machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}); load average (1, 5, 15 min) ${load(loadAtStart)} at the start, ${load(loadavg())} at the end.`,
      `- Data: ${LIBRARY_SCALE.articles.toLocaleString('en')} articles (~4 KB of text each), ${LIBRARY_SCALE.annotations.toLocaleString('en')} annotations, ${LIBRARY_SCALE.events.toLocaleString('en')} events; ${SNAPSHOTS} snapshots of a 20,000-record workbench. Baseline: the app at ${BASELINE_REV} built from git history; ours: this checkout's out/renderer. Same profile copied, same origin.`,
      '- How each figure is taken: see the header of bench/library/library-bench.ts.',
      ...(ONLY_TYPING
        ? ['- LIBRARY_BENCH_ONLY=typing: the starts and the comment keystrokes only.']
        : []),
      ...(ONLY_SNAPSHOTS
        ? ['- LIBRARY_BENCH_ONLY=snapshots: the starts and the snapshot list only.']
        : []),
      '',
      table,
      '',
      verdict,
      ...(floor ? ['', floor] : []),
      ''
    ].join('\n')
  )
  console.log(`Written to bench/library/${record}`)
  if (failed.length) process.exitCode = 1
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 1
})
