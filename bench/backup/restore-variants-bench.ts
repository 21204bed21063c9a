// Where a restore's write time goes: each way of writing the same parsed 50,000-record backup in
// one transaction (bench/backup/harness/restore-variants.ts), timed in the system Chromium,
// rounds rotating the order. Info only: prints a table, holds nothing to a target.
//
// Run: npx tsx bench/backup/restore-variants-bench.ts   (BACKUP_BENCH_RECORDS, VARIANT_RUNS=3)
// Writes bench/backup/restore-variants-last-run.md.
// Optional VARIANTS=substring,substring to run only some.
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
import type { BackupBench } from './harness/main'
import type { RestoreVariantsBench } from './harness/restore-variants'

const RECORDS = Number(process.env['BACKUP_BENCH_RECORDS'] ?? 50_000)
const RUNS = Math.max(1, Number(process.env['VARIANT_RUNS'] ?? 3))
const ONLY = (process.env['VARIANTS'] ?? '').split(',').filter(Boolean)
declare const window: { __bench: BackupBench; __variants: RestoreVariantsBench }

const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}
const load = (): string =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')

// Median CPU per process type, e.g. "renderer 1450, browser 2100 ms".
const cpuCell = (runs: Record<string, number>[]): string =>
  [...new Set(runs.flatMap((r) => Object.keys(r)))]
    .map((k) => [k, median(runs.map((r) => r[k] ?? 0))] as const)
    .filter(([, v]) => v >= 50)
    .map(([k, v]) => `${k} ${Math.round(v)}`)
    .join(', ')

const outDir = mkdtempSync(join(tmpdir(), 'restore-variants-'))
try {
  await buildHarness(outDir)
  const server = await serveRenderer({ root: outDir, port: 0 })
  const browser = await chromium.launch({
    executablePath: findChromium().path!,
    args: [...QUIET_CHROMIUM_FLAGS, '--js-flags=--expose-gc']
  })
  try {
    const page = await browser.newPage()
    await page.addInitScript({ content: 'globalThis.__name = (f) => f' })
    await page.goto(server.url)
    await page.waitForFunction(() => Boolean(window.__variants))
    const counts = await page.evaluate((n) => window.__bench.seed(n), RECORDS)
    const expected = JSON.stringify(counts)
    const all = await page.evaluate(() => window.__variants.names())
    const names = ONLY.length ? all.filter((n) => ONLY.some((o) => n.includes(o))) : all
    console.log(
      `Chromium ${browser.version()}; default durability: ${await page.evaluate(() => window.__variants.defaultDurability())}`
    )
    const loadStart = load()
    const roundLoads: string[] = []
    console.log(`load before: ${loadStart}`)
    const times = new Map<string, number[]>(names.map((n) => [n, []]))
    const issues = new Map<string, number[]>(names.map((n) => [n, []]))
    const longest = new Map<string, number[]>(names.map((n) => [n, []]))
    const cpuRuns = new Map<string, Record<string, number>[]>(names.map((n) => [n, []]))
    for (let round = 0; round <= RUNS; round++) {
      const order = names.map((_, i) => names[(i + round) % names.length]!)
      for (const name of order) {
        const cpuBefore = descendantCpu()
        const t = await page.evaluate((n) => window.__variants.run(n), name)
        const cpu = cpuDelta(cpuBefore, descendantCpu())
        if (round > 0) {
          cpuRuns.get(name)!.push(cpu)
          times.get(name)!.push(t.ms)
          issues.get(name)!.push(t.issueMs)
          longest.get(name)!.push(t.longestTaskMs)
        }
        if (!name.startsWith('clear only')) {
          const now = JSON.stringify(await page.evaluate(() => window.__bench.counts()))
          if (now !== expected) throw new Error(`${name}: tables now ${now}`)
        } else {
          // Put the data back for the next variant (untimed).
          await page.evaluate(() => window.__variants.run('raw IDB one tx, clear + put'))
        }
      }
      roundLoads.push((loadavg()[0] ?? 0).toFixed(2))
      console.log(`round ${round} done, load ${load()}`)
    }
    const rows = names.map((name) => {
      const v = times.get(name)!
      const issue = median(issues.get(name)!)
      return `| ${name} | ${Math.round(median(v))} ms (${v.map(Math.round).join(', ')}) | ${Number.isNaN(issue) ? '–' : `${Math.round(issue)} ms`} | ${Math.round(median(longest.get(name)!))} ms | ${cpuCell(cpuRuns.get(name)!)} |`
    })
    const report = [
      '# Restore write variants — last run',
      '',
      `- Date: ${new Date().toISOString()}; Chromium ${browser.version()}, headless; ${cpus().length} CPUs`,
      `- ${RECORDS.toLocaleString('en')} records (bench/backup/generate-workbench.ts), already parsed; only the write is timed`,
      `- ${RUNS} measured rounds after 1 warm-up, order rotating; load average (1/5/15 min) ${loadStart} before, ${load()} after`,
      `- Load (1 min) after each round, the warm-up first: ${roundLoads.join(', ')}`,
      '',
      '| variant | wall, median (runs) | queueing | longest task | CPU ms, median |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
      ''
    ].join('\n')
    console.log(report)
    writeFileSync(
      join(dirname(fileURLToPath(import.meta.url)), 'restore-variants-last-run.md'),
      report
    )
    console.log(`load after: ${load()}`)
  } finally {
    await browser.close()
    await server.close()
  }
} finally {
  rmSync(outDir, { recursive: true, force: true })
}
