// Saved web page import benchmark: every page of ../shared/corpus/web-pages (see its README.md)
// imported through prepareArticleFile, the function Import… and a drop call, scored against
// Firefox Reader View's extraction (expected.html, expected-metadata.json), side by side in the
// same run with the named baseline: the HTML import as on main before this work (commit 91fd1a5,
// htmlToArticle: the whole page sanitised, no page metadata).
//
// Run: npx tsx bench/import/web-page-bench.ts   (also part of npm run bench; exits 1 when a
// target is missed). Writes bench/import/web-page-last-run.md. WEB_PAGE_CORPUS=<folder> scores another
// folder of the same layout (pages kept apart).
//
// Figures: word-level F1 of the article body (bags of lower-cased words; Chinese and Japanese
// characters one word each) against expected.html's text; "outside" = share of the shown body's
// words that are not in the article (1 − precision); title and byline compared ignoring case,
// spacing and quote styles. Ours runs twice: in jsdom (the same code, as the renderer tests run
// it) and through the real UI (web-page-ui.ts: the built renderer in Chromium, each page given
// to Import…'s file chooser, the reader's shown text scored, and every request counted; needs
// out/renderer, which npm run bench builds first; WEB_PAGE_BENCH_UI=0 skips it).
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const HERE = dirname(fileURLToPath(import.meta.url))
// jsdom ships no types and the project has no @types/jsdom; this is the one constructor used.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options: { url: string }) => { window: Window }
}

// The renderer code expects a window (DOMPurify binds to it when imported), so the DOM globals are
// installed before any of it is loaded.
const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://localhost/' })
const g = globalThis as Record<string, unknown>
for (const key of [
  'window',
  'document',
  'DOMParser',
  'Node',
  'NodeFilter',
  'Element',
  'HTMLElement',
  'DocumentFragment'
])
  g[key] = key === 'window' ? dom.window : (dom.window as unknown as Record<string, unknown>)[key]

const { WEB_PAGE_CORPUS, importBaseline, importOurs, loadWebPageCorpus, scoreCorpus } =
  await import('./web-page-corpus')
const { WEB_PAGE_TARGETS, sameMetadata, scoreWords, summarise } = await import('./web-page-score')
const { importThroughUi } = await import('./web-page-ui')
type PageResult = import('./web-page-score').PageResult
type CorpusPage = import('./web-page-corpus').CorpusPage

const pages = loadWebPageCorpus()
if (!pages) {
  console.log(`Saved-page corpus not found at ${WEB_PAGE_CORPUS}: web page bench not run.`)
  process.exit(0)
}

const load1 = loadavg()[0] ?? 0
let t = performance.now()
const baseline = await scoreCorpus(pages, importBaseline)
const baselineMs = performance.now() - t
t = performance.now()
const ours = await scoreCorpus(pages, importOurs)
const oursMs = performance.now() - t
const load2 = loadavg()[0] ?? 0

// The same import through the real UI (Import… in the built renderer in Chromium).
const ui =
  process.env['WEB_PAGE_BENCH_UI'] === '0'
    ? 'skipped (WEB_PAGE_BENCH_UI=0)'
    : await importThroughUi(pages)
const uiResults: PageResult[] | null =
  typeof ui === 'string'
    ? null
    : ui.map((u, i) => ({
        name: u.name,
        words: scoreWords(u.article.shownText, (pages[i] as CorpusPage).expectedText),
        titleRight: sameMetadata(u.article.title, (pages[i] as CorpusPage).expected.title),
        bylineRight: sameMetadata(u.article.byline, (pages[i] as CorpusPage).expected.byline)
      }))
const uiRequests = typeof ui === 'string' ? [] : ui.flatMap((u) => u.requests)
const uiMs = typeof ui === 'string' ? [] : ui.map((u) => u.ms).sort((x, y) => x - y)

const b = summarise(baseline)
const o = summarise(ours)
const u = uiResults ? summarise(uiResults) : null
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
const yes = (ok: boolean): string => (ok ? 'yes' : 'NO')
// Targets hold for ours in jsdom and, when it ran, for ours through the UI.
const both = u ? [o, u] : [o]
const okGood = both.every((x) => x.goodShare >= WEB_PAGE_TARGETS.goodShare)
const okOutside = both.every((x) => x.pagesOverOutside === 0)
const okMeta = both.every((x) => x.metadataShare >= WEB_PAGE_TARGETS.metadataShare)
const okRequests = uiRequests.length === 0
const col = (f: (x: NonNullable<typeof u>) => string): string => (u ? f(u) : 'not run')
const uiCount = (ok: (r: PageResult) => boolean): string =>
  uiResults ? count(uiResults, ok) : 'not run'

const count = (rs: PageResult[], ok: (r: PageResult) => boolean): string =>
  `${rs.filter(ok).length}/${rs.length}`
