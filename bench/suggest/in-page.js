// In-page probe for bench/suggest/suggest-page-bench.ts, injected with page.addInitScript before
// any of the workbench's own scripts run. Plain browser JavaScript on purpose: bench/**/*.ts is
// type-checked without the DOM library, so what touches the DOM lives here and the bench reaches
// it through `window.__suggestProbe`.
//
// It records:
//   - every 'longtask' entry (a main-thread task over 50 ms), from the start of the load;
//   - each Worker the page creates (when, which script) and, for the suggestion worker, when its
//     'ready' message (gazetteer built) arrived and the build time it reports, and when each of
//     its messages arrived (so the bench can tell waiting for the worker from handling its answer);
// and it can run the suggester on the page thread (the baseline): onPage() loads
// suggest-on-page.js (the same src/core/suggest bundled as a classic script, served from the
// renderer's own folder so the app's Content-Security-Policy allows it) and calls it.
/* global window, document, performance, PerformanceObserver, setTimeout */
;(() => {
  const state = { longTasks: [], workers: [] }

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        state.longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    state.longTaskUnsupported = true
  }

  const NativeWorker = window.Worker
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options)
      const record = {
        url: String(url),
        created: performance.now(),
        ready: null,
        readyMs: null,
        messages: [],
        reads: []
      }
      state.workers.push(record)
      this.addEventListener('message', (event) => {
        // Registered before the app's own listener, so this is the start of the task handling it;
        // the first read of event.data deserialises the message, so its time is that cost.
        const at = performance.now()
        const data = event.data
        record.messages.push(at)
        record.reads.push(performance.now() - at)
        if (record.ready === null && data && data.kind === 'ready') {
          record.ready = performance.now()
          record.readyMs = data.ms
        }
      })
    }
  }

  let loading = null
  const loadScript = () =>
    (loading ??= new Promise((resolve, reject) => {
      const script = document.createElement('script')
      script.src = './suggest-on-page.js'
      script.onload = () => resolve(window.__suggestOnPage)
      script.onerror = () => reject(new Error('suggest-on-page.js did not load'))
      document.head.append(script)
    }))

  window.__suggestProbe = {
    state,
    now: () => performance.now(),
    longTasksBetween: (a, b) => state.longTasks.filter((t) => t.start >= a && t.start < b),
    /** The suggester on the page thread: one call, timed; the lexicon is built in the call. */
    async onPage(text, publishedAt) {
      const engine = await loadScript()
      await new Promise((r) => setTimeout(r, 100))
      const start = performance.now()
      const events = engine.suggestEvents(text, { publishedAt, lexicon: engine.createLexicon([]) })
      const end = performance.now()
      await new Promise((r) => setTimeout(r, 300))
      return { start, ms: end - start, events: events.length, end: performance.now() }
    }
  }
})()
