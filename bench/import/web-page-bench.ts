// Saved web page import benchmark: every page of ../shared/corpus/web-pages (see its README.md)
// imported through prepareArticleFile, the function Import… and a drop call, scored against
// Firefox Reader View's extraction (expected.html, expected-metadata.json), side by side in the
// same run with the named baseline: the HTML import as on main before this work (commit 91fd1a5,
// htmlToArticle: the whole page sanitised, no page metadata).
//
// Run: npx tsx bench/import/web-page-bench.ts   (also part of npm run bench; exits 1 when a
// target is missed). Writes bench/import/last-run.md. WEB_PAGE_CORPUS=<folder> scores another
// folder of the same layout (pages kept apart).
//
// Figures: word-level F1 of the article body (bags of lower-cased words; Chinese and Japanese
// characters one word each) against expected.html's text; "outside" = share of the shown body's
// words that are not in the article (1 − precision); title and byline compared ignoring case,
// spacing and quote styles. The DOM is jsdom's (the same DOMParser and DOMPurify code path as in
// the renderer tests); the e2e spec web-page-import.spec.ts checks the same import in Chromium.
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
const { WEB_PAGE_TARGETS, summarise } = await import('./web-page-score')
type PageResult = import('./web-page-score').PageResult

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

const b = summarise(baseline)
const o = summarise(ours)
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`
const yes = (ok: boolean): string => (ok ? 'yes' : 'NO')
const okGood = o.goodShare >= WEB_PAGE_TARGETS.goodShare
const okOutside = o.pagesOverOutside === 0
const okMeta = o.metadataShare >= WEB_PAGE_TARGETS.metadataShare

const count = (rs: PageResult[], ok: (r: PageResult) => boolean): string =>
  `${rs.filter(ok).length}/${rs.length}`
const mark = (r: PageResult): string => `${r.titleRight ? 'T' : '–'}${r.bylineRight ? 'B' : '–'}`
const lines = [
  '# Saved web page import — last run',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- Node ${process.version}; ${cpus().length} cores; load average ${load1.toFixed(2)} before, ${load2.toFixed(2)} after`,
  `- Corpus: ${pages.length} pages from ${WEB_PAGE_CORPUS.endsWith('web-pages') ? '../shared/corpus/web-pages' : WEB_PAGE_CORPUS}`,
  `- Baseline: main's HTML import before this work (91fd1a5, htmlToArticle); ours: prepareArticleFile (Readability on an inert page, DOMPurify, the text model, page metadata)`,
  `- Time to import all pages (jsdom, informative): baseline ${baselineMs.toFixed(0)} ms, ours ${oursMs.toFixed(0)} ms`,
  '',
  '| metric | baseline: whole page | ours: Readability | target | pass |',
  '| --- | --- | --- | --- | --- |',
  `| pages with word F1 ≥ 0.90 | ${pct(b.goodShare)} (${b.good}/${b.pages}) | ${pct(o.goodShare)} (${o.good}/${o.pages}) | ≥ 90% | ${yes(okGood)} |`,
  `| mean word F1 | ${b.meanF1.toFixed(3)} | ${o.meanF1.toFixed(3)} | info | info |`,
  `| pages with > 10% of shown words outside the article | ${b.pagesOverOutside} | ${o.pagesOverOutside} | 0 | ${yes(okOutside)} |`,
  `| worst page, share of shown words outside the article | ${pct(b.worstOutside)} | ${pct(o.worstOutside)} | ≤ 10% | ${yes(okOutside)} |`,
  `| title right | ${count(baseline, (r) => r.titleRight)} | ${count(ours, (r) => r.titleRight)} | info | info |`,
  `| byline right | ${count(baseline, (r) => r.bylineRight)} | ${count(ours, (r) => r.bylineRight)} | info | info |`,
  `| title and byline right | ${pct(b.metadataShare)} (${b.metadataRight}/${b.pages}) | ${pct(o.metadataShare)} (${o.metadataRight}/${o.pages}) | ≥ 90% | ${yes(okMeta)} |`,
  '',
  'Per page (F1 / share of shown words outside the article / T = title right, B = byline right):',
  '',
  '| page | baseline F1 | baseline outside | baseline T B | ours F1 | ours outside | ours T B |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...ours.map((r, i) => {
    const base = baseline[i] as PageResult
    return `| ${r.name} | ${base.words.f1.toFixed(3)} | ${pct(base.words.outside)} | ${mark(base)} | ${r.words.f1.toFixed(3)} | ${pct(r.words.outside)} | ${mark(r)} |`
  }),
  ''
]
const report = lines.join('\n')
console.log(report)
if (WEB_PAGE_CORPUS.endsWith(join('shared', 'corpus', 'web-pages')))
  writeFileSync(join(HERE, 'last-run.md'), report)
const ok = okGood && okOutside && okMeta
console.log(ok ? 'Web page import: all targets met.' : 'Web page import: a target was missed.')
process.exit(ok ? 0 : 1)