const mark = (r: PageResult): string => `${r.titleRight ? 'T' : '–'}${r.bylineRight ? 'B' : '–'}`
const uiCell = (r: PageResult | undefined): string =>
  r ? `${r.words.f1.toFixed(3)} | ${pct(r.words.outside)} | ${mark(r)}` : 'not run | | '
const lines = [
  '# Saved web page import — last run',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Node ${process.version}; ${cpus().length} cores; load average ${load1.toFixed(2)} before, ${load2.toFixed(2)} after`,
  `- Corpus: ${pages.length} pages from ${WEB_PAGE_CORPUS.endsWith('web-pages') ? '../shared/corpus/web-pages' : WEB_PAGE_CORPUS}`,
  `- Baseline: main's HTML import before this work (91fd1a5, htmlToArticle); ours: prepareArticleFile (Readability on an inert page, DOMPurify, the text model, page metadata)`,
  `- Time to import all pages (jsdom, informative): baseline ${baselineMs.toFixed(0)} ms, ours ${oursMs.toFixed(0)} ms`,
  '',
  `- Through the UI: ${typeof ui === 'string' ? `not run: ${ui}` : `the built renderer in Chromium, each page given to Import…'s file chooser; body text as the reader shows it, title and byline as stored; import to article shown, median ${uiMs[Math.floor(uiMs.length / 2)] ?? 0} ms, slowest ${uiMs.at(-1) ?? 0} ms`}`,
  '',
  '| metric | baseline: whole page | ours: Readability | ours through the UI (Chromium) | target | pass |',
  '| --- | --- | --- | --- | --- | --- |',
  `| pages with word F1 ≥ 0.90 | ${pct(b.goodShare)} (${b.good}/${b.pages}) | ${pct(o.goodShare)} (${o.good}/${o.pages}) | ${col((x) => `${pct(x.goodShare)} (${x.good}/${x.pages})`)} | ≥ 90% | ${yes(okGood)} |`,
  `| mean word F1 | ${b.meanF1.toFixed(3)} | ${o.meanF1.toFixed(3)} | ${col((x) => x.meanF1.toFixed(3))} | info | info |`,
  `| pages with > 10% of shown words outside the article | ${b.pagesOverOutside} | ${o.pagesOverOutside} | ${col((x) => String(x.pagesOverOutside))} | 0 | ${yes(okOutside)} |`,
  `| worst page, share of shown words outside the article | ${pct(b.worstOutside)} | ${pct(o.worstOutside)} | ${col((x) => pct(x.worstOutside))} | ≤ 10% | ${yes(okOutside)} |`,
  `| title right | ${count(baseline, (r) => r.titleRight)} | ${count(ours, (r) => r.titleRight)} | ${uiCount((r) => r.titleRight)} | info | info |`,
  `| byline right | ${count(baseline, (r) => r.bylineRight)} | ${count(ours, (r) => r.bylineRight)} | ${uiCount((r) => r.bylineRight)} | info | info |`,
  `| title and byline right | ${pct(b.metadataShare)} (${b.metadataRight}/${b.pages}) | ${pct(o.metadataShare)} (${o.metadataRight}/${o.pages}) | ${col((x) => `${pct(x.metadataShare)} (${x.metadataRight}/${x.pages})`)} | ≥ 90% | ${yes(okMeta)} |`,
  `| requests made while importing (any host; the workbench's own files aside) | n/a | n/a | ${typeof ui === 'string' ? 'not run' : uiRequests.length} | 0 | ${typeof ui === 'string' ? 'not run' : yes(okRequests)} |`,
  '',
  'Per page (F1 / share of shown words outside the article / T = title right, B = byline right):',
  '',
  '| page | baseline F1 | baseline outside | baseline T B | ours F1 | ours outside | ours T B | UI F1 | UI outside | UI T B |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...ours.map((r, i) => {
    const base = baseline[i] as PageResult
    return `| ${r.name} | ${base.words.f1.toFixed(3)} | ${pct(base.words.outside)} | ${mark(base)} | ${r.words.f1.toFixed(3)} | ${pct(r.words.outside)} | ${mark(r)} | ${uiCell(uiResults?.[i])} |`
  }),
  ''
]
const report = lines.join('\n')
console.log(report)
if (WEB_PAGE_CORPUS.endsWith(join('shared', 'corpus', 'web-pages')))
  writeFileSync(join(HERE, 'web-page-last-run.md'), report)
if (uiRequests.length) console.log(`Requests made while importing:\n${uiRequests.join('\n')}`)
const ok = okGood && okOutside && okMeta && okRequests
console.log(ok ? 'Web page import: all targets met.' : 'Web page import: a target was missed.')
process.exit(ok ? 0 : 1)
