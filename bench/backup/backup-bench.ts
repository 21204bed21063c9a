// Backup and restore benchmark: createBackupText and restoreBackup on 50,000 records in a real
// IndexedDB in the system Chromium, each beside a named baseline, in the same run, same page.
//
// Run: npx tsx bench/backup/backup-bench.ts   (exits 1 if a target is missed)
// Options: BACKUP_BENCH_RECORDS=50000, BACKUP_BENCH_RUNS=3 (measured runs after one warm-up).
//
// How: the harness page (bench/backup/harness/) bundles the real WorkbenchDb, createBackupText
// and restoreBackup with Vite; it is served by scripts/serve-renderer.mjs (the app's CSP) and
// opened in the system Chromium (scripts/find-chromium.mjs) with the e2e suite's quiet flags
// plus --expose-gc, so each timing starts after a garbage collection. Data: generate-workbench.ts
// (seeded; see its header for the mix). Timings are taken in the page with performance.now().
//
// Baselines (what the same machine does with no envelope, no validation, no atomicity):
// - backup:  raw IndexedDB getAll of each table (one transaction) + JSON.stringify.
// - restore: JSON.parse, then one put per record, one transaction per table, no validation (a
//            failure half-way would leave some tables replaced and others not).
// Ours:
// - backup:  makeBackupText as the app calls it: in a worker, every table in one Dexie read
//            transaction, envelope, stringify; the page receives the text.
// - restore: as the app restores: the page hands the picked file (a Blob, made from the text
//            before the timing, as the browser's file picker makes it) to a worker, which
//            reads and decodes it (the page never holds the text), parses and validates every
//            record (the zod schemas' quick yes, zod itself for a doubtful record) and every
//            reference, then writes it in ONE rw transaction that clears every table and
//            bulkPuts its records in chunks; the page only waits, and announces the change on
//            the app's change feed.
// - before:  the same, all on the page's thread (restoreBackup), as the app restored before
//            December 2026: the page froze for the JSON.parse of the whole file.
// Also reported: the longest task on the page's thread (how long the page froze) and the CPU
// each Chromium process used (read from /proc), which a busy machine changes far less than
// wall time.
// Rounds alternate which goes first, so whatever else the machine does weighs on both.
import { chromium } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import { buildHarness } from './build-harness'
import { cpuDelta, descendantCpu } from './process-cpu'
import type { BackupBench, Timing } from './harness/main'

const RECORDS = Number(process.env['BACKUP_BENCH_RECORDS'] ?? 50_000)
const RUNS = Math.max(1, Number(process.env['BACKUP_BENCH_RUNS'] ?? 3))
const TARGET_MS = { backup: 1000, restore: 3000 } as const
type Op = keyof typeof TARGET_MS
type Who = 'baseline' | 'ours' | 'before'

// The page-side callbacks run in the browser but this file compiles for Node.
declare const window: { __bench: BackupBench }

const here = dirname(fileURLToPath(import.meta.url))
const chromiumPath = findChromium().path
if (!chromiumPath) {
  console.error(
    'No Chromium found: install it (apt-get install chromium) or set WORKBENCH_CHROMIUM.'
  )
  process.exit(2)
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}
const fmt = (n: number): string => n.toLocaleString('en')
const ms = (n: number): string => `${Math.round(n)} ms`

