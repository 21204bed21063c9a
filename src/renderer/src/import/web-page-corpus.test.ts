// The saved-page corpus (../shared/corpus/web-pages) imported as Import… does it, held to the
// targets of issue 13. The figures, side by side with the old import, are in docs/benchmarks.md
// (npx tsx bench/import/web-page-bench.ts).
import { describe, expect, it } from 'vitest'
import {
  WEB_PAGE_CORPUS,
  importOurs,
  loadWebPageCorpus,
  scoreCorpus
} from '../../../../bench/import/web-page-corpus'
import { WEB_PAGE_TARGETS, summarise } from '../../../../bench/import/web-page-score'

const pages = loadWebPageCorpus()
if (!pages) console.warn(`Saved-page corpus not found at ${WEB_PAGE_CORPUS}: its test is skipped.`)

describe.skipIf(!pages)('saved web pages corpus', () => {
  it('shows the article and only the article, with its title and byline', async () => {
    const results = await scoreCorpus(pages ?? [], importOurs)
    const summary = summarise(results)
    expect(summary.pages).toBeGreaterThan(0)
    // Named pages in the message, so a failure says which pages fell short.
    const weak = results
      .filter((r) => r.words.f1 < WEB_PAGE_TARGETS.goodF1)
      .map((r) => `${r.name} F1 ${r.words.f1.toFixed(3)}`)
    expect(summary.goodShare, `pages under F1 0.90: ${weak.join(', ')}`).toBeGreaterThanOrEqual(
      WEB_PAGE_TARGETS.goodShare
    )
    const noisy = results
      .filter((r) => r.words.outside > WEB_PAGE_TARGETS.maxOutside)
      .map((r) => `${r.name} ${(r.words.outside * 100).toFixed(1)}%`)
    expect(noisy, 'pages with more than 10% of their words outside the article').toEqual([])
    const wrong = results
      .filter((r) => !r.titleRight || !r.bylineRight)
      .map((r) => `${r.name}${r.titleRight ? '' : ' title'}${r.bylineRight ? '' : ' byline'}`)
    expect(summary.metadataShare, `wrong: ${wrong.join(', ')}`).toBeGreaterThanOrEqual(
      WEB_PAGE_TARGETS.metadataShare
    )
  }, 120_000)
})
