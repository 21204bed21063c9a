import { spawn } from 'node:child_process'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { readIco } from './icon-formats.mjs'
import {
  CONTENT_SECURITY_POLICY,
  isAllowedHost,
  mimeType,
  portInUseMessage,
  resolvePort,
  resolveRequestPath,
  serveRenderer,
  validatePort,
  type RunningServer
} from './serve-renderer.mjs'
import { CONTENT_SECURITY_POLICY as SHARED_POLICY } from '../src/shared/content-security-policy.mjs'

const EXPECTED_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'"

describe('mimeType', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.js', 'text/javascript; charset=utf-8'],
    ['chunk.mjs', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['data.json', 'application/json; charset=utf-8'],
    ['notes.txt', 'text/plain; charset=utf-8'],
    ['LOUD.JS', 'text/javascript; charset=utf-8'],
    ['blob.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream']
  ])('%s → %s', (file, type) => {
    expect(mimeType(file)).toBe(type)
  })
})

describe('validatePort and resolvePort', () => {
  it('accepts 1024-65535 only', () => {
    expect(validatePort('1024')).toBe(1024)
    expect(validatePort(65535)).toBe(65535)
    for (const bad of ['1023', '65536', '0', '-1', 'abc', '', '4780.0', ' ', undefined]) {
      expect(() => validatePort(bad, '--port')).toThrow(/from --port: use a whole number/)
    }
  })

  it('uses --port, then WORKBENCH_PORT, then 4780', () => {
    expect(resolvePort('5000', { WORKBENCH_PORT: '6000' })).toBe(5000)
    expect(resolvePort(undefined, { WORKBENCH_PORT: '6000' })).toBe(6000)
    expect(resolvePort(undefined, {})).toBe(4780)
    expect(() => resolvePort(undefined, { WORKBENCH_PORT: 'x' })).toThrow(/WORKBENCH_PORT/)
  })
})

describe('resolveRequestPath', () => {
  const root = path.resolve('/srv/renderer')

  it('maps request targets inside the root, ignoring query and fragment', () => {
    expect(resolveRequestPath(root, '/')).toBe(root)
    expect(resolveRequestPath(root, '/assets/app.js?v=1#x')).toBe(
      path.join(root, 'assets', 'app.js')
    )
    expect(resolveRequestPath(root, '/a%20b.txt')).toBe(path.join(root, 'a b.txt'))
    expect(resolveRequestPath(root, '/./assets//x.css')).toBe(path.join(root, 'assets', 'x.css'))
  })

  it.each([
    '/../secret',
    '/assets/../../secret',
    '/%2e%2e/secret',
    '/..%2fsecret',
    '/..%5csecret',
    '/..\\secret',
    '/a%00.js',
    '/%E0%A4%A',
    'relative',
    'http://evil.example/'
  ])('refuses %s', (target) => {
    expect(resolveRequestPath(root, target)).toBeNull()
  })
})

describe('isAllowedHost', () => {
  it('accepts loopback names only', () => {
    expect(isAllowedHost('127.0.0.1:4780')).toBe(true)
    expect(isAllowedHost('localhost:4780')).toBe(true)
    expect(isAllowedHost('[::1]:4780')).toBe(true)
    expect(isAllowedHost('evil.example:4780')).toBe(false)
    expect(isAllowedHost(undefined)).toBe(false)
  })
})

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** A raw request, so `..` reaches the server as sent (fetch would normalise it away). */
function raw(
  port: number,
  target: string,
  { method = 'GET', host }: { method?: string; host?: string } = {}
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: target, method, headers: host ? { host } : {} },
      (res) => {
        let body = ''
        res.setEncoding('utf-8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      }
    )
    req.on('error', reject)
    req.end()
  })
}

