// In-page probe for bench/reader/reader-bench.ts, injected with page.addInitScript before any of
// the workbench's own scripts run. Plain browser JavaScript on purpose: bench/**/*.ts is
// type-checked without the DOM library (tsconfig.node.json), so everything that touches the DOM
// lives here and the bench calls it through `window.__readerBench`.
//
// What it records for the document it is injected into:
//   - every 'longtask' entry (tasks over 50 ms on the main thread), from the start of the load;
//   - every 'largest-contentful-paint' entry, noting whether its element is in the article body;
//   - "article painted": when sessionStorage 'reader-bench' names the expected number of blocks
//     and the annotated spans, a requestAnimationFrame loop checks once per frame whether the
//     article body holds all its blocks and every annotated span in the reader's viewport is a
//     range of one of the five colour highlights in CSS.highlights. The first frame where both
//     hold is the frame whose paint shows the article with its highlights; `painted` is
//     performance.now() in the callback of the frame after it, i.e. once that paint has been
//     produced by the main thread. performance.now() counts from navigation start.
/* global window, document, sessionStorage, performance, requestAnimationFrame, requestIdleCallback, PerformanceObserver, CSS, indexedDB */
;(() => {
  const BODY = '[data-testid="article-body"]'
  const COLOURS = ['aw-colour-0', 'aw-colour-1', 'aw-colour-2', 'aw-colour-3', 'aw-colour-4']
  let cfg = null
  try {
    cfg = JSON.parse(sessionStorage.getItem('reader-bench') ?? 'null')
  } catch {
    cfg = null
  }

  const state = { longtasks: [], lcp: [], readyFrame: null, painted: null, cfg }

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        state.longtasks.push({ start: e.startTime, duration: e.duration, name: e.name })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    state.longtaskUnsupported = true
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const el = e.element
        state.lcp.push({
          time: e.startTime,
          size: e.size,
          inBody: Boolean(el && el.closest && el.closest(BODY)),
          tag: el ? el.tagName : null
        })
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true })
  } catch {
    state.lcpUnsupported = true
  }

  // Plain-text span of the blocks in the reader pane's viewport (binary search on their boxes).
  const visibleSpan = (body) => {
    const pane = body.closest('.pane-content')
    const blocks = body.querySelectorAll('[data-offset]')
    if (!pane || blocks.length === 0) return null
    const view = pane.getBoundingClientRect()
    let lo = 0
    let hi = blocks.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (blocks[mid].getBoundingClientRect().bottom >= view.top) hi = mid
      else lo = mid + 1
    }
    const first = blocks[lo]
    hi = blocks.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (blocks[mid].getBoundingClientRect().top <= view.bottom) lo = mid
      else hi = mid - 1
    }
    const last = blocks[lo]
    return {
      start: Number(first.dataset.offset),
      end: Number(last.dataset.offset) + last.textContent.length
    }
  }

  // Offsets of a highlight range: its boundary text nodes sit in blocks carrying data-offset.
  const offsetOf = (node, offset) => Number(node.parentElement?.dataset.offset) + offset

  /** True when every quoted span in view is painted by one of the five colour highlights. */
  const visibleHighlightsPainted = (body) => {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return false
    const painted = new Set()
    for (const name of COLOURS) {
      const highlight = CSS.highlights.get(name)
      if (!highlight) return false
      for (const r of highlight)
        painted.add(
          `${offsetOf(r.startContainer, r.startOffset)}:${offsetOf(r.endContainer, r.endOffset)}`
        )
    }
    const view = visibleSpan(body)
    if (!view) return false
    let inView = 0
    for (const [start, end] of cfg.spans) {
      if (start >= view.end || end <= view.start) continue
      inView += 1
      if (!painted.has(`${start}:${end}`)) return false
    }
    state.inView = inView
    return true
  }

  const isReady = () => {
    const body = document.querySelector(BODY)
    if (!body || body.querySelectorAll('[data-offset]').length < cfg.blocks) return false
    return cfg.spans.length === 0 || visibleHighlightsPainted(body)
  }

  if (cfg) {
    const tick = () => {
      if (isReady()) {
        state.readyFrame = performance.now()
        requestAnimationFrame(() => {
          state.painted = performance.now()
        })
        return
      }
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }

  const openDb = () =>
    new Promise((resolve, reject) => {
      // No version: open the database at whatever version Dexie created it.
      const request = indexedDB.open('analyst-workbench')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })

  const put = async (puts) => {
    const db = await openDb()
    try {
      const stores = [...new Set(puts.map((p) => p.store))]
      const tx = db.transaction(stores, 'readwrite')
      const done = new Promise((resolve, reject) => {
        tx.oncomplete = () => resolve(undefined)
        tx.onerror = () => reject(tx.error)
        tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'))
      })
      for (const p of puts) tx.objectStore(p.store).put(p.value)
      await done
    } finally {
      db.close()
    }
  }

  // Sorted (by start) spans used to find hover targets; set by the bench after each load.
  let spans = []

  // The block element holding plain-text `offset` (binary search on data-offset).
  const blockAt = (blocks, offset) => {
    let lo = 0
    let hi = blocks.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (Number(blocks[mid].dataset.offset) <= offset) lo = mid
      else hi = mid - 1
    }
    return blocks[lo]
  }

  window.__readerBench = {
    state,
    /** Writes records straight into the app's IndexedDB: [{ store, value }]. */
    put,
    /** Resolves once the main thread has been idle (all load work done). */
    idle: () =>
      new Promise((resolve) =>
        requestIdleCallback(() => resolve(performance.now()), { timeout: 5000 })
      ),
    /** Resolves after `n` animation frames. */
    frames: (n) =>
      new Promise((resolve) => {
        let left = n
        const step = () => (--left <= 0 ? resolve(performance.now()) : requestAnimationFrame(step))
        requestAnimationFrame(step)
      }),
    setSpans: (list) => {
      spans = list
    },
    pane: () => {
      const pane = document.querySelector('#reader-pane .pane-content')
      const body = document.querySelector(BODY)
      const r = pane.getBoundingClientRect()
      const b = body.getBoundingClientRect()
      return {
        top: r.top,
        left: r.left,
        width: r.width,
        height: r.height,
        bodyLeft: b.left,
        bodyWidth: b.width,
        scrollTop: pane.scrollTop,
        scrollHeight: pane.scrollHeight,
        clientHeight: pane.clientHeight
      }
    },
    /**
     * Screen points on up to `max` of the spans visible in the reader pane (on the highlights in
     * the annotated article; on the same words in the baseline), plus the pane's scroll state.
     */
    hoverPoints: (max) => {
      const pane = document.querySelector('#reader-pane .pane-content')
      const body = document.querySelector(BODY)
      const r = pane.getBoundingClientRect()
      const blocks = body.querySelectorAll('[data-offset]')
      const points = []
      // The first block at the top of the pane (probing down past the gaps between blocks).
      const x = body.getBoundingClientRect().left + 40
      let top = null
      for (let y = r.top + 4; !top && y < r.bottom; y += 12)
        top = document.elementFromPoint(x, y)?.closest('[data-offset]') ?? null
      const first = top ? Number(top.dataset.offset) : 0
      // First span starting at or after the top block.
      let lo = 0
      let hi = spans.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (spans[mid][0] < first) lo = mid + 1
        else hi = mid
      }
      for (let i = lo; i < spans.length && points.length < max; i++) {
        const [start, end] = spans[i]
        const block = blockAt(blocks, start)
        const text = block.firstChild
        if (!text) continue
        const local = Math.min(start - Number(block.dataset.offset) + 2, text.length - 1)
        if (local < 0) continue
        const range = document.createRange()
        range.setStart(text, local)
        range.setEnd(text, Math.min(local + 1, text.length, local + (end - start)))
        const rect = range.getBoundingClientRect()
        const x = rect.left + rect.width / 2
        const y = rect.top + rect.height / 2
        // Strictly inside the pane (and so inside the window): the wheel goes where the mouse is.
        if (y > r.bottom - 8) break
        if (y < r.top + 8 || rect.width === 0) continue
        points.push({ x, y })
      }
      return {
        points,
        scrollTop: pane.scrollTop,
        pageScrolled: (document.scrollingElement?.scrollTop ?? 0) !== 0,
        atEnd: pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 2
      }
    },
    longTasksSince: (t) => state.longtasks.filter((e) => e.start >= t),
    tip: () => document.querySelector('.highlight-tip') !== null,
    /** What the next load waits for (kept across reloads of this tab). */
    configure: (next) => sessionStorage.setItem('reader-bench', JSON.stringify(next))
  }
})()
