// The saved-page corpus (../shared/corpus/web-pages, see its README.md) and the two imports it is
// scored on: ours (prepareArticleFile, the function Import… and drop call) and the baseline, the
// HTML import as it was on main before this work (commit 91fd1a5: htmlToArticle, the whole page
// sanitised, no metadata), which is kept unchanged as the fallback for fragments. Needs a DOM
// (DOMParser, DOMPurify's window): jsdom in vitest, installed by the bench.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { plainText } from '@core/article/plain-text'
import type { ArticleRecord } from '@shared/model/article'
import { scoreWords, sameMetadata, type PageResult } from './web-page-score'

// A path, not new URL(): under jsdom, URL is jsdom's, which node:url does not accept.
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const WEB_PAGE_CORPUS = resolve(
  process.env['WEB_PAGE_CORPUS'] ?? join(REPO_ROOT, '..', 'shared', 'corpus', 'web-pages')
)

export interface CorpusPage {
  name: string
  source: Uint8Array
  expectedText: string
  expected: { title?: string | null; byline?: string | null }
}

/** Every page folder of the corpus, or null when the corpus is absent. */
export function loadWebPageCorpus(dir = WEB_PAGE_CORPUS): CorpusPage[] | null {
  if (!existsSync(dir)) return null
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const folder = join(dir, name)
      const expectedHtml = readFileSync(join(folder, 'expected.html'), 'utf8')
      const expectedDoc = new DOMParser().parseFromString(expectedHtml, 'text/html')
      return {
        name,
        source: new Uint8Array(readFileSync(join(folder, 'source.html'))),
        expectedText: expectedDoc.body.textContent ?? '',
        expected: JSON.parse(readFileSync(join(folder, 'expected-metadata.json'), 'utf8')) as {
          title?: string | null
          byline?: string | null
        }
      }
    })
}

/** What an import put before the reader: the record (title, byline, blocks). */
export type PageImporter = (page: CorpusPage) => Promise<ArticleRecord | null>

/** Scores one import of every page: the body's words against Reader View's, title and byline. */
export async function scoreCorpus(
  pages: readonly CorpusPage[],
  importer: PageImporter
): Promise<PageResult[]> {
  const out: PageResult[] = []
  for (const page of pages) {
    const article = await importer(page)
    out.push({
      name: page.name,
      words: scoreWords(article ? plainText(article.blocks) : '', page.expectedText),
      titleRight: sameMetadata(article?.title ?? '', page.expected.title),
      bylineRight: sameMetadata(article?.byline ?? '', page.expected.byline)
    })
  }
  return out
}

/** Ours: exactly what Import… and a drop do with the file. */
export async function importOurs(page: CorpusPage): Promise<ArticleRecord | null> {
  const { prepareArticleFile } = await import('../../src/renderer/src/import/prepare-article')
  const prepared = await prepareArticleFile(`${page.name}.html`, page.source, new Date(0))
  return prepared.ok ? prepared.article : null
}

/** The baseline: main's HTML import before this work (the whole page, no page metadata). */
export async function importBaseline(page: CorpusPage): Promise<ArticleRecord | null> {
  const { articleFromParsed } = await import('../../src/renderer/src/import/prepare-article')
  const { htmlToArticle } = await import('../../src/renderer/src/import/html-to-article')
  const { decodeText } = await import('../../src/renderer/src/import/decode-text')
  const text = decodeText(page.source)
  if (text === null) return null
  const parsed = htmlToArticle(text, page.name)
  if (parsed.blocks.length === 0) return null
  const prepared = await articleFromParsed(parsed, 'html', new Date(0))
  return prepared.ok ? prepared.article : null
}
