import { describe, expect, it } from 'vitest'
import { plainText } from '@core/article/plain-text'
import { webPageToArticle, withoutSiteName } from './web-page-to-article'

const story = [
  'The river rose two metres overnight and flooded the lower town, officials said on Tuesday.',
  'Rescue teams moved three hundred families to the school on the hill before dawn.',
  'The mayor said the dykes built after the last flood held on the northern bank.',
  'Farmers downstream said their fields would be under water for at least a week.',
  'The weather service expects more rain on Thursday and has kept its warning in place.'
]

/** A saved news page: navigation, cookie banner, article, related links, footer. */
function page(opts: { head?: string; html?: string; article?: string } = {}): string {
  const paragraphs = story.map((p) => `<p>${p} ${p}</p>`).join('\n')
  return `<!doctype html><html ${opts.html ?? 'lang="en"'}><head><title>River floods the lower town overnight | Daily Courier</title>
  ${opts.head ?? ''}</head><body>
  <nav class="site-nav"><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
  <li><a href="/weather">Weather</a></li></ul></nav>
  <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
  <main><article>
    <h1>River floods the lower town overnight</h1>
    ${opts.article ?? paragraphs}
  </article>
  <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Peaceful protest in the square</a></li>
  <li><a href="/b">Council votes on budget</a></li></ul></aside></main>
  <footer class="site-footer">© Daily Courier. All rights reserved. Contact us. Privacy policy.</footer>
  </body></html>`
}

