// Diagnostic companion to large-article-bench.ts (not a benchmark: profiling slows the page):
// opens one stored large article in this checkout's unminified build under the V8 CPU profiler
// and prints the functions with the most self time, and the long tasks.
//
// Run: npx electron-vite build --mode profile && npx tsx bench/large-article/large-article-profile.ts
// Knobs: PROFILE_CASE=many|few (10 MB in ~17,000 paragraphs or in three), PROFILE_SECONDS (10).
import { chromium } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findChromium } from '../../scripts/find-chromium.mjs'
import { QUIET_CHROMIUM_FLAGS } from '../../scripts/quiet-chromium-flags.mjs'
import { serveRenderer } from '../../scripts/serve-renderer.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const CASE = process.env['PROFILE_CASE'] === 'few' ? 'few' : 'many'
const SECONDS = Number(process.env['PROFILE_SECONDS'] ?? 10)

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
      (few) =>
        globalThis.__largeBench.seedArticle({
          id: 'p',
          title: 'p',
          chars: 10_000_000,
          paragraph: few ? 3_400_000 : 600,
          seed: 1
        }),
      CASE === 'few'
    )
    await page.evaluate(() => globalThis.__largeBench.setCurrent('p'))
    const cdp = await context.newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
    await cdp.send('Profiler.start')
    await page.goto(server.url)
    await new Promise((r) => setTimeout(r, SECONDS * 1000))
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