describe('serveRenderer', () => {
  let temp: string
  let root: string
  let running: RunningServer

  beforeAll(async () => {
    temp = mkdtempSync(path.join(tmpdir(), 'wb-serve-'))
    root = path.join(temp, 'renderer')
    mkdirSync(path.join(root, 'assets'), { recursive: true })
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Workbench</title>')
    writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)')
    writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}')
    writeFileSync(path.join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
    writeFileSync(path.join(temp, 'secret.txt'), 'top secret')
    symlinkSync(path.join(temp, 'secret.txt'), path.join(root, 'leak.txt'))
    running = await serveRenderer({ root, port: 0 })
  })

  afterAll(async () => {
    await running.close()
    rmSync(temp, { recursive: true, force: true })
  })

  it('listens on 127.0.0.1 on the port it was given', () => {
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/`)
    expect(running.port).toBeGreaterThan(0)
  })

  it('serves index.html for / with the security headers', async () => {
    const response = await fetch(running.url)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Workbench</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP)
    expect(CONTENT_SECURITY_POLICY).toBe(SHARED_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
    expect(response.headers.get('cache-control')).toBe('no-cache')
  })

  it('serves assets with their MIME types and lengths', async () => {
    const js = await fetch(`${running.url}assets/app.js?v=2`)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toBe('console.log(1)')
    const css = await fetch(`${running.url}assets/app.css`)
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
    const font = await fetch(`${running.url}assets/font.woff2`)
    expect(font.headers.get('content-type')).toBe('font/woff2')
    expect(font.headers.get('content-length')).toBe('4')
  })

  it('answers HEAD without a body', async () => {
    const response = await raw(running.port, '/assets/app.js', { method: 'HEAD' })
    expect(response.status).toBe(200)
    expect(response.headers['content-length']).toBe('14')
    expect(response.body).toBe('')
  })

  it('returns 404 for missing files, still with the CSP', async () => {
    const response = await fetch(`${running.url}nope.js`)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP)
    expect((await fetch(`${running.url}assets/`)).status).toBe(404)
  })

  it('refuses other methods', async () => {
    const response = await raw(running.port, '/', { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD')
  })

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt'])(
    'refuses the traversal %s',
    async (target) => {
      const response = await raw(running.port, target)
      expect(response.status).toBe(403)
      expect(response.body).not.toContain('top secret')
    }
  )

  it('refuses a symbolic link that leads out of the root', async () => {
    const response = await raw(running.port, '/leak.txt')
    expect(response.status).toBe(404)
    expect(response.body).not.toContain('top secret')
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await raw(running.port, '/', { host: 'evil.example' })
    expect(response.status).toBe(403)
  })

  it('reports a port in use plainly instead of moving on', async () => {
    const attempt = serveRenderer({ root, port: running.port })
    await expect(attempt).rejects.toMatchObject({
      code: 'EADDRINUSE',
      message: portInUseMessage(running.port)
    })
    expect(portInUseMessage(4780)).toBe(
      'Port 4780 is already in use — is the workbench already running? Choose another with --port or WORKBENCH_PORT; note the browser keeps data per port.'
    )
  })

  it('says when there is nothing built to serve', async () => {
    await expect(serveRenderer({ root: path.join(temp, 'missing'), port: 0 })).rejects.toThrow(
      /no built renderer.*npm run build/
    )
  })
})

describe("the workbench's favicon", () => {
  const rendererSource = path.join(import.meta.dirname, '..', 'src', 'renderer')
  let temp: string | undefined
  let running: RunningServer | undefined
  afterEach(async () => {
    await running?.close()
    if (temp) rmSync(temp, { recursive: true, force: true })
  })

  it('is linked from the page and served as an icon, not a 404', async () => {
    // Lay the renderer out as Vite's build does: index.html, and public/ copied to the root.
    const html = readFileSync(path.join(rendererSource, 'index.html'), 'utf8')
    const link = /<link\s[^>]*rel="icon"[^>]*>/.exec(html)?.[0]
    expect(link, 'src/renderer/index.html links no icon').toBeDefined()
    const href = /href="\/([^"]+)"/.exec(link ?? '')?.[1]
    expect(href).toBe('favicon.ico')
    temp = mkdtempSync(path.join(tmpdir(), 'wb-favicon-'))
    writeFileSync(path.join(temp, 'index.html'), html)
    copyFileSync(path.join(rendererSource, 'public', 'favicon.ico'), path.join(temp, 'favicon.ico'))
    running = await serveRenderer({ root: temp, port: 0, chromium: null })

    // Browsers ask for /favicon.ico whatever the page says; both must find the icon.
    const response = await fetch(`${running.url}favicon.ico`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/x-icon')
    const sizes = readIco(new Uint8Array(await response.arrayBuffer())).map((image) => image.size)
    expect(sizes).toEqual([16, 32, 48])
  })
})

describe('serve-renderer.mjs as a command', () => {
  let temp: string | undefined
  afterEach(() => {
    if (temp) rmSync(temp, { recursive: true, force: true })
  })

  const script = path.join(import.meta.dirname, 'serve-renderer.mjs')

  function runCli(args: string[]) {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf-8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf-8')))
    const exited = new Promise<number | null>((resolve) =>
      child.on('close', (code) => resolve(code))
    )
    const printed = (wanted: RegExp) =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = output.match(wanted)
          if (match) {
            clearInterval(timer)
            resolve(match)
          }
        }, 20)
        exited.then(() => {
          clearInterval(timer)
          const match = output.match(wanted)
          if (match) resolve(match)
          else reject(new Error(`exited without printing ${wanted}:\n${output}`))
        })
      })
    return { child, exited, printed, output: () => output }
  }

  it('prints the URL, serves, refuses a second instance on the port, and stops on SIGTERM', async () => {
    temp = mkdtempSync(path.join(tmpdir(), 'wb-cli-'))
    writeFileSync(path.join(temp, 'index.html'), '<!doctype html><p>cli</p>')
    // Find a free port in the allowed range by letting the OS choose, then reuse it.
    const probe = await serveRenderer({ root: temp, port: 0 })
    const port = probe.port
    await probe.close()

    const first = runCli(['--port', String(port), '--root', temp])
    const [url] = await first.printed(/http:\/\/127\.0\.0\.1:\d+\//)
    expect(url).toBe(`http://127.0.0.1:${port}/`)
    expect(await (await fetch(url ?? '')).text()).toContain('<p>cli</p>')

    const second = runCli(['--port', String(port), '--root', temp])
    expect(await second.exited).toBe(1)
    expect(second.output()).toContain(`Port ${port} is already in use`)

    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
  }, 20_000)

  it('rejects a bad port with a clear message', async () => {
    const run = runCli(['--port', '99'])
    expect(await run.exited).toBe(1)
    expect(run.output()).toContain('Invalid port "99" from --port')
  })
})