describe('webPageToArticle', () => {
  it('keeps the article and leaves out navigation, banners, related links and the footer', () => {
    const result = webPageToArticle(page(), 'fallback')
    expect(result.extracted).toBe(true)
    const text = plainText(result.blocks)
    for (const p of story) expect(text).toContain(p)
    expect(text).not.toMatch(/cookies|Sport|Peaceful protest|All rights reserved/)
    expect(result.title).toBe('River floods the lower town overnight')
    expect(result.blocks[0]?.text).not.toBe('River floods the lower town overnight')
    expect(result.keptShare).toBeGreaterThan(0.9)
  })

  it('fills site, byline, date and canonical URL from JSON-LD, Open Graph and meta tags', () => {
    const head = `<link rel="canonical" href="https://courier.example/news/river-floods">
      <meta property="og:site_name" content="Daily Courier">
      <meta name="author" content="Ana Ruiz">
      <meta property="article:published_time" content="2024-03-05T23:30:00-05:00">`
    const { details } = webPageToArticle(page({ head }), 'f')
    expect(details).toMatchObject({
      source: 'Daily Courier',
      byline: 'Ana Ruiz',
      url: 'https://courier.example/news/river-floods',
      // The publisher's day, not the UTC one (which would be the 6th).
      publishedAt: '2024-03-05',
      lang: 'en'
    })
  })

  it('reads a NewsArticle in JSON-LD when the page has no meta tags', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'River floods the lower town overnight',
          author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { name: 'Li Wei' }],
          datePublished: '2024-03-05T08:00:00Z',
          publisher: { '@type': 'Organization', name: 'Daily Courier' },
          mainEntityOfPage: { '@id': 'https://courier.example/n/1' }
        }
      ]
    }
    const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script>`
    const { details } = webPageToArticle(page({ head }), 'f')
    expect(details).toMatchObject({
      source: 'Daily Courier',
      byline: 'Ana Ruiz, Li Wei',
      publishedAt: '2024-03-05',
      url: 'https://courier.example/n/1'
    })
  })

  it('refuses a script URL as the canonical link and names the host when the site is unnamed', () => {
    const bad = webPageToArticle(
      page({ head: '<link rel="canonical" href="javascript:alert(1)">' }),
      'f'
    )
    expect(bad.details.url).toBe('')
    const host = webPageToArticle(
      page({ head: '<meta property="og:url" content="https://www.courier.example/x">' }),
      'f'
    )
    expect(host.details.source).toBe('courier.example')
  })

  it('keeps a right-to-left page right to left, declared or not', () => {
    const arabic = [
      'ارتفع منسوب النهر مترين خلال الليل وغمرت المياه البلدة السفلى بحسب المسؤولين.',
      'نقلت فرق الإنقاذ ثلاثمائة عائلة إلى المدرسة الواقعة على التل قبل الفجر.',
      'قال رئيس البلدية إن السدود التي بنيت بعد الفيضان الأخير صمدت على الضفة الشمالية.',
      'قال المزارعون إن حقولهم ستبقى تحت الماء لمدة أسبوع على الأقل.',
      'تتوقع هيئة الأرصاد مزيدا من الأمطار يوم الخميس وأبقت على تحذيرها.'
    ]
      .map((p) => `<p>${p} ${p}</p>`)
      .join('')
    const declared = webPageToArticle(page({ html: 'lang="ar" dir="rtl"', article: arabic }), 'f')
    expect(declared.details).toMatchObject({ lang: 'ar', dir: 'rtl' })
    const undeclared = webPageToArticle(page({ html: '', article: arabic }), 'f')
    expect(undeclared.details.dir).toBe('rtl')
    expect(undeclared.details.lang).toBeUndefined()
  })

  it('names the language of a Chinese page that does not declare one', () => {
    const chinese = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>第${i}段：河水一夜之间上涨两米，淹没了下城区。官员周二表示，救援队在黎明前将三百户家庭转移到山上的学校。</p>`
    ).join('')
    const result = webPageToArticle(page({ html: '', article: chinese }), 'f')
    expect(result.details).toMatchObject({ lang: 'zh', dir: 'ltr' })
  })

  it('runs nothing and keeps no handler, script, frame or source from a hostile page', () => {
    const hostile = page({
      head: `<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">
        <link rel="stylesheet" href="https://evil.example/s.css"><script src="https://evil.example/a.js"></script>`,
      article:
        story.map((p) => `<p onmouseover="steal()">${p} ${p}</p>`).join('') +
        `<img src="https://evil.example/i.png" onerror="steal()" data-src="https://evil.example/lazy.jpg">
         <iframe src="https://evil.example/f"></iframe><script>var secret = 1</script>
         <a href="javascript:steal()">click</a><svg><image href="https://evil.example/s.png"/></svg>`
    })
    const result = webPageToArticle(hostile, 'f')
    expect(result.extracted).toBe(true)
    expect(JSON.stringify(result)).not.toMatch(/steal|secret|evil\.example/)
    expect(plainText(result.blocks)).toContain(story[0])
  })

  it('finds a short article in a page full of furniture even when the page does not look readerable', () => {
    const furniture = Array.from(
      { length: 30 },
      (_, i) =>
        `<li><a href="/s/${i}">Related story number ${i} about something else entirely</a></li>`
    ).join('')
    const html = `<html><head><title>Dam breach forces evacuation of two villages</title></head><body>
      <nav><ul>${furniture}</ul></nav>
      <div class="story"><p>${story[0]}</p><p>${story[1]}</p></div>
      <footer><ul>${furniture}</ul><p>Cookies help us deliver our services. Privacy policy.</p></footer></body></html>`
    const result = webPageToArticle(html, 'f')
    expect(result.extracted).toBe(true)
    expect(plainText(result.blocks)).toContain(story[1])
    expect(plainText(result.blocks)).not.toMatch(/Related story|Cookies/)
  })

  it('reads a short fragment whole, as before, when Readability finds no article', () => {
    const result = webPageToArticle('<h1>Head</h1><p>One line.</p><p>Two.</p>', 'f')
    expect(result.extracted).toBe(false)
    expect(result.title).toBe('Head')
    expect(result.blocks).toEqual([
      { kind: 'paragraph', text: 'One line.' },
      { kind: 'paragraph', text: 'Two.' }
    ])
  })
})

describe('withoutSiteName', () => {
  it('takes the site name off the end of a title, after a separator only', () => {
    expect(withoutSiteName('Obama admits US gun laws - BBC News', 'BBC News')).toBe(
      'Obama admits US gun laws'
    )
    expect(withoutSiteName('Floods in the delta | The Guardian', 'the guardian')).toBe(
      'Floods in the delta'
    )
    expect(withoutSiteName('Reuters', 'Reuters')).toBe('Reuters')
    expect(withoutSiteName('Why BBC News matters', 'BBC News')).toBe('Why BBC News matters')
    expect(withoutSiteName('Floods (part 2) - Le Monde.fr', 'Le Monde.fr')).toBe('Floods (part 2)')
    expect(withoutSiteName('Floods - BBC News', '')).toBe('Floods - BBC News')
  })
})
