// Where the time of a keystroke goes in the briefing-note bench's note: types into paragraph 2,500
// as notes-bench.ts does, under a CDP CPU profile and a devtools timeline trace, and prints the
// functions with the most self time and the renderer's main-thread events (style, layout, paint,
// script) per key. Diagnostic only: it measures nothing against a target.
//
// Run: npx electron-vite build && npx tsx bench/notes/notes-profile.ts [ours|baseline] [keys|open]
// Env: RENDERER_DIR (another build), PARAGRAPH (where to type), KEY_SEQUENCE, TRACE_CATEGORIES.
// Writes the raw profile and trace to $TMPDIR/notes-profile-*/ for Chromium's DevTools.
import { chromium, type CDPSession } from '@playwright/test'
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import {
  buildSeed,
  editorSel,
  openNote,
  put,
  showNotesList,
  timeOpening,
  topLevelParagraph,
  type Name
} from './notes-seed'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const name: Name = process.argv[2] === 'baseline' ? 'baseline' : 'ours'
const OPENING = process.argv[3] === 'open'
const KEYS = OPENING ? 1 : Number(process.argv[3] ?? 60)
/** KEY_SEQUENCE=a,Backspace,Enter types those keys in turn instead of letters and spaces. */
const KEY_SEQUENCE = process.env.KEY_SEQUENCE?.split(',')
const LETTER = (i: number): string =>
  i % 7 === 6 ? 'Space' : 'abcdefghijklmnopqrstuvwxyz'[i % 26]!

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}
interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tid: number
  pid: number
  args?: { data?: { type?: string } }
}

/** Self time per function (ms per key), the top `n`. */
function topSelf(profile: Profile, n: number, per: number): string[] {
  const byId = new Map(profile.nodes.map((x) => [x.id, x]))
  const self = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame
    const file = f.url.split('/').pop() ?? ''
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
  })
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / per).toFixed(2).padStart(8)}  ${k}`)
}

/** Total duration per trace event name on the renderer main thread (ms per key), the top `n`. */
function topEvents(events: TraceEvent[], n: number, per: number): string[] {
  const main = events.find(
    (e) => e.name === 'thread_name' && (e.args as never)?.['name'] === 'CrRendererMain'
  )
  const total = new Map<string, number>()
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || (main && (e.tid !== main.tid || e.pid !== main.pid))) continue
    const key = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name
    total.set(key, (total.get(key) ?? 0) + e.dur / 1000)
  }
  return [...total.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / per).toFixed(2).padStart(8)}  ${k}`)
}

async function trace(cdp: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (d) => void events.push(...(d.value as unknown as TraceEvent[])))
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()))
  await cdp.send('Tracing.start', {
    categories: process.env.TRACE_CATEGORIES ?? 'devtools.timeline,blink.user_timing,__metadata',
    transferMode: 'ReportEvents'
  })
  await run()
  await cdp.send('Tracing.end')
  await done
  return events
}

function report(
  work: string,
  file: string,
  profile: Profile,
  events: TraceEvent[],
  per: number,
  what: string
): void {
  writeFileSync(join(work, `${file}.cpuprofile`), JSON.stringify(profile))
  writeFileSync(join(work, `${file}.trace.json`), JSON.stringify({ traceEvents: events }))
  const unit = per === 1 ? 'ms' : 'ms/key'
  console.log(`\n${what}; main-thread events (${unit}):\n${topEvents(events, 25, per).join('\n')}`)
  console.log(`\nJS self time (${unit}):\n${topSelf(profile, 40, per).join('\n')}`)
  console.log(`\nraw files in ${work}`)
}

async function main(): Promise<void> {
  const found = findChromium()
  if (!found.path) throw new Error('No Chromium found (set WORKBENCH_CHROMIUM).')
  const work = mkdtempSync(join(tmpdir(), 'notes-profile-'))
  cpSync(process.env.RENDERER_DIR ?? join(ROOT, 'out', 'renderer'), join(work, 'renderer'), {
    recursive: true
  })
  const server = await serveRenderer({ root: join(work, 'renderer'), port: 0 })
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: found.path,
    args: QUIET_CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 }
  })
  try {
    await context.addInitScript('globalThis.__name = (f) => f')
    const page = context.pages()[0] ?? (await context.newPage())
    page.setDefaultTimeout(60_000)
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 })
    const seed = buildSeed()
    await put(page, [
      ...seed.annotations.map((value) => ({ store: 'annotations', value })),
      ...seed.notes.map((value) => ({ store: 'notes', value }))
    ])
    console.log(`open ${name}: ${(await openNote(page, server.url, name)).toFixed(1)} ms`)
    if (OPENING) {
      await showNotesList(page, server.url, name)
      const cdp = await context.newCDPSession(page)
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
      let ms = 0
      const events = await trace(cdp, async () => {
        ms = await timeOpening(page, name)
      })
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
      report(work, `${name}-open`, profile, events, 1, `opening ${name} (${ms.toFixed(1)} ms)`)
      return
    }
    const para = topLevelParagraph(page, editorSel(name), Number(process.env.PARAGRAPH ?? 2_500))
    await para.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await para.click({ position: { x: 4, y: 8 } })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
    const events = await trace(cdp, async () => {
      for (let i = 0; i < KEYS; i++) {
        await page.keyboard.press(KEY_SEQUENCE?.[i % KEY_SEQUENCE.length] ?? LETTER(i))
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
        )
      }
    })
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile }
    report(work, name, profile, events, KEYS, `${KEYS} keys into ${name}`)
  } finally {
    await context.close()
    await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
  process.exitCode = 1
})
