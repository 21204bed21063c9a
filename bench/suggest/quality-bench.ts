// Suggestion quality benchmark: src/core/suggest scored on the development corpus of real news
// reports (../shared/corpus/events, see its README.md) by the corpus's own score.mjs, side by
// side in the same run with the named baseline: the engine before the issue-12 work, commit
// 0ab4d3a.
//
// Run: npm run bench:quality   (or npx tsx bench/suggest/quality-bench.ts; also part of npm run
// bench). Exits 1 when a target is missed. Writes docs/suggestion-quality.md.
// Knobs: SUGGEST_CORPUS=<folder> (another corpus folder with NAME.txt, NAME.gold.json and
// score.mjs), SUGGEST_BASELINE=<commit> (another baseline; "none" skips it).
//
// How: each engine's src/core/suggest/index.ts is bundled to one ES module with esbuild, with the
// options the corpus README gives (--bundle --platform=node --format=esm --loader:.json=json),
// and `node score.mjs BUNDLE CORPUS --json OUT` scores it in its own process. The baseline's
// sources come from `git archive <commit> src` (baseline-source.ts), unpacked under
// node_modules/.cache so its bare imports resolve to this checkout's node_modules.
// The corpus texts and the scorer's JSON (which quotes them) stay outside the repository: only
// counts and report names are written to the doc.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'esbuild'
import { BASELINE_COMMIT, CACHE, ROOT, baselineSource } from './baseline-source'

const CORPUS = resolve(
  process.env['SUGGEST_CORPUS'] ?? join(ROOT, '..', 'shared', 'corpus', 'events')
)
const BASELINE = BASELINE_COMMIT
const DOC = join(ROOT, 'docs', 'suggestion-quality.md')

type Pair = [number, number]
interface Totals {
  n: number
  typed: number
  found: number
  one: number
  evidence: Pair
  country: Pair
  location: Pair
  date: Pair
  fat: Pair
  inter: Pair
  ctx: Pair
  optional: Pair
}
interface ReportScore {
  name: string
  suggested?: number
  totals?: Totals
  fps?: unknown[]
  missing?: boolean
  error?: string
}
interface EngineScore {
  label: string
  reports: ReportScore[]
  ms: number
}

const load = (): string =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')

if (!existsSync(join(CORPUS, 'score.mjs'))) {
  console.log(
    `Suggestion quality: not measured, there is no corpus at ${CORPUS} (its score.mjs is missing).`
  )
  process.exit(0)
}

/** Bundles `<srcRoot>/core/suggest/index.ts` as the corpus README says; returns the bundle. */
async function bundle(srcRoot: string, name: string): Promise<string> {
  const outfile = join(CACHE, `${name}.mjs`)
  await build({
    entryPoints: [join(srcRoot, 'core', 'suggest', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    loader: { '.json': 'json' },
    logLevel: 'error'
  })
  return outfile
}

/** Scores one bundle with the corpus's score.mjs; the per-report totals from its JSON. */
function score(label: string, engine: string, name: string): EngineScore {
  const out = join(CACHE, `${name}.json`)
  const t = performance.now()
  try {
    execFileSync(process.execPath, [join(CORPUS, 'score.mjs'), engine, CORPUS, '--json', out], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      maxBuffer: 64 * 1024 * 1024
    })
  } catch {
    // score.mjs exits 1 when an engine throws on a report; its JSON names which.
    if (!existsSync(out)) throw new Error(`score.mjs wrote no results for ${label}`)
  }
  const ms = performance.now() - t
  return { label, ms, reports: JSON.parse(readFileSync(out, 'utf8')) as ReportScore[] }
}

// ---- the run
mkdirSync(CACHE, { recursive: true })
const loadBefore = load()
const started = new Date()
const engines: EngineScore[] = []
let baselineNote = ''
if (BASELINE !== 'none') {
  const base = baselineSource(BASELINE)
  if ('why' in base) {
    baselineNote = `No baseline column: ${base.why}.`
    console.log(baselineNote)
  } else {
    engines.push(score(`before (${BASELINE})`, await bundle(base.src, 'baseline'), 'baseline'))
  }
} else baselineNote = 'No baseline column: SUGGEST_BASELINE=none.'
const now = score('now', await bundle(join(ROOT, 'src'), 'engine'), 'engine')
engines.push(now)
const loadAfter = load()
let head = ''
let headNote = ''
try {
  head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: ROOT,
    encoding: 'utf8'
  }).trim()
  const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], {
    cwd: ROOT,
    encoding: 'utf8'
  }).trim()
  if (dirty) headNote = ' with uncommitted changes in src/'
} catch {
  head = 'unknown'
}

// ---- sums
const ok = (e: EngineScore): (ReportScore & { totals: Totals })[] =>
  e.reports.filter((r): r is ReportScore & { totals: Totals } => r.totals !== undefined)