const times: Record<Op, Record<Who, number[]>> = {
  backup: { baseline: [], ours: [], before: [] },
  restore: { baseline: [], ours: [], before: [] }
}
const longest: Record<Op, Record<Who, number[]>> = {
  backup: { baseline: [], ours: [], before: [] },
  restore: { baseline: [], ours: [], before: [] }
}
const cpu: Record<Op, Record<Who, Record<string, number>[]>> = {
  backup: { baseline: [], ours: [], before: [] },
  restore: { baseline: [], ours: [], before: [] }
}
const roundLoads: number[] = []
let counts: Record<string, number> = {}
let bytes = 0
let breakdown: Record<string, number> = {}
let fromBytes: (Timing & { cpu: Record<string, number> }) | null = null
let browserVersion = ''
const loadBefore = loadavg()
const outDir = mkdtempSync(join(tmpdir(), 'backup-bench-'))
try {
  await buildHarness(outDir)
  const server = await serveRenderer({ root: outDir, port: 0 })
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...QUIET_CHROMIUM_FLAGS, '--js-flags=--expose-gc']
  })
  browserVersion = browser.version()
  try {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    // tsx keeps function names with a `__name` helper that exists only in Node.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
    await page.goto(server.url)
    await page.waitForFunction(() => Boolean(window.__bench))
    counts = await page.evaluate((n) => window.__bench.seed(n), RECORDS)
    const run = (op: Op, who: Who): Promise<Timing> =>
      page.evaluate(
        ([o, w]) => (window.__bench[w] as Partial<Record<Op, () => Promise<Timing>>>)[o]!(),
        [op, who] as const
      )
    // One warm-up round (JIT, IndexedDB files), then the measured rounds.
    for (let round = 0; round <= RUNS; round++) {
      // Backup: baseline and ours alternate. Restore: the three rotate, so each goes first in turn.
      const whos: Record<Op, Who[]> = {
        backup: ['baseline', 'ours'],
        restore: ['baseline', 'ours', 'before']
      }
      for (const op of ['backup', 'restore'] as const)
        for (const who of whos[op].map((_, i, all) => all[(i + round) % all.length]!)) {
          const before = descendantCpu()
          const t = await run(op, who)
          const used = cpuDelta(before, descendantCpu())
          // The app snapshots on the change feed: a restore must report its change, once.
          if (op === 'restore' && who === 'ours' && t.changes !== 1)
            throw new Error(`a restore made ${t.changes} change reports, not 1`)
          if (round > 0) {
            times[op][who].push(t.ms)
            longest[op][who].push(t.longestTaskMs)
            cpu[op][who].push(used)
          }
        }
      roundLoads.push(loadavg()[0] ?? 0)
      const now = await page.evaluate(() => window.__bench.counts())
      if (JSON.stringify(now) !== JSON.stringify(counts))
        throw new Error(`round ${round}: the tables changed: ${JSON.stringify(now)}`)
    }
    // The desktop app's path, once: the bytes main reads, transferred to the worker.
    await page.evaluate(() => window.__bench.prepareBytes())
    {
      const before = descendantCpu()
      const t = await page.evaluate(() => window.__bench.restoreFromBytes())
      fromBytes = { ...t, cpu: cpuDelta(before, descendantCpu()) }
      const now = await page.evaluate(() => window.__bench.counts())
      if (JSON.stringify(now) !== JSON.stringify(counts))
        throw new Error(`from bytes: the tables changed: ${JSON.stringify(now)}`)
    }
    bytes = await page.evaluate(() => window.__bench.size())
    breakdown = await page.evaluate(() => window.__bench.breakdown())
    if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`)
  } finally {
    await browser.close()
    await server.close()
  }
} finally {
  rmSync(outDir, { recursive: true, force: true })
}
const loadAfter = loadavg()

const total = Object.values(counts).reduce((a, b) => a + b, 0)
const rows = (['backup', 'restore'] as const).map((op) => {
  const ours = median(times[op].ours)
  const base = median(times[op].baseline)
  return {
    op,
    ours,
    pass: ours <= TARGET_MS[op],
    cells: [
      op,
      `${ms(base)} (${times[op].baseline.map(Math.round).join(', ')})`,
      `${ms(ours)} (${times[op].ours.map(Math.round).join(', ')})`,
      `${(ours / base).toFixed(2)}×`,
      `≤ ${fmt(TARGET_MS[op])} ms`,
      ours <= TARGET_MS[op] ? 'yes' : 'NO'
    ]
  }
})
const header = [
  'operation',
  'baseline (median, runs)',
  'ours (median, runs)',
  'ours / baseline',
  'target',
  'pass'
]
const widths = header.map((h, i) =>
  Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? '').length))
)
const line = (values: string[]): string =>
  `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`
const table = [
  line(header),
  line(widths.map((w) => '-'.repeat(w))),
  ...rows.map((r) => line(r.cells))
]
const missed = rows.filter((r) => !r.pass)
const before = median(times.restore.before)
const beforeLine = `Restore as it was before (parseBackup and the write on the page's thread), same rounds: ${ms(before)} (${times.restore.before.map(Math.round).join(', ')}); ours / before ${(median(times.restore.ours) / before).toFixed(2)}×.`
// Median CPU per Chromium process type over the measured runs, e.g. "browser 3,300, renderer 1,900".
const cpuOf = (runs: Record<string, number>[]): string =>
  [...new Set(runs.flatMap((r) => Object.keys(r)))]
    .map((k) => [k, median(runs.map((r) => r[k] ?? 0))] as const)
    .filter(([, v]) => v >= 50)
    .map(([k, v]) => `${k} ${fmt(Math.round(v))}`)
    .join(', ')
const extras = (['backup', 'restore'] as const).flatMap((op) =>
  (op === 'backup'
    ? (['baseline', 'ours'] as const)
    : (['baseline', 'before', 'ours'] as const)
  ).map(
    (who) =>
      `- ${op}, ${who}: longest task on the page's thread ${ms(median(longest[op][who]))} (median); CPU ms ${cpuOf(cpu[op][who])}`
  )
)
const verdict =
  missed.length === 0
    ? 'All targets met.'
    : `MISSED: ${missed.map((r) => `${r.op} by ${ms(r.ours - TARGET_MS[r.op])}`).join('; ')}`
const load = (l: number[]): string => l.map((v) => v.toFixed(2)).join(' ')

const report = [
  '# Backup and restore benchmark — last run',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Chromium ${browserVersion} (${chromiumPath}), headless; ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? '?'}), load average ${load(loadBefore)} before, ${load(loadAfter)} after`,
  `- Data: ${fmt(total)} records (${Object.entries(counts)
    .map(([k, v]) => `${k} ${fmt(v)}`)
    .join(', ')}); backup file ${(bytes / 1024 / 1024).toFixed(1)} MB`,
  `- ${RUNS} measured runs after 1 warm-up round; the order alternates each round; a GC before each timing.`,
  '- Baselines: backup = raw IndexedDB getAll of each table (one transaction) + JSON.stringify;',
  '  restore = JSON.parse + one put per record, one transaction per table, no validation.',
  '- Ours: backup = makeBackupText (in a worker: one Dexie read transaction, envelope, stringify);',
  '  restore = as the app restores: the page hands the picked file (a Blob) to a worker that',
  '  reads and decodes it and holds the backup: JSON.parse, every record',
  "  validated (the zod schemas' quickAccept, zod itself for a doubtful record), every reference",
  '  checked; then one rw transaction: clear, then bulkPut in chunks of 1,000, four in flight;',
  "  the page only waits, then announces the change on the app's change feed.",
  '',
  ...table,
  '',
  beforeLine,
  '',
  `Load average (1 min) after each round: ${roundLoads.map((l) => l.toFixed(2)).join(', ')}.`,
  '',
  'How long the page froze, and the CPU each Chromium process used (medians of the measured runs;',
  'CPU time barely moves with the load, wall time does):',
  '',
  ...extras,
  ...(fromBytes
    ? [
        `- restore, ours from bytes transferred to the worker (the desktop app's path; one run, after the rounds): ${ms(fromBytes.ms)}; longest task on the page's thread ${ms(fromBytes.longestTaskMs)}; CPU ms ${cpuOf([fromBytes.cpu])}`
      ]
    : []),
  '',
  'Where our time goes (one extra run, info only):',
  '',
  ...Object.entries(breakdown).map(([k, v]) => `- ${k}: ${ms(v)}`),
  '',
  verdict,
  ''
].join('\n')
console.log(`\n${report}`)
writeFileSync(join(here, 'last-run.md'), report)
process.exit(missed.length === 0 ? 0 : 1)
