// In-page probe for bench/large-article/large-article-bench.ts, injected with
// page.addInitScript before the workbench's own scripts. Plain browser JavaScript: bench/**/*.ts
// is type-checked without the DOM library, so everything touching the DOM lives here.
//
// It records every 'longtask' (main-thread task over 50 ms) from the start of the load, the time
// the article text is first painted (the frame after the first frame in which the article body
// holds an element with text) and the time the body says all of the text is laid out
// (data-laid-out="all", set by useLayOutInSlices in both builds). It also generates the seeded
// articles in the page and writes them with the raw IndexedDB API, so 60 MB of text never crosses
// the DevTools protocol.
/* global window, document, performance, requestAnimationFrame, PerformanceObserver, indexedDB, MutationObserver */
;(() => {
  const BODY = '[data-testid="article-body"]'
  const state = { longtasks: [], textPainted: null, laidOut: null, marks: {} }
  // Marks this document's start in the bench's trace (category blink.user_timing), so its CPU
  // figures count this page's main thread from here on (trace.ts tasksSinceMark) and not the
  // busiest renderer thread of the whole trace, which took in the teardown of the page before.
  performance.mark('large-bench-document')
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        state.longtasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    state.longtaskUnsupported = true
  }

  const watchText = () => {
    const tick = () => {
      const body = document.querySelector(BODY)
      const first = body && body.querySelector('[data-offset]')
      if (first && first.textContent.length > 0 && state.textPainted === null) {
        // This frame paints the text; the next frame's callback runs after that paint.
        requestAnimationFrame(() => {
          state.textPainted = performance.now()
        })
      }
      if (body && body.dataset.laidOut === 'all' && state.laidOut === null)
        state.laidOut = performance.now()
      if (state.laidOut === null) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }
  if (window.sessionStorage.getItem('large-article-watch') === '1') watchText()

  // A seeded generator, so both builds get the same text (mulberry32).
  const rng = (seed) => () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const WORDS = (
    'the of and to in a on for with by at from militia convoy ministry strike border crossing ' +
    'officials said reported according statement forces village district province spokesman ' +
    'civilians airstrike drone shelling negotiations ceasefire humanitarian access aid refugees ' +
    'casualties killed wounded government opposition fighters commander attack checkpoint ' +
    'mosul aleppo kharkiv kramatorsk khartoum darfur sanaa hodeidah gaza rafah idlib deir ezzor ' +
    'monday tuesday wednesday thursday friday saturday sunday week month year morning evening'
  ).split(' ')
  /** Text of about `chars` characters in paragraphs of about `paragraph` characters. */
  const makeBlocks = (seed, chars, paragraph) => {
    const next = rng(seed)
    const blocks = []
    let total = 0
    let n = 0
    while (total < chars) {
      const target = Math.min(chars - total, Math.round(paragraph * (0.6 + 0.8 * next())))
      const words = []
      let len = 0
      let sentence = 0
      while (len < target) {
        let w = WORDS[Math.floor(next() * WORDS.length)]
        if (sentence === 0) w = w[0].toUpperCase() + w.slice(1)
        sentence++
        if (sentence > 8 && next() < 0.15) {
          w += '.'
          sentence = 0
        }
        // A unique word now and then, so every article's text (and hash) differs.
        if (next() < 0.02) w += String(seed) + '-' + String(n++)
        words.push(w)
        len += w.length + 1
      }
      const text = words.join(' ')
      blocks.push({ kind: 'paragraph', text })
      total += text.length + 2
    }
    return blocks
  }
  const article = (id, title, blocks) => ({
    id,
    title,
    source: 'Bench wire',
    url: '',
    byline: '',
    publishedAt: '',
    importedAt: new Date(Date.UTC(2026, 0, 1)).toISOString(),
    contentHash: 'bench-' + id,
    format: 'txt',
    blocks
  })

  const openDb = () =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('analyst-workbench')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  const put = async (store, values) => {
    const db = await openDb()
    try {
      const tx = db.transaction([store], 'readwrite')
      const done = new Promise((resolve, reject) => {
        tx.oncomplete = () => resolve(undefined)
        tx.onerror = () => reject(tx.error)
        tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
      })
      for (const v of values) tx.objectStore(store).put(v)
      await done
    } finally {
      db.close()
    }
  }

  window.__largeBench = {
    state,
    /** Stores one article of about `chars` characters in paragraphs of about `paragraph`. */
    seedArticle: async ({ id, title, chars, paragraph, seed }) => {
      const blocks = makeBlocks(seed, chars, paragraph)
      await put('articles', [article(id, title, blocks)])
      return blocks.reduce((n, b) => n + b.text.length + 2, -2)
    },
    /** Stores `count` articles of 2,000–6,000 characters (the 10,000-article library). */
    seedLibrary: async ({ count, seed }) => {
      for (let at = 0; at < count; at += 500) {
        const batch = []
        for (let i = at; i < Math.min(count, at + 500); i++) {
          const blocks = makeBlocks(seed + i, 2000 + ((i * 7919) % 4000), 500)
          batch.push(
            article(`lib-${i}`, `Library article ${i}: ${blocks[0].text.slice(0, 40)}`, blocks)
          )
        }
        await put('articles', batch)
      }
    },
    remove: async (ids) => {
      const db = await openDb()
      try {
        const tx = db.transaction(['articles'], 'readwrite')
        for (const id of ids) tx.objectStore('articles').delete(id)
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve
          tx.onerror = () => reject(tx.error)
        })
      } finally {
        db.close()
      }
    },
    /** Resolves once the main thread has been idle (or after 20 s). */
    idle: () =>
      new Promise((resolve) =>
        window.requestIdleCallback(() => resolve(undefined), { timeout: 20000 })
      ),
    setCurrent: (id) => put('settings', [{ key: 'currentArticleId', value: id }]),
    watch: (on) => window.sessionStorage.setItem('large-article-watch', on ? '1' : '0'),
    longTasksSince: (t) => state.longtasks.filter((e) => e.start + e.duration >= t),
    now: () => performance.now(),
    /** The last time the palette's list or status changed (keystroke to results shown). */
    watchPalette: () => {
      state.marks.paletteChanged = null
      state.marks.lastKey = null
      const dialog = document.querySelector('dialog[open]')
      if (!dialog) throw new Error('the palette is not open')
      new MutationObserver(() => {
        state.marks.paletteChanged = performance.now()
      }).observe(dialog, { subtree: true, childList: true, characterData: true })
      dialog.addEventListener(
        'keydown',
        () => {
          state.marks.lastKey = performance.now()
        },
        true
      )
    },
    paletteLatency: () =>
      state.marks.paletteChanged === null || state.marks.lastKey === null
        ? null
        : state.marks.paletteChanged - state.marks.lastKey
  }
})()