// A corpus's totals: a report's, plus what its suggestions were.
interface Sums extends Totals {
  suggested: number
  fp: number
}
function sums(reports: (ReportScore & { totals: Totals })[]): Sums {
  const pair = (
    k: 'evidence' | 'country' | 'location' | 'date' | 'fat' | 'inter' | 'ctx' | 'optional'
  ): Pair => reports.reduce<Pair>((a, r) => [a[0] + r.totals[k][0], a[1] + r.totals[k][1]], [0, 0])
  const add = (f: (r: ReportScore & { totals: Totals }) => number): number =>
    reports.reduce((a, r) => a + f(r), 0)
  return {
    n: add((r) => r.totals.n),
    typed: add((r) => r.totals.typed),
    found: add((r) => r.totals.found),
    one: add((r) => r.totals.one),
    suggested: add((r) => r.suggested ?? 0),
    fp: add((r) => r.fps?.length ?? 0),
    evidence: pair('evidence'),
    country: pair('country'),
    location: pair('location'),
    date: pair('date'),
    fat: pair('fat'),
    inter: pair('inter'),
    ctx: pair('ctx'),
    optional: pair('optional')
  }
}

interface Row {
  field: string
  /** [hits, out of] or a plain ratio (precision, recall). */
  value: (s: Sums) => Pair | number
  target?: number
  /** False positives: lower is better, no target of its own. */
  kind?: 'ratio' | 'count'
}
const ROWS: Row[] = [
  { field: 'found with type and both actors', value: (s) => [s.found, s.n], target: 0.6 },
  { field: 'type (sub-event type matched)', value: (s) => [s.typed, s.n] },
  { field: 'one actor', value: (s) => [s.one, s.n] },
  { field: 'evidence (cites the gold sentences)', value: (s) => s.evidence },
  { field: 'country', value: (s) => s.country, target: 0.85 },
  { field: 'town (where the gold names one)', value: (s) => s.location, target: 0.5 },
  { field: 'date', value: (s) => s.date, target: 0.75 },
  { field: 'fatalities', value: (s) => s.fat, target: 0.7 },
  { field: 'inter codes, of found events', value: (s) => s.inter, target: 0.8 },
  { field: 'context', value: (s) => s.ctx },
  { field: 'false positives / suggestions', value: (s) => [s.fp, s.suggested], kind: 'count' },
  {
    field: 'precision',
    value: (s) => (s.suggested ? (s.suggested - s.fp) / s.suggested : 0),
    target: 0.8,
    kind: 'ratio'
  },
  {
    field: 'recall (= found / gold events)',
    value: (s) => (s.n ? s.found / s.n : 0),
    kind: 'ratio'
  }
]
const fraction = (v: Pair | number): number => (typeof v === 'number' ? v : v[1] ? v[0] / v[1] : 0)
const show = (v: Pair | number, kind?: Row['kind']): string =>
  typeof v === 'number'
    ? v.toFixed(2)
    : v[1] === 0
      ? '-'
      : kind === 'count'
        ? `${v[0]} / ${v[1]}`
        : `${v[0]}/${v[1]} (${Math.round((100 * v[0]) / v[1])} %)`
const targetText = (r: Row): string =>
  r.target === undefined
    ? ''
    : r.kind === 'ratio'
      ? `≥ ${r.target.toFixed(2)}`
      : `≥ ${r.target * 100} %`

const nowSums = sums(ok(now))
const baseline = engines.length > 1 ? engines[0] : undefined
const baseSums = baseline ? sums(ok(baseline)) : undefined
const verdicts = ROWS.filter((r) => r.target !== undefined).map((r) => ({
  field: r.field,
  pass: fraction(r.value(nowSums)) >= (r.target ?? 0)
}))
const missed = verdicts.filter((v) => !v.pass).map((v) => v.field)

const fieldTable = [
  `| field | target | ${baseline ? `before (${BASELINE}) | ` : ''}now | now meets the target |`,
  `| --- | --- | ${baseline ? '--- | ' : ''}--- | --- |`,
  ...ROWS.map((r) => {
    const mine = r.value(nowSums)
    const verdict = r.target === undefined ? '' : fraction(mine) >= r.target ? 'pass' : '**fail**'
    return `| ${r.field} | ${targetText(r)} | ${baseSums ? `${show(r.value(baseSums), r.kind)} | ` : ''}${show(mine, r.kind)} | ${verdict} |`
  })
].join('\n')

const cell = (r: ReportScore | undefined, f: (t: Totals, r: ReportScore) => string): string =>
  r?.totals ? f(r.totals, r) : r?.error ? 'error' : '-'
const ratio = (p: Pair): string => (p[1] ? `${p[0]}/${p[1]}` : '-')
const reportTable = [
  '| report | gold events | found | type | country | town | date | fatalities | inter of found | FP / suggestions |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...now.reports.map((r) => {
    const b = baseline?.reports.find((x) => x.name === r.name)
    const both = (f: (t: Totals, r: ReportScore) => string): string =>
      baseline ? `${cell(b, f)} → ${cell(r, f)}` : cell(r, f)
    return `| ${r.name} | ${r.totals ? r.totals.n + (r.totals.optional[1] ? ` (+${r.totals.optional[1]} optional)` : '') : '-'} | ${both((t) => `${t.found}`)} | ${both((t) => `${t.typed}`)} | ${both((t) => ratio(t.country))} | ${both((t) => ratio(t.location))} | ${both((t) => ratio(t.date))} | ${both((t) => ratio(t.fat))} | ${both((t) => ratio(t.inter))} | ${both((t, x) => `${x.fps?.length ?? 0}/${x.suggested ?? 0}`)} |`
  })
].join('\n')

