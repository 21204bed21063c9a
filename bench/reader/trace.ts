// Chromium performance traces over CDP, for the reader benches: start, stop and read back, and
// the renderer main thread's top-level tasks.
import type { CDPSession } from '@playwright/test'

export interface TraceEvent {
  name: string
  cat: string
  ph: string
  /** Start and wall duration, µs. */
  ts: number
  dur?: number
  /** Thread (CPU) time, µs: unlike dur, not stretched while other processes hold the CPU. */
  tdur?: number
  pid: number
  tid: number
  id?: string
  args?: Record<string, unknown>
}

/** Starts recording the given trace categories in the page's renderer (and the browser). */
export async function startTrace(cdp: CDPSession, categories: string[]): Promise<void> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: categories, recordMode: 'recordUntilFull' }
  } as never)
}

/** Stops recording and returns every event. */
export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? ''))
  )
  await cdp.send('Tracing.end')
  const stream = await done
  const chunks: string[] = []
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream })) as {
      data: string
      eof: boolean
      base64Encoded?: boolean
    }
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data)
    if (chunk.eof) break
  }
  await cdp.send('IO.close', { handle: stream })
  const parsed = JSON.parse(chunks.join('')) as { traceEvents: TraceEvent[] } | TraceEvent[]
  return Array.isArray(parsed) ? parsed : parsed.traceEvents
}

/**
 * The renderer main thread that did the most: its thread_name metadata event, or undefined.
 * (A trace can hold several renderers; the page's is the busy one.)
 */
export function rendererMain(events: TraceEvent[]): TraceEvent | undefined {
  const threads = events.filter(
    (e) => e.name === 'thread_name' && e.args?.['name'] === 'CrRendererMain'
  )
  const tasks = (t: TraceEvent): number =>
    events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length
  return threads.reduce<TraceEvent | undefined>(
    (best, t) => (!best || tasks(t) > tasks(best) ? t : best),
    undefined
  )
}

/** Names of a thread's top-level task events in trace category 'toplevel', with thread time. */
export const TOPLEVEL_TASK = 'ThreadControllerImpl::RunTask'

/**
 * The top-level tasks of the renderer main thread: `name` events ('RunTask' in category
 * disabled-by-default-devtools.timeline, or TOPLEVEL_TASK in the much lighter 'toplevel').
 */
export function mainThreadTasks(events: TraceEvent[], name = TOPLEVEL_TASK): TraceEvent[] {
  const main = rendererMain(events)
  if (!main) return []
  return events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === name
  )
}

/**
 * The top-level tasks of the thread that made the last user-timing mark `mark` (a
 * `performance.mark` recorded in category 'blink.user_timing'), from the task that made it on;
 * null when the trace holds no such mark. Unlike mainThreadTasks (the busiest renderer thread over
 * the whole trace), this is the page's own main thread and only its document's tasks: not another
 * tab's, and not the teardown of the document the page navigated away from.
 */
export function tasksSinceMark(
  events: TraceEvent[],
  mark: string,
  name = TOPLEVEL_TASK
): TraceEvent[] | null {
  const marks = events.filter((e) => e.name === mark && e.cat.includes('blink.user_timing'))
  const last = marks.reduce<TraceEvent | undefined>(
    (m, e) => (!m || e.ts > m.ts ? e : m),
    undefined
  )
  if (!last) return null
  return events.filter(
    (e) =>
      e.pid === last.pid &&
      e.tid === last.tid &&
      e.ph === 'X' &&
      e.name === name &&
      e.ts + (e.dur ?? 0) >= last.ts
  )
}

/** Trace events nested in a task that say where its time went (the profilers sum them per task). */
export const TASK_PARTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'ParseHTML',
  'MinorGC',
  'MajorGC',
  'V8.GC_MC_BACKGROUND_MARKING',
  'HitTest',
  'ScheduleStyleRecalculation',
  'RunMicrotasks',
  'v8.run',
  'ParseAuthorStyleSheet',
  'Commit',
  'UpdateLayer',
  'Document::updateStyleAndLayout'
])

/**
 * What ran a main-thread task (the first function or event nested in it) and the time of each
 * part nested in it, in ms, largest first: "name 12, name 3".
 */
export function explainTask(
  onMain: TraceEvent[],
  task: TraceEvent
): { what: string; parts: string } {
  const end = task.ts + (task.dur ?? 0)
  const inside = onMain.filter(
    (e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts < end && TASK_PARTS.has(e.name)
  )
  const sums = new Map<string, number>()
  for (const e of inside) sums.set(e.name, (sums.get(e.name) ?? 0) + (e.dur ?? 0) / 1000)
  const parts = [...sums]
    .filter(([, d]) => d >= 1)
    .sort((a, b) => b[1] - a[1])
    .map(([n, d]) => `${n} ${Math.round(d)}`)
    .join(', ')
  const fn = inside.find((e) => e.name === 'FunctionCall' || e.name === 'EventDispatch')
  const data = (fn?.args?.['data'] ?? {}) as { type?: string; functionName?: string; url?: string }
  const what =
    fn?.name === 'EventDispatch'
      ? `event ${data.type}`
      : fn
        ? `${data.functionName || '(anonymous)'}@${String(data.url ?? '')
            .split('/')
            .pop()}`
        : ''
  return { what, parts }
}

/** Self time per JS function from the trace's sampled CPU profile (ProfileChunk events). */
export function profileSummary(
  events: TraceEvent[],
  main: TraceEvent | undefined,
  windows: [number, number][]
): void {
  interface Node {
    id: number
    parent?: number
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  }
  const nodes = new Map<number, Node>()
  const samples: number[] = []
  const deltas: number[] = []
  let startTs = 0
  const profile = events.find(
    (e) => e.name === 'Profile' && (!main || (e.pid === main.pid && e.tid === main.tid))
  )
  if (!profile) return console.log('  (no CPU profile in the trace)')
  startTs = (profile.args?.['data'] as { startTime: number }).startTime
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.id !== profile.id || e.pid !== profile.pid) continue
    const data = e.args?.['data'] as {
      cpuProfile?: { nodes?: Node[]; samples?: number[] }
      timeDeltas?: number[]
    }
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n)
    samples.push(...(data.cpuProfile?.samples ?? []))
    deltas.push(...(data.timeDeltas ?? []))
  }
  if (samples.length === 0) return
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  let ts = startTs
  for (let i = 0; i < samples.length; i++) {
    ts += deltas[i] ?? 0
    const dt = (deltas[i + 1] ?? 0) / 1000
    if (!windows.some(([a, b]) => ts >= a && ts < b)) continue
    const node = nodes.get(samples[i]!)
    if (!node) continue
    const key = (n: Node): string =>
      `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').split('/').pop()}:${(n.callFrame.lineNumber ?? -1) + 1}:${(n.callFrame.columnNumber ?? -1) + 1}`
    self.set(key(node), (self.get(key(node)) ?? 0) + dt)
    const seen = new Set<string>()
    for (let n: Node | undefined = node; n; n = n.parent ? nodes.get(n.parent) : undefined) {
      const k = key(n)
      if (seen.has(k)) continue
      seen.add(k)
      total.set(k, (total.get(k) ?? 0) + dt)
    }
  }
  const top = (m: Map<string, number>, n: number): string =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `    ${String(Math.round(v)).padStart(5)} ms  ${k}`)
      .join('\n')
  console.log(`  JS self time, top 25:\n${top(self, 25)}`)
  console.log(`  JS total (inclusive) time, top 40:\n${top(total, 40)}`)
}
