// Diagnostic companion to large-article-bench.ts (not a benchmark: profiling slows the page):
// opens one stored large article in this checkout's unminified build under the V8 CPU profiler
// and prints the functions with the most self time, and the long tasks.
//
// Run: npx electron-vite build --mode profile && npx tsx bench/large-article/large-article-profile.ts
// Knobs: PROFILE_CASE=many|few|huge|import (10 MB in ~17,000 paragraphs or in three; 60 MB in
// ~100,000; or a 9.5 MB .txt imported through Import… with the sample article open),
// PROFILE_SECONDS (10), PROFILE_TRACE=1 (instead of the CPU profile, a timeline trace: each main-thread
// task over 100 ms of CPU time with the events inside it that took the most CPU time, so a long
// task is named by what it did: a function call, a layout, a style recalculation, a message).
import { chromium } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'
import {
  endTrace,
  mainThreadTasks,
  rendererMain,
  startTrace,
  type TraceEvent
} from '../reader/trace'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const CASE =
  (['few', 'huge', 'import'] as const).find((c) => c === process.env['PROFILE_CASE']) ?? 'many'
const SECONDS = Number(process.env['PROFILE_SECONDS'] ?? 10)
const TRACE = process.env['PROFILE_TRACE'] === '1'

/** What an event inside a task was: its name and, for script, the function or the script. */
function label(e: TraceEvent): string {
  const data = (e.args?.['data'] ?? {}) as Record<string, unknown>
  const what = [data['functionName'], data['url'], data['type'], data['lineNumber']]
    .filter((x) => x !== undefined && x !== '')
    .map((x) => (typeof x === 'string' ? x.split('/').pop() : String(x)))
    .join(' ')
  return what ? `${e.name} (${what})` : e.name
}

/** Prints each main-thread task over 100 ms of CPU time and the costliest events inside it. */
function printLongTasks(events: TraceEvent[]): void {
  const main = rendererMain(events)
  if (!main) return console.log('no renderer main thread in the trace')
  const all = mainThreadTasks(events, 'RunTask').sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
  const tasks = all.filter((t) => (t.tdur ?? 0) > 100_000)
  console.log(
    `${all.length} main-thread tasks; the longest by CPU time: ${all
      .slice(0, 5)
      .map((t) => `${((t.tdur ?? 0) / 1000).toFixed(0)} ms`)
      .join(', ')}`
  )
  const inner = events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name !== 'RunTask'
  )
  console.log(`main-thread tasks over 100 ms of CPU time: ${tasks.length}`)
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0)
    const inside = inner
      .filter((e) => e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end)
      .sort((a, b) => (b.tdur ?? b.dur ?? 0) - (a.tdur ?? a.dur ?? 0))
      .slice(0, 12)
    console.log(
      `task CPU ${((t.tdur ?? 0) / 1000).toFixed(0)} ms (wall ${((t.dur ?? 0) / 1000).toFixed(0)} ms):`
    )
    for (const e of inside)
      console.log(
        `  ${((e.tdur ?? 0) / 1000).toFixed(0).padStart(6)} ms CPU ${((e.dur ?? 0) / 1000).toFixed(0).padStart(6)} ms wall  ${label(e)}`
      )
  }
}

interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

async function main(): Promise<void> {
  const found = findChromium()
  if (!found.path) throw new Error('No Chromium found.')
  const server = await serveRenderer({ root: join(ROOT, 'out', 'renderer-profile'), port: 0 })
  const work = mkdtempSync(join(tmpdir(), 'large-profile-'))
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: found.path,
    args: QUIET_CHROMIUM_FLAGS,
    viewport: { width: 1440, height: 900 }
  })
  try {
    await context.addInitScript({ path: join(HERE, 'in-page.js') })
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(server.url)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.goto(new URL('__blank__', server.url).href)
    await page.evaluate(
      (c) =>
        globalThis.__largeBench.seedArticle({
          id: 'p',
          title: 'p',
          chars: c === 'huge' ? 60_000_000 : 10_000_000,
          paragraph: c === 'few' ? 3_400_000 : 600,
          seed: 1
        }),
      CASE
    )
    await page.evaluate(() => globalThis.__largeBench.setCurrent('p'))
    const cdp = await context.newCDPSession(page)
    if (CASE === 'import') {
      await page.evaluate(() => globalThis.__largeBench.setCurrent(''))
      await page.goto(server.url)
      await page.getByRole('heading', { level: 1 }).waitFor()
      if (TRACE)
        await startTrace(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline'])
      else {
        await cdp.send('Profiler.enable')
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
        await cdp.send('Profiler.start')
      }
      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Import…' }).click()
      const words = 'convoy militia border statement district shelling ceasefire aid said'.split(
        ' '
      )
      const paragraphs = Array.from({ length: 12_000 }, (_, i) =>
        Array.from({ length: 90 }, (_, j) => words[(i * 7 + j * 3 + (j % 5)) % words.length]).join(
          ' '
        )
      )
      const text = `Profile import\n\n${paragraphs.join('\n\n')}`
      // A file on disk, as a person picks one: Playwright hands a path to the browser, while a
      // buffer would be decoded from base64 by its script in the page (a task of ~900 ms).
      const file = join(work, 'Profile import.txt')
      writeFileSync(file, text)
      await (await chooser).setFiles(file)
      await page
        .getByRole('heading', { level: 1, name: 'Profile import' })
        .waitFor({ timeout: 60_000 })
        .catch(async (e: unknown) => {
          await page.screenshot({ path: '/tmp/big-profile-import.png' })
          console.log(await page.locator('body').innerText())
          throw e
        })
    } else if (TRACE) {
      await startTrace(cdp, ['devtools.timeline', 'disabled-by-default-devtools.timeline'])
      await page.goto(server.url)
    } else {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
      await cdp.send('Profiler.start')
      await page.goto(server.url)
    }
    await new Promise((r) => setTimeout(r, SECONDS * 1000))
    if (TRACE) return printLongTasks(await endTrace(cdp))
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] }
    }
    const tasks = await page.evaluate(() => globalThis.__largeBench.state.longtasks)
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const self = new Map<string, number>()
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!
      const f = n.callFrame
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
    })
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)
    for (const [k, v] of top) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`)
    console.log(
      `long tasks: ${tasks.length}, over 100 ms: ${tasks.filter((t) => t.duration > 100).length}; longest ${Math.max(0, ...tasks.map((t) => t.duration)).toFixed(0)} ms`
    )
    console.log(
      tasks
        .slice(0, 40)
        .map((t) => `${t.start.toFixed(0)}+${t.duration.toFixed(0)}`)
        .join(' ')
    )
  } finally {
    await context.close()
    await server.close()
    rmSync(work, { recursive: true, force: true })
  }
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
