import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findChromium } from './find-chromium.mjs'
import { PRINT_POLICY, printArgs, withPrintPolicy } from './print-pdf.mjs'
import {
  PRINT_HEADER,
  PRINT_PDF_PATH,
  serveRenderer,
  type RunningServer
} from './serve-renderer.mjs'

const BRIEF =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Brief</title></head>' +
  '<body><h1>Bottom line up front</h1><p>Militia groups are likely to retaliate.</p></body></html>'

describe('withPrintPolicy and printArgs', () => {
  it('puts the no-script, no-fetch policy first in the head', () => {
    const guarded = withPrintPolicy(BRIEF)!
    expect(guarded).toContain(
      `<head><meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}"><meta charset`
    )
    expect(PRINT_POLICY).toContain("default-src 'none'")
    expect(withPrintPolicy('just text')).toBeNull()
  })

  it('prints headless, with a throwaway profile, and every host name resolving nowhere', () => {
    const args = printArgs({
      htmlFile: '/t/b.html',
      pdfFile: '/t/b.pdf',
      profileDir: '/t/p',
      isRoot: false
    })
    expect(args).toEqual(
      expect.arrayContaining([
        '--headless',
        '--user-data-dir=/t/p',
        '--host-resolver-rules=MAP * ~NOTFOUND',
        '--print-to-pdf=/t/b.pdf'
      ])
    )
    expect(args.at(-1)).toBe('file:///t/b.html')
  })
})

// Browser mode's PDF export end to end through the server, with the machine's Chromium (CI
// installs it; without one the server answers 503, tested below).
describe('POST /api/print-pdf', () => {
  const chromium = findChromium().path
  let temp: string
  let running: RunningServer
  let none: RunningServer
  let tracker: Server
  let trackerHits = 0
  let trackerUrl = ''

  beforeAll(async () => {
    temp = mkdtempSync(path.join(tmpdir(), 'wb-print-'))
    writeFileSync(path.join(temp, 'index.html'), '<!doctype html><p>app</p>')
    running = await serveRenderer({ root: temp, port: 0, chromium })
    none = await serveRenderer({ root: temp, port: 0, chromium: null })
    tracker = createServer((_req, res) => {
      trackerHits++
      res.end('x')
    })
    await new Promise<void>((resolve) => tracker.listen(0, '127.0.0.1', resolve))
    const address = tracker.address()
    trackerUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
  })
  afterAll(async () => {
    await running.close()
    await none.close()
    await new Promise((resolve) => tracker.close(resolve))
    rmSync(temp, { recursive: true, force: true })
  })

  const post = (server: RunningServer, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url.slice(0, -1)}${PRINT_PDF_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/html; charset=utf-8', [PRINT_HEADER]: '1', ...headers },
      body
    })

  it('prints a brief to a real PDF, loading nothing it names', async () => {
    expect(chromium, 'Chromium is needed to print (CI installs it)').toBeTruthy()
    const hostile = BRIEF.replace(
      '</body>',
      `<img src="${trackerUrl}img.png"><script>fetch("${trackerUrl}script")</script></body>`
    )
    const response = await post(running, hostile)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const pdf = Buffer.from(await response.arrayBuffer())
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(trackerHits).toBe(0)
  }, 60_000)

  it('refuses a request without the workbench header, from another origin, or not HTML', async () => {
    const bare = await fetch(`${running.url.slice(0, -1)}${PRINT_PDF_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/html' },
      body: BRIEF
    })
    expect(bare.status).toBe(400)
    expect((await post(running, BRIEF, { Origin: 'https://evil.example' })).status).toBe(403)
    expect((await post(running, 'no head here')).status).toBe(400)
    expect(await (await post(running, 'no head here')).text()).toContain('Only an exported brief')
  }, 60_000)

  it('says plainly when there is no Chromium to print with', async () => {
    const response = await post(none, BRIEF)
    expect(response.status).toBe(503)
    expect(await response.text()).toContain('No Chromium was found to print the PDF')
  })
})
