// The saved-page corpus imported through the real UI: the built renderer (out/renderer, copied at
// start) in system Chromium, each page given to the Import… button's file chooser as a user does.
// What is scored is what the reader shows (the article body's text) and the record the import
// stored (title, byline, read from IndexedDB). Every request made during each import is counted,
// to any host and to the workbench's own server alike, except for files of the built renderer
// itself (a font subset the new text needs): there must be none.
import { chromium } from '@playwright/test'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import type { ArticleRecord } from '@shared/model/article'
import { REPO_ROOT, type CorpusPage } from './web-page-corpus'

export interface UiImport {
  name: string
  /** The stored record's title and byline, and the reader body's text as shown. */
  article: Pick<ArticleRecord, 'title' | 'byline'> & { shownText: string }
  /** Requests made while the page was imported and shown, to any host, but for the workbench's own files. */
  requests: string[]
  ms: number
}

/** Imports every page through Import…; a reason string when it cannot run here. */
export async function importThroughUi(pages: readonly CorpusPage[]): Promise<UiImport[] | string> {
  const built = join(REPO_ROOT, 'out', 'renderer')
  if (!existsSync(join(built, 'index.html')))
    return 'no built renderer in out/renderer (run npx electron-vite build)'
  const found = findChromium()
  if (!found.path) return 'no Chromium found (apt-get install chromium or set WORKBENCH_CHROMIUM)'
  const work = mkdtempSync(join(tmpdir(), 'web-page-bench-'))
  cpSync(built, join(work, 'renderer'), { recursive: true })
  const server = await serveRenderer({ root: join(work, 'renderer'), port: 0 })
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: found.path,
    args: QUIET_CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 }
  })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(server.url)
    const heading = page.getByRole('heading', { level: 1 })
    await heading.waitFor()
    const out: UiImport[] = []
    for (const item of pages) {
      const before = (await heading.textContent()) ?? ''
      const requests: string[] = []
      // The workbench's own files (a font subset for accented letters, say) are not the page's.
      const onRequest = (r: { url: () => string }): void => {
        if (!isOwnFile(r.url(), server.url, join(work, 'renderer'))) requests.push(r.url())
      }
      page.on('request', onRequest)
      const started = Date.now()
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Import…' }).click()
      await (
        await chooser
      ).setFiles({
        name: `${item.name}.html`,
        mimeType: 'text/html',
        buffer: Buffer.from(item.source)
      })
      // The reader shows the new article when its title replaces the previous one.
      await page.waitForFunction(
        (old) => document.querySelector('h1.article-title')?.textContent !== old,
        before,
        { timeout: 60_000 }
      )
      const ms = Date.now() - started
      page.off('request', onRequest)
      const shownText = (await page.getByTestId('article-body').innerText()) ?? ''
      const stored = await page.evaluate(readNewestArticle)
      out.push({
        name: item.name,
        article: { title: stored?.title ?? '', byline: stored?.byline ?? '', shownText },
        requests,
        ms
      })
    }
    return out
  } finally {
    await context.close()
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
}

/** Whether `url` is a file of the served renderer itself (same origin, and the file exists). */
function isOwnFile(url: string, origin: string, root: string): boolean {
  const parsed = new URL(url)
  if (parsed.origin !== new URL(origin).origin) return false
  const path = decodeURIComponent(parsed.pathname)
  return path !== '/' && !path.includes('..') && existsSync(join(root, path))
}

/** In the page: the most recently imported article record, straight from IndexedDB. */
function readNewestArticle(): Promise<{ title: string; byline: string } | null> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('analyst-workbench')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const all = open.result.transaction('articles').objectStore('articles').getAll()
      all.onerror = () => reject(all.error)
      all.onsuccess = () => {
        const rows = all.result as { title: string; byline: string; importedAt: string }[]
        rows.sort((a, b) => a.importedAt.localeCompare(b.importedAt))
        open.result.close()
        resolve(rows.at(-1) ?? null)
      }
    }
  })
}
