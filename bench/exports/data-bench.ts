// Record-export benchmark: the record exporters on 2,000 events (4,000 cited passages) and 1,000
// annotations, each side by side with the named baseline "JSON.stringify of the same records" (the
// records the format reads, pretty-printed like ours: annotations for JSON-LD, events for CSV,
// XLSX, STIX and MISP, events and actors for the events JSON), timed in the same process. The STIX
// exporter as it was before issue 14 (read from git history at commit
// 5b1686c, the last before the rebuild) runs as its own row, so the
// rebuilt one is compared with the one it replaced in the same run.
//
// Run: npx tsx bench/exports/data-bench.ts   (exits 1 if a target is missed)
// Writes bench/exports/data-last-run.md. Target: each export ≤ 1,000 ms (median of 5 runs after 2
// warm-up runs). Data: build-export-data.ts (seeded).
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  annotationsToJsonLd,
  eventsToAcledCsv,
  eventsToAcledXlsx,
  eventsToJson,
  eventsToMispEvent,
  eventsToStixBundle
} from '@core/export/data'
import type { ExportContext, ExportData } from '@core/export/export-data'
import { codeFromGit, importFromGit } from '../support/code-from-git'
import { buildExportData } from './build-export-data'

const EVENTS = 2_000
const ANNOTATIONS = 1_000
const WARM_UP = 2
const RUNS = 5
const TARGET_MS = 1_000
const HERE = dirname(fileURLToPath(import.meta.url))

const data = buildExportData(EVENTS, ANNOTATIONS)

// The STIX exporter that issue 14 replaced, as it was on main at 5b1686c.
const STIX_BEFORE_ISSUE_14 = '5b1686c'
const previous = codeFromGit(join(HERE, '..', '..'), STIX_BEFORE_ISSUE_14, ['src/core', 'src/shared'])
type StixExporter = (d: ExportData, c: ExportContext) => string
const stixBeforeIssue14: StixExporter | null =
  'root' in previous
    ? (
        await importFromGit<{ eventsToStixBundle: StixExporter }>(
          previous.root,
          'src/core/export/data/events-to-stix-bundle.ts'
        )
      ).eventsToStixBundle
    : null
if ('missing' in previous) console.warn(`Previous STIX exporter not timed: ${previous.missing}`)
// Issue 14's exchange-format target: 1,000 events and 1,000 citations (one cited passage each).
const ISSUE_EVENTS = 1_000
const issueData: ExportData = (() => {
  const d = buildExportData(ISSUE_EVENTS, 0)
  return {
    ...d,
    events: d.events.map((e) => ({ ...e, evidence: { eventType: e.evidence.eventType } }))
  }
})()
const ctx: ExportContext = { now: '2025-06-01T12:00:00.000Z', appVersion: 'bench' }

interface Format {
  name: string
  /** The data of this row when not the shared 2,000 events and 1,000 annotations. */
  data?: ExportData
  /** A replaced exporter timed for comparison only: no target of its own. */
  reference?: boolean
  ours: (d: ExportData, c: ExportContext) => string | Uint8Array | Promise<Uint8Array>
  baseline: (d: ExportData) => string
}
const FORMATS: Format[] = ([
  {
    name: 'annotations → W3C JSON-LD',
    ours: annotationsToJsonLd,
    baseline: (d) => JSON.stringify(d.annotations, null, 2)
  },
  {
    name: 'events → ACLED CSV',
    ours: eventsToAcledCsv,
    baseline: (d) => JSON.stringify(d.events, null, 2)
  },
  {
    name: 'events → ACLED Excel (XLSX)',
    ours: eventsToAcledXlsx,
    baseline: (d) => JSON.stringify(d.events, null, 2)
  },
  {
    name: 'events → STIX 2.1 bundle',
    ours: eventsToStixBundle,
    baseline: (d) => JSON.stringify(d.events, null, 2)
  },
  {
    // The exporter this one replaced, timed in the same run.
    name: 'events → STIX 2.1 bundle, previous exporter (x-acled-event)',
    ours: stixBeforeIssue14,
    baseline: (d) => JSON.stringify(d.events, null, 2),
    reference: true
  },
  {
    name: 'events → MISP event JSON',
    ours: eventsToMispEvent,
    baseline: (d) => JSON.stringify(d.events, null, 2)
  },
  {
    name: 'events → STIX 2.1 bundle (1,000 events, 1,000 citations)',
    data: issueData,
    ours: eventsToStixBundle,
    baseline: (d) => JSON.stringify(d.events, null, 2)
  },
  {
    name: 'events → STIX 2.1 previous exporter (1,000 events, 1,000 citations)',
    data: issueData,
    ours: stixBeforeIssue14,
    baseline: (d) => JSON.stringify(d.events, null, 2),
    reference: true
  },
  {
    name: 'events → MISP event JSON (1,000 events, 1,000 citations)',
    data: issueData,
    ours: eventsToMispEvent,
    baseline: (d) => JSON.stringify(d.events, null, 2)
  },
  {
    name: 'events → workbench JSON',
    ours: eventsToJson,
    baseline: (d) => JSON.stringify({ events: d.events, actors: d.actors }, null, 2)
  }
] as (Omit<Format, 'ours'> & { ours: Format['ours'] | null })[]).filter(
  (f): f is Format => f.ours !== null
)

