// Brief export benchmark: Markdown, HTML and DOCX of one note citing 1,000 annotations, against
// the named baseline "JSON.stringify of the same ExportData (the floor: just serialising the
// input)", side by side in the same run.
//
// Run: npx tsx bench/exports/brief-bench.ts   (exits 1 if a target is missed)
// Options: BRIEF_BENCH_SEED=7 (another data set), BRIEF_BENCH_RUNS=5 (timed runs per format).
//
// Data: generate-brief-data.ts (seeded): ~300 paragraphs holding 1,000 citedQuotes (one per
// annotation, so 1,000 footnotes), 19 event cards, a timeline of 40 events and a sources block of
// every graded annotation and event. Each run converts the stored note from scratch (migration,
// lookups, footnotes, rendering; for DOCX also packing the zip). One warm-up run per format,
// then the runs interleave the formats so machine noise falls on all of them alike; the table
// gives the median (and min/max). Target: each format ≤ 1 s (median).
import { writeFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { briefToDocx, briefToHtml, briefToMarkdown } from '@core/export/brief'
import type { ExportData } from '@core/export/export-data'
import { generateBriefData } from './generate-brief-data'

const SEED = Number(process.env['BRIEF_BENCH_SEED'] ?? 20_261_125)
const RUNS = Number(process.env['BRIEF_BENCH_RUNS'] ?? 5)
const TARGET_MS = 1_000
const CTX = { now: '2026-11-25T14:03:00.000Z', appVersion: 'bench' }
const HERE = dirname(fileURLToPath(import.meta.url))

interface Format {
  name: string
  target: boolean
  render: (data: ExportData) => Promise<string | Uint8Array>
}

const FORMATS: Format[] = [
  {
    name: 'baseline: JSON.stringify of the same ExportData (the floor: just serialising the input)',
    target: false,
    render: async (data) => JSON.stringify(data)
  },
  {
    name: 'Markdown (briefToMarkdown)',
    target: true,
    render: async (d) => briefToMarkdown(d, CTX)
  },
  { name: 'HTML (briefToHtml)', target: true, render: async (d) => briefToHtml(d, CTX) },
  { name: 'DOCX (briefToDocx, zipped)', target: true, render: (d) => briefToDocx(d, CTX) }
]

const bench = generateBriefData(SEED)
const load0 = loadavg()
const times = new Map<string, number[]>(FORMATS.map((f) => [f.name, []]))
const sizes = new Map<string, number>()

for (const format of FORMATS) {
  const out = await format.render(bench.data)
  sizes.set(
    format.name,
    typeof out === 'string' ? new TextEncoder().encode(out).length : out.length
  )
}
// The output must hold every footnote, or the timings would measure a broken export.
const markdown = briefToMarkdown(bench.data, CTX)
const html = briefToHtml(bench.data, CTX)
const last = bench.citations
if (!markdown.includes(`\n[^${last}]: `) || !html.includes(`<li id="fn-${last}">`))
  throw new Error(`The brief does not hold ${last} footnotes: the benchmark data is wrong`)
for (let run = 0; run < RUNS; run++)
  for (const format of FORMATS) {
    const t0 = performance.now()
    await format.render(bench.data)
    times.get(format.name)!.push(performance.now() - t0)
  }

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}
const ms = (t: number): string => (t < 100 ? `${t.toFixed(1)} ms` : `${Math.round(t)} ms`)
const kb = (n: number): string => `${(n / 1024).toFixed(0)} KiB`

const rows = FORMATS.map((f) => {
  const xs = times.get(f.name)!
  const m = median(xs)
  return {
    cells: [
      f.name,
      ms(m),
      `${ms(Math.min(...xs))} / ${ms(Math.max(...xs))}`,
      kb(sizes.get(f.name)!),
      f.target ? `≤ ${TARGET_MS} ms` : 'info',
      f.target ? (m <= TARGET_MS ? 'yes' : 'NO') : ''
    ],
    failed: f.target && m > TARGET_MS
  }
})
const header = ['format', `median of ${RUNS}`, 'min / max', 'output', 'target', 'pass']
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r.cells[i]!.length)))
const line = (values: string[]): string =>
  `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`
const table = [
  line(header),
  line(widths.map((w) => '-'.repeat(w))),
  ...rows.map((r) => line(r.cells))
]
const failed = rows.filter((r) => r.failed)
const verdict =
  failed.length > 0
    ? `MISSED ${failed.length} target(s): ${failed.map((r) => r.cells[0]).join('; ')}`
    : 'All targets met.'
const dataLine = `${bench.citations.toLocaleString('en')} citedQuotes (1,000 footnotes) in ${bench.paragraphs} paragraphs, ${bench.eventCards} event cards, timeline of ${bench.data.events.length} events, sources block; seed ${SEED}`

console.log(`Data: ${dataLine}\n`)
console.log(table.join('\n'))
console.log(`\n${verdict}`)

const cpu = cpus()
const report = [
  '# Brief export benchmark — last run',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Node ${process.version}; machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM; load average ${load0.map((l) => l.toFixed(2)).join(' / ')} at start, ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')} at end`,
  `- Data: ${dataLine}`,
  `- Runs: one warm-up per format, then ${RUNS} runs interleaving the formats; each run converts from the stored ExportData.`,
  '',
  ...table,
  '',
  verdict,
  ''
].join('\n')
writeFileSync(join(HERE, 'last-run.md'), report)
console.log('Written to bench/exports/last-run.md')
if (failed.length > 0) process.exitCode = 1
