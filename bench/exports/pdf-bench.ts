// PDF export benchmark: the HTML brief of one note citing 1,000 annotations, printed to PDF by
// Chromium's own print-to-PDF (Playwright's page.pdf, the DevTools call Page.printToPDF: the same
// printing code Electron's webContents.printToPDF runs in the desktop app, whose runtime cannot be
// installed here), against the named baseline "the same brief's text as plain paragraphs" (no
// quotes, footnotes, tables or print stylesheet), side by side in the same run.
//
// Run: npx tsx bench/exports/pdf-bench.ts   (exits 1 if the target is missed)
// Timed per run: briefToHtml (ours only) + load the HTML into a fresh page + print to A4 PDF.
// One warm-up each, then PDF_BENCH_RUNS (default 3) runs alternating; median (min/max).
// Target: ours ≤ 3 s (median).
import { chromium } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { briefToHtml } from '@core/export/brief'
import { generateBriefData } from './generate-brief-data'

const RUNS = Number(process.env['PDF_BENCH_RUNS'] ?? 3)
const TARGET_MS = 3_000
const CTX = { now: '2026-11-25T14:03:00.000Z', appVersion: 'bench' }
const HERE = dirname(fileURLToPath(import.meta.url))

const { data } = generateBriefData(20_261_125)
const plainHtml = (): string => {
  const text = briefToHtml(data, CTX)
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
  return `<!doctype html><meta charset="utf-8"><title>plain</title>${text.map((l) => `<p>${l}</p>`).join('')}`
}

const found = findChromium()
if (!found.path)
  throw new Error('No Chromium found (apt-get install chromium or WORKBENCH_CHROMIUM).')
const browser = await chromium.launch({ executablePath: found.path, args: QUIET_CHROMIUM_FLAGS })
const load0 = loadavg()

async function printOnce(makeHtml: () => string): Promise<{ ms: number; bytes: number }> {
  const page = await browser.newPage()
  const t0 = performance.now()
  await page.setContent(makeHtml())
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true })
  const ms = performance.now() - t0
  await page.close()
  return { ms, bytes: pdf.length }
}

const cases = [
  { name: 'baseline: the same text as plain paragraphs', make: plainHtml, target: false },
  {
    name: 'ours: briefToHtml + print (1,000 footnoted quotes)',
    make: () => briefToHtml(data, CTX),
    target: true
  }
]
const times = new Map<string, number[]>(cases.map((c) => [c.name, []]))
const sizes = new Map<string, number>()
for (const c of cases) sizes.set(c.name, (await printOnce(c.make)).bytes)
for (let run = 0; run < RUNS; run++) {
  for (const c of cases) times.get(c.name)!.push((await printOnce(c.make)).ms)
}
await browser.close()

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const rows = cases.map((c) => {
  const t = times.get(c.name)!
  const m = median(t)
  return {
    name: c.name,
    cell: `${m.toFixed(0)} ms (${Math.min(...t).toFixed(0)}–${Math.max(...t).toFixed(0)})`,
    size: `${(sizes.get(c.name)! / 1024).toFixed(0)} KiB`,
    pass: c.target ? m <= TARGET_MS : null
  }
})
const table = [
  '| case | median (min–max) | PDF size | target | pass |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${r.cell} | ${r.size} | ${r.pass === null ? 'info' : `≤ ${TARGET_MS} ms`} | ${r.pass === null ? '' : r.pass ? 'yes' : 'NO'} |`
  )
].join('\n')
const failed = rows.some((r) => r.pass === false)
const report = [
  '# PDF export benchmark — last run',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Chromium: ${found.path}, headless; machine: ${cpus().length} cores, load ${load0.map((l) => l.toFixed(2)).join(' / ')} at start`,
  `- Data: one note citing 1,000 annotations (1,000 footnotes), 19 event cards, timeline and sources blocks; ${RUNS} runs after a warm-up, alternating.`,
  '',
  table,
  '',
  failed ? 'MISSED the PDF target.' : 'Target met.',
  ''
].join('\n')
console.log(report)
writeFileSync(join(HERE, 'pdf-last-run.md'), report)
if (failed) process.exitCode = 1
