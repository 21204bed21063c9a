// `npm run bench`: builds the app, then runs every benchmark in turn, streaming their output.
//
//   1. npx electron-vite build                      (the reader bench drives the built renderer)
//   2. npx tsx bench/anchoring/anchoring-bench.ts   (re-anchoring, pure TypeScript)
//   3. npx tsx bench/suggest/suggest-bench.ts       (event suggestions on a 10,000-word article,
//                                                    gazetteer ready)
//   3b. npx tsx bench/suggest/suggest-page-bench.ts (the same article in Chromium: the page's long
//                                                    tasks while "Suggest events" works)
//   3c. npx tsx bench/suggest/quality-bench.ts      (suggestion quality on ../shared/corpus/events,
//                                                    before/after; says so when it is absent)
//   4. npx tsx bench/reader/reader-bench.ts         (the reader in Chromium: first paint, scrolling)
//   5. npx tsx bench/events/events-bench.ts         (table, timeline and chart with 2,000 events)
//   6. npx tsx bench/notes/notes-bench.ts           (the note editor: opening, keystroke to paint)
//   7. npx tsx bench/exports/data-bench.ts          (record exports: 2,000 events, 1,000 annotations)
//   8. npx tsx bench/exports/brief-bench.ts         (brief exports: Markdown, HTML, DOCX, 1,000 citations)
//   9. npx tsx bench/exports/pdf-bench.ts           (the same brief printed to PDF by Chromium)
//  10. npx tsx bench/backup/backup-bench.ts         (backup and restore of 50,000 records)
//  11. npx tsx bench/search/search-bench.ts         (Ctrl+K search over 50,000 items, per keystroke)
//  12. npx tsx bench/import/web-page-bench.ts      (saved web pages on ../shared/corpus/web-pages
//                                                    against Reader View, before/after; says so
//                                                    when the corpus is absent)
//  13. npx tsx bench/import/docx-eml-bench.ts      (Word and e-mail import: the zip-bomb guard
//                                                    beside mammoth, a 20 MB e-mail parsed)
//  14. npx tsx bench/articles/versions-bench.ts     (edit in place and version diffs, 10,000 words)
//  15. npx tsx bench/import/pdf-import-bench.ts     (PDF import through Import…: text similarity,
//                                                    a 100-page report's import time)
//  16. npx tsx bench/library/library-bench.ts       (10,000 articles, 100,000 annotations, 20,000
//                                                    events: start, comment keystroke, library
//                                                    scroll and filter, snapshot list; beside the
//                                                    app at c635f56 built from git)
//  17. npx tsx bench/large-article/large-article-bench.ts (10 MB and 60 MB articles opened, a
//                                                    9.5 MB import, Ctrl+K over 10,000 articles,
//                                                    beside main at c635f56 built from git)
//
// A failed build stops the run; a failed bench does not stop the next one. Exits 1 when anything
// failed, and ends with one line naming which benches passed and which failed.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx'

const BENCHES = [
  { name: 'anchoring', args: ['tsx', 'bench/anchoring/anchoring-bench.ts'] },
  { name: 'suggest', args: ['tsx', 'bench/suggest/suggest-bench.ts'] },
  { name: 'suggest-page', args: ['tsx', 'bench/suggest/suggest-page-bench.ts'] },
  { name: 'suggest-quality', args: ['tsx', 'bench/suggest/quality-bench.ts'] },
  { name: 'reader', args: ['tsx', 'bench/reader/reader-bench.ts'] },
  { name: 'events', args: ['tsx', 'bench/events/events-bench.ts'] },
  { name: 'notes', args: ['tsx', 'bench/notes/notes-bench.ts'] },
  { name: 'exports-data', args: ['tsx', 'bench/exports/data-bench.ts'] },
  { name: 'exports-brief', args: ['tsx', 'bench/exports/brief-bench.ts'] },
  { name: 'exports-pdf', args: ['tsx', 'bench/exports/pdf-bench.ts'] },
  { name: 'backup', args: ['tsx', 'bench/backup/backup-bench.ts'] },
  { name: 'search', args: ['tsx', 'bench/search/search-bench.ts'] },
  { name: 'web-pages', args: ['tsx', 'bench/import/web-page-bench.ts'] },
  { name: 'import-docx-eml', args: ['tsx', 'bench/import/docx-eml-bench.ts'] },
  { name: 'articles-versions', args: ['tsx', 'bench/articles/versions-bench.ts'] },
  { name: 'import-pdf', args: ['tsx', 'bench/import/pdf-import-bench.ts'] },
  { name: 'library', args: ['tsx', 'bench/library/library-bench.ts'] },
  { name: 'large-article', args: ['tsx', 'bench/large-article/large-article-bench.ts'] }
]

/**
 * Runs `npx …args` in the project root with inherited stdio; resolves to its exit code.
 * @param {string[]} args
 * @returns {Promise<number>}
 */
function run(args) {
  console.log(`\n$ npx ${args.join(' ')}\n`)
  return new Promise((resolve) => {
    const child = spawn(NPX, args, {
      cwd: ROOT,
      stdio: 'inherit',
      shell: process.platform === 'win32'
    })
    child.on('error', (error) => {
      console.error(`Could not start npx ${args.join(' ')}: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

const build = await run(['electron-vite', 'build'])
if (build !== 0) {
  console.error('\nBenches: not run, the build failed.')
  process.exit(1)
}

/** @type {string[]} */
const passed = []
/** @type {string[]} */
const failed = []
for (const bench of BENCHES) {
  const code = await run(bench.args)
  ;(code === 0 ? passed : failed).push(bench.name)
}

console.log(
  `\nBenches passed: ${passed.length ? passed.join(', ') : 'none'}` +
    (failed.length ? `; failed: ${failed.join(', ')}` : '')
)
process.exit(failed.length ? 1 : 0)