// An exporter that returns a promise (the XLSX writer) is timed until it settles.
async function time(
  run: () => string | Uint8Array | Promise<Uint8Array>
): Promise<{ median: number; runs: number[]; bytes: number }> {
  let bytes = 0
  for (let i = 0; i < WARM_UP; i++) bytes = (await run()).length
  const runs: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    bytes = (await run()).length
    runs.push(performance.now() - t0)
  }
  const sorted = [...runs].sort((a, b) => a - b)
  return { median: sorted[Math.floor(RUNS / 2)]!, runs, bytes }
}

const ms = (n: number): string => `${n.toFixed(1)} ms`
const kib = (n: number): string => `${Math.round(n / 1024).toLocaleString('en')} KiB`
const loadBefore = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')
const rows = []
for (const f of FORMATS) {
  const d = f.data ?? data
  const baseline = await time(() => f.baseline(d))
  const ours = await time(() => f.ours(d, ctx))
  rows.push({ f, baseline, ours, pass: f.reference === true || ours.median <= TARGET_MS })
}
const loadAfter = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ')

const header = [
  'format',
  'baseline: JSON.stringify, median',
  'ours, median (runs)',
  'output',
  'target',
  'pass'
]
const table = [
  header,
  header.map(() => '---'),
  ...rows.map(({ f, baseline, ours, pass }) => [
    f.name,
    ms(baseline.median),
    `${ms(ours.median)} (${ours.runs.map((r) => r.toFixed(0)).join(', ')})`,
    `${kib(ours.bytes)} (baseline ${kib(baseline.bytes)})`,
    f.reference ? 'reference' : `≤ ${TARGET_MS} ms`,
    f.reference ? '—' : pass ? 'yes' : 'NO'
  ])
]
const widths = header.map((_, i) => Math.max(...table.map((r) => r[i]!.length)))
const lines = table.map(
  (r, ri) =>
    `| ${r.map((c, i) => (ri === 1 ? '-'.repeat(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`
)
const missed = rows.filter((r) => !r.pass).map((r) => r.f.name)
const report = [
  '# Record exports benchmark — last run',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Node ${process.version}; ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}); load average ${loadBefore} before, ${loadAfter} after`,
  `- Data: ${EVENTS.toLocaleString('en')} events (two cited passages each, ${data.actors.length} registry actors), ${ANNOTATIONS.toLocaleString('en')} annotations on ${data.articles.length} articles of 5,000 words (10% stored on an older text version, so re-anchored); rows marked (1,000 events, 1,000 citations): ${ISSUE_EVENTS.toLocaleString('en')} events of the same generator with one cited passage each`,
  `- Each cell: median of ${RUNS} runs after ${WARM_UP} warm-up runs, in one process; baseline first, then ours`,
  '',
  ...lines,
  '',
  missed.length === 0
    ? 'All targets met.'
    : `MISSED ${missed.length} target(s): ${missed.join('; ')}`,
  ''
].join('\n')

console.log(report)
writeFileSync(join(HERE, 'data-last-run.md'), report, 'utf8')
process.exit(missed.length === 0 ? 0 : 1)
