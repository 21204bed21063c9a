import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@shared/content-security-policy.mjs'
import { createAppProtocolHandler } from './create-app-protocol-handler'

let base: string
let handler: (request: Request) => Promise<Response>

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'app-protocol-'))
  const root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>wb</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  // A secret beside the renderer folder: traversal must never reach it.
  await writeFile(join(base, 'secret.txt'), 'top secret')
  handler = createAppProtocolHandler(root)
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('createAppProtocolHandler', () => {
  it('serves index.html with the CSP and a content type', async () => {
    const response = await handler(new Request('app://workbench/'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>wb</title>')
  })

  it('serves scripts as JavaScript', async () => {
    const response = await handler(new Request('app://workbench/assets/app.js'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
  })

  it('answers 404, still with the CSP, for missing files and folders', async () => {
    for (const url of ['app://workbench/nope.js', 'app://workbench/assets/']) {
      const response = await handler(new Request(url))
      expect(response.status).toBe(404)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    }
  })

  it('does not serve files outside the renderer folder', async () => {
    for (const url of [
      'app://workbench/..%2fsecret.txt',
      'app://workbench/assets/..%2f..%2fsecret.txt',
      'app://workbench/..%5csecret.txt'
    ]) {
      const response = await handler(new Request(url))
      expect(response.status).toBe(404)
      expect(await response.text()).not.toContain('top secret')
    }
  })

  it('refuses other hosts and methods', async () => {
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404)
    const post = new Request('app://workbench/index.html', { method: 'POST', body: 'x' })
    expect((await handler(post)).status).toBe(405)
  })

  it('reports an unexpected read error as 500 without details', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const failing = createAppProtocolHandler(join(base, 'renderer'), () =>
      Promise.reject(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }))
    )
    const response = await failing(new Request('app://workbench/index.html'))
    expect(response.status).toBe(500)
    expect(await response.text()).not.toContain('EIO')
  })
})
