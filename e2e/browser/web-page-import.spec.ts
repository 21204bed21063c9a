// Saved news pages from ../shared/corpus/web-pages (real pages full of scripts, trackers, images
// and navigation) imported as a user would: through Import… and by dropping the file.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { dropFile, importThroughDialog, textFile, type FakeFile } from '../support/files'
import { chromiumPath, expect, test } from '../support/workbench'

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'web-pages')

function savedPage(name: string): FakeFile {
  return {
    name: `${name}.html`,
    mimeType: 'text/html',
    buffer: readFileSync(join(CORPUS, name, 'source.html'))
  }
}

const RENDERER = join(process.cwd(), 'out', 'renderer')

/**
 * Every request made while `action` runs, until `done` holds, to any host including the
 * workbench's own server, except for the built renderer's own files (a font subset that newly
 * shown letters need is the workbench's, not the page's).
 */
async function requestsDuring(
  page: Page,
  action: () => Promise<void>,
  done: () => Promise<void>
): Promise<string[]> {
  const seen: string[] = []
  const appOrigin = new URL(page.url()).origin
  const listener = (request: { url: () => string }): void => {
    const url = new URL(request.url())
    const path = decodeURIComponent(url.pathname)
    const ownFile =
      url.origin === appOrigin &&
      path !== '/' &&
      !path.includes('..') &&
      existsSync(join(RENDERER, path))
    if (!ownFile) seen.push(request.url())
  }
  page.on('request', listener)
  try {
    await action()
    await done()
  } finally {
    page.off('request', listener)
  }
  return seen
}

test.describe('saved web pages', () => {
  test.skip(!existsSync(CORPUS), `the saved-page corpus is not at ${CORPUS}`)

  test('a saved BBC page imported through Import… shows the article, its metadata and no page furniture, loads nothing, and survives a restart', async ({
    launch
  }) => {
    let { page, context } = await launch()
    const title = "Obama admits US gun laws are his 'biggest frustration'"
    const heading = page.getByRole('heading', { level: 1 })
    const requests = await requestsDuring(
      page,
      () => importThroughDialog(page, savedPage('bbc-1')),
      () => expect(heading).toHaveText(title)
    )
    // The page names dozens of scripts, images, trackers and style sheets; none may be fetched,
    // from the web or (through a relative URL) from the workbench's own server.
    expect(requests).toEqual([])

    const meta = page.locator('.article-meta')
    await expect(meta).toContainText('BBC News')
    await expect(meta).toContainText('Published')
    await expect(meta).toContainText('http://www.bbc.com/news/world-us-canada-33646704')
    const body = page.getByTestId('article-body')
    await expect(body).toContainText('President Barack Obama has admitted')
    await expect(body).toContainText('first US president to address the African Union')
    for (const furniture of [
      'Skip to content',
      'Recommended by Outbrain',
      "WWE terminates Hulk Hogan's contract",
      'Terms of Use',
      'Share this story'
    ])
      await expect(body).not.toContainText(furniture)
    await expect(body.locator('img, script, iframe, a, [src], [onerror]')).toHaveCount(0)
    await expect(page.locator('article.article')).toHaveAttribute('lang', 'en')

    await context.close()
    ;({ page, context } = await launch())
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.locator('.article-meta')).toContainText('BBC News')
    await expect(page.getByTestId('article-body')).toContainText(
      'President Barack Obama has admitted'
    )
    await expect(page.getByTestId('article-body')).not.toContainText('Skip to content')
  })

  test('a saved Chinese page dropped on the window keeps its text and is marked as Chinese', async ({
    workbench: { page }
  }) => {
    const heading = page.getByRole('heading', { level: 1 })
    const requests = await requestsDuring(
      page,
      () => dropFile(page, savedPage('qq')),
      () =>
        expect(heading).toHaveText('DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网')
    )
    expect(requests).toEqual([])
    const body = page.getByTestId('article-body')
    await expect(body).toContainText('TNW中文站2016年10月14日07:17')
    for (const furniture of [
      '无障碍说明',
      '我要分享',
      '热门评论',
      'Copyright © 1998 - 2016 Tencent'
    ])
      await expect(body).not.toContainText(furniture)
    await expect(page.locator('article.article')).toHaveAttribute('lang', 'zh')

    await page.reload()
    await expect(heading).toHaveText(
      'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网'
    )
    await expect(page.locator('article.article')).toHaveAttribute('lang', 'zh')
  })
  test('a page saved by Chromium as a single file (.mhtml) imports as the saved page, loading nothing', async ({
    workbench: { page }
  }) => {
    // Chromium's own "Webpage, single file", made in a browser of its own (the workbench's
    // profile must see no other origin): the corpus page opened with scripts off and every
    // request but the page itself refused, then captured as MHTML.
    const browser = await chromium.launch({ executablePath: chromiumPath() })
    let data: string
    try {
      const source = await (await browser.newContext({ javaScriptEnabled: false })).newPage()
      await source.route('**/*', (route) =>
        route.request().url() === 'https://news.example/bbc.html'
          ? route.fulfill({
              body: readFileSync(join(CORPUS, 'bbc-1', 'source.html')),
              contentType: 'text/html'
            })
          : route.abort()
      )
      await source.goto('https://news.example/bbc.html')
      const cdp = await source.context().newCDPSession(source)
      ;({ data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as {
        data: string
      })
    } finally {
      await browser.close()
    }

    const title = "Obama admits US gun laws are his 'biggest frustration'"
    const heading = page.getByRole('heading', { level: 1 })
    const requests = await requestsDuring(
      page,
      () =>
        importThroughDialog(page, {
          name: 'obama.mhtml',
          mimeType: 'multipart/related',
          buffer: Buffer.from(data)
        }),
      () => expect(heading).toHaveText(title)
    )
    expect(requests).toEqual([])
    await expect(page.locator('.article-meta')).toContainText('BBC News')
    const body = page.getByTestId('article-body')
    await expect(body).toContainText('President Barack Obama has admitted')
    await expect(body).not.toContainText('Skip to content')
    await expect(body.locator('img, script, iframe, a, [src]')).toHaveCount(0)
  })
})

test('a right-to-left page is shown right to left', async ({ workbench: { page } }) => {
  const sentence =
    'ارتفع منسوب النهر مترين خلال الليل وغمرت المياه البلدة السفلى بحسب المسؤولين المحليين في المدينة.'
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>فيضان النهر يغمر البلدة السفلى في المدينة</title>
    <meta property="og:site_name" content="صحيفة المساء"></head><body>
    <nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
    <article>${`<p>${sentence} ${sentence}</p>`.repeat(6)}</article>
    <footer>جميع الحقوق محفوظة</footer></body></html>`
  await importThroughDialog(page, textFile('arabic.html', html, 'text/html'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'فيضان النهر يغمر البلدة السفلى في المدينة'
  )
  const article = page.locator('article.article')
  await expect(article).toHaveAttribute('dir', 'rtl')
  await expect(article).toHaveAttribute('lang', 'ar')
  await expect(page.locator('.article-meta')).toContainText('صحيفة المساء')
  await expect(page.getByTestId('article-body')).not.toContainText('جميع الحقوق محفوظة')
  // The paragraphs inherit the direction, so they are laid out from the right.
  const first = page.getByTestId('article-body').locator('p').first()
  expect(await first.evaluate((p) => getComputedStyle(p).direction)).toBe('rtl')
})
