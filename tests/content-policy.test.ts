// One policy, every consumer: the renderer's index.html built with the project's Vite plugin is
// served by both shells (Electron's app:// handler and browser mode's server); each must send
// exactly the shared header, and the <meta> in the page must be that header less what a <meta>
// cannot carry. The exported brief and browser mode's printer must carry the shared document
// policy.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rendererContentPolicy } from '../scripts/renderer-content-policy'
import { PRINT_POLICY } from '../scripts/print-pdf.mjs'
import { serveRenderer, type RunningServer } from '../scripts/serve-renderer.mjs'
import { createAppProtocolHandler } from '../src/main/protocol/create-app-protocol-handler'
import { briefToHtml } from '@core/export/brief/brief-to-html'
import { exportFixture } from '@core/export/fixtures/export-fixture'
import { selectScope } from '@core/export/select-scope'
import {
  CONTENT_SECURITY_POLICY,
  DOCUMENT_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY
} from '@shared/content-security-policy.mjs'

function metaPolicy(html: string): string | null {
  const doc = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)
  // Vite writes the attribute's quotes as character references; a browser reads them back.
  return (
    doc?.[1]
      ?.replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&') ?? null
  )
}

function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(' ', 1)[0] ?? '', part] as const)
  )
}

let base: string
let outDir: string
let running: RunningServer

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'wb-policy-'))
  outDir = join(base, 'out')
  await writeFile(
    join(base, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>wb</title></head><body></body></html>'
  )
  await build({
    root: base,
    configFile: false,
    logLevel: 'silent',
    plugins: [rendererContentPolicy()],
    build: { outDir, emptyOutDir: true }
  })
  running = await serveRenderer({ root: outDir, port: 0, chromium: null })
}, 60_000)

afterAll(async () => {
  await running?.close()
  await rm(base, { recursive: true, force: true })
})

describe('the renderer policy', () => {
  it('puts the shared <meta> into the built index.html, first in <head>', async () => {
    const html = await readFile(join(outDir, 'index.html'), 'utf8')
    expect(metaPolicy(html)).toBe(META_CONTENT_SECURITY_POLICY)
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'))
  })

  it('is sent as the same header by browser mode and by app://, with the same page', async () => {
    const fromServer = await fetch(running.url)
    const fromApp = await createAppProtocolHandler(outDir)(new Request('app://workbench/'))
    const pages = [await fromServer.text(), await fromApp.text()]
    expect(fromServer.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(fromApp.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    for (const page of pages) expect(metaPolicy(page)).toBe(META_CONTENT_SECURITY_POLICY)
  })

  it('has a <meta> that is the header less only frame-ancestors, directive for directive', () => {
    const header = directives(CONTENT_SECURITY_POLICY)
    const meta = directives(META_CONTENT_SECURITY_POLICY)
    expect([...header.keys()].filter((name) => !meta.has(name))).toEqual(['frame-ancestors'])
    for (const [name, value] of meta) expect(header.get(name)).toBe(value)
  })

  it('refuses to build an index.html that carries a policy of its own', async () => {
    const plugin = rendererContentPolicy()
    const hook = plugin.transformIndexHtml as { handler: (html: string) => unknown }
    expect(() =>
      hook.handler(
        `<head><meta http-equiv="content-security-policy" content="default-src *"></head>`
      )
    ).toThrow(/Content-Security-Policy of its own/)
    expect(await readFile('src/renderer/index.html', 'utf8')).not.toMatch(/http-equiv/i)
  })
})

describe('the document policy', () => {
  it('is the exported brief’s own and the one browser mode prints under', () => {
    const html = briefToHtml(selectScope(exportFixture(), { kind: 'note', noteId: 'note-bluf' }), {
      now: '2026-11-25T14:03:00.000Z',
      appVersion: '0.1.0'
    })
    expect(metaPolicy(html)).toBe(DOCUMENT_CONTENT_SECURITY_POLICY)
    expect(PRINT_POLICY).toBe(DOCUMENT_CONTENT_SECURITY_POLICY)
  })
})