const problems = engines.flatMap((e) =>
  e.reports
    .filter((r) => r.missing || r.error)
    .map((r) => `${e.label}: ${r.name} ${r.missing ? 'has no text' : `failed (${r.error})`}`)
)
const when = started.toISOString().replace('T', ' ').slice(0, 16)
const summary =
  `Found with type and both actors: ${nowSums.found}/${nowSums.n}` +
  (baseSums ? ` (before: ${baseSums.found}/${baseSums.n})` : '') +
  `; targets ${missed.length ? `missed: ${missed.join(', ')}` : 'all met'}.`

const doc = `# Event suggestion quality

How well "Suggest events" (\`src/core/suggest\`, \`suggestEvents\`) codes real reporting, measured
by \`bench/suggest/quality-bench.ts\` on the development corpus of real news reports in
\`../shared/corpus/events\` (outside the repository: 24 reports from 24 theatres, 2019–2025, with
the events an ACLED coder would record, hand-coded from the text alone; see the corpus README).
The corpus texts are never copied here; this page holds counts only. The engine is also judged
on reports it has never seen, so a rule that fixes one sentence of one report does not count.

## What is measured

The corpus's own scorer (\`score.mjs\`) runs the engine on each report with its publication date
and an empty actor registry, then pairs suggestions with gold events: a pair needs the same
sub-event type (or one the gold accepts), and pairs are assigned greedily by actors, country, date
and fatalities. Per gold event:

- **found**: matched, with both actors right (in either order, by the gold's patterns of
  acceptable names); the headline figure, and the recall.
- **type**: matched at all (the sub-event type agrees); **one actor**: at least one actor right.
- **evidence**: the suggestion cites the gold's quote or evidence sentences.
- **country**, **town** (only where the gold names one), **date** (day, week or month, with the
  right precision), **fatalities** (within the gold's conservative range; no figure counts as 0),
  **context** (current, historical...): scored where the gold has a value; an unmatched gold
  event counts wrong on each.
  A quirk of \`score.mjs\`: a gold date of year precision is left out when its event is matched
  but counted wrong when it is not, so the date denominators of two columns can differ by such
  events.
- **inter codes**: both actors' ACLED inter codes right, over found events only.
- **false positives**: suggestions matched to no gold event; **precision** = suggestions that
  match a gold event / all suggestions.

Gold events marked optional (what ACLED may or may not code: threats, plans, vague background)
are left out of every denominator, and a suggestion matched to one is not a false positive.

The baseline is the engine before this work (issue 12), at commit \`${BASELINE}\`: its \`src/\` is
taken from git in the same run, bundled and scored the same way, with the same library versions.

## How to run

\`\`\`sh
npm run bench:quality          # this benchmark alone (also part of npm run bench)
# the scorer by hand, with every event and false positive listed:
npx esbuild src/core/suggest/index.ts --bundle --platform=node --format=esm \\
  --outfile=node_modules/.cache/engine.mjs --loader:.json=json
node ../shared/corpus/events/score.mjs node_modules/.cache/engine.mjs ../shared/corpus/events -v
\`\`\`

Without \`../shared/corpus/events\` the benchmark says so in one sentence and exits 0. It exits 1
when a target is missed. \`SUGGEST_CORPUS=<folder>\` scores another corpus folder (with its own
\`score.mjs\`), \`SUGGEST_BASELINE=<commit>\` another baseline (\`none\` for none).

## Last run

${when} UTC, code at \`${head}\`${headNote} (this file is rewritten by each run), node ${process.version},
${cpus().length} CPUs shared with other jobs; load average (1/5/15 min) ${loadBefore} at the start
and ${loadAfter} at the end. Scoring took ${engines.map((e) => `${(e.ms / 1000).toFixed(1)} s ${e.label === 'now' ? 'now' : 'before'}`).join(', ')}.
${baselineNote ? `\n${baselineNote}\n` : ''}${problems.length ? `\nNot scored: ${problems.join('; ')}.\n` : ''}
${summary}

### Per field (${nowSums.n} gold events; ${nowSums.optional[1]} optional ones are outside the denominators)

${fieldTable}

Optional gold events matched with both actors: ${baseSums ? `${baseSums.optional[0]}/${baseSums.optional[1]} before, ` : ''}${nowSums.optional[0]}/${nowSums.optional[1]} now (not in the denominators).

### Per report${baseline ? ' (before → now)' : ''}

Counts of gold events right on each field, out of the report's gold events (fields scored only
where the gold has a value).

${reportTable}
`

writeFileSync(DOC, doc)
console.log(`\n${fieldTable}\n\n${reportTable}\n`)
console.log(`Load average ${loadBefore} → ${loadAfter}. ${summary}`)
console.log(`Written to ${DOC}`)
process.exit(missed.length || problems.length ? 1 : 0)
