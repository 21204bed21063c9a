// A small static server for the built renderer: browser mode for `npm start`, and the
// webServer for Playwright (`node scripts/serve-renderer.mjs --port 4781`).
// Only node built-ins, so it works before and without any install step beyond Node.
import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { CONTENT_SECURITY_POLICY } from '../src/shared/content-security-policy.mjs'
import { MIME_TYPES, mimeTypeFor } from '../src/shared/mime-types.mjs'
import { findChromium } from './find-chromium.mjs'
import { MAX_PRINT_HTML_BYTES, printHtmlToPdf, withPrintPolicy } from './print-pdf.mjs'

export const DEFAULT_PORT = 4780
export const DEFAULT_HOST = '127.0.0.1'

// The policy and the MIME map are the Electron shell's own (src/shared), so both shells fail the
// same way and serve the same types.
export { CONTENT_SECURITY_POLICY, MIME_TYPES }

/** Headers sent with every response, errors included. */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer'
})

/**
 * The Content-Type for a file name; unknown extensions are served as opaque bytes.
 * @param {string} file
 * @returns {string}
 */
export function mimeType(file) {
  return mimeTypeFor(file)
}

/**
 * Checks a port given by the user: a whole number from 1024 to 65535 (below 1024 needs root).
 * @param {string | number | undefined} value
 * @param {string} [source] where the value came from, for the message
 * @returns {number}
 * @throws {Error} with a message that can be shown as is
 */
export function validatePort(value, source = 'the port') {
  const text = String(value ?? '').trim()
  const port = /^\d+$/.test(text) ? Number(text) : NaN
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(
      `Invalid port "${value ?? ''}" from ${source}: use a whole number from 1024 to 65535.`
    )
  }
  return port
}

/**
 * The port to use: the `--port` flag, else `WORKBENCH_PORT`, else {@link DEFAULT_PORT}. The
 * port is fixed on purpose: the browser keeps the workbench's data per origin, port included.
 * @param {string | undefined} flag
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {number}
 */
export function resolvePort(flag, env = process.env) {
  if (flag !== undefined) return validatePort(flag, '--port')
  if (env.WORKBENCH_PORT !== undefined && env.WORKBENCH_PORT !== '') {
    return validatePort(env.WORKBENCH_PORT, 'WORKBENCH_PORT')
  }
  return DEFAULT_PORT
}

/**
 * @param {number} port
 * @returns {string}
 */
export function portInUseMessage(port) {
  return (
    `Port ${port} is already in use — is the workbench already running? ` +
    'Choose another with --port or WORKBENCH_PORT; note the browser keeps data per port.'
  )
}

/**
 * Maps a request target to a file under `root`, or null when it would leave `root` (`..`,
 * encoded separators, NUL bytes, malformed escapes). Pure: it does not touch the disk.
 * @param {string} root absolute folder being served
 * @param {string} target request target, e.g. `/assets/app.js?v=1`
 * @returns {string | null}
 */
export function resolveRequestPath(root, target) {
  const rawPath = target.split(/[?#]/, 1)[0] ?? ''
  if (!rawPath.startsWith('/')) return null
  let decoded
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const base = path.resolve(root)
  // Treat backslashes as separators everywhere so `..\` cannot slip past on Windows.
  const segments = decoded.split(/[\\/]+/)
  if (segments.includes('..')) return null
  const resolved = path.resolve(base, '.' + path.sep + segments.join(path.sep))
  return isInside(base, resolved) ? resolved : null
}

/**
 * @param {string} base
 * @param {string} candidate
 * @returns {boolean}
 */
function isInside(base, candidate) {
  const relative = path.relative(base, candidate)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Refuses a Host header that is not loopback when serving on loopback: a page on another site
 * cannot then read the workbench through DNS rebinding.
 * @param {string | undefined} hostHeader
 * @returns {boolean}
 */
export function isAllowedHost(hostHeader) {
  if (!hostHeader) return false
  const host = hostHeader.replace(/:\d+$/, '').toLowerCase()
  return LOOPBACK_HOSTS.has(host)
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [headers]
 * @param {boolean} [head]
 */
function sendText(res, status, message, headers = {}, head = false) {
  const body = Buffer.from(message + '\n', 'utf-8')
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Cache-Control': 'no-cache',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    ...headers
  })
  res.end(head ? undefined : body)
}

/**
 * Finds the file to send: the path itself, or `index.html` inside a folder (so `/` serves the
 * app). Symbolic links that lead out of the root are refused.
 * @param {string} realRoot
 * @param {string} file
 * @returns {Promise<{ file: string, size: number } | null>}
 */
async function findFile(realRoot, file) {
  try {
    let info = await stat(file)
    if (info.isDirectory()) {
      file = path.join(file, 'index.html')
      info = await stat(file)
    }
    if (!info.isFile()) return null
    const real = await realpath(file)
    return isInside(realRoot, real) ? { file: real, size: info.size } : null
  } catch {
    return null
  }
}

/** Where browser mode's PDF export posts a brief to be printed (see print-pdf.mjs). */
export const PRINT_PDF_PATH = '/api/print-pdf'
/** The header a print request must carry: a page on another site cannot send it without a CORS
 * preflight, which this server never grants, so only the workbench itself can have PDFs printed. */
export const PRINT_HEADER = 'x-workbench-print'

/**
 * Reads a request body up to `limit` bytes; null when it is larger.
 * @param {import('node:http').IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<Buffer | null>}
 */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = []
    let size = 0
    req.on('data', (chunk) => {
      size += chunk.length
      if (size > limit) {
        resolve(null)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/**
 * Prints a posted brief to PDF with the local Chromium, one at a time.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ chromium: string | null, queue: { last: Promise<unknown> } }} context
 */
async function handlePrint(req, res, { chromium, queue }) {
  if (
    req.headers[PRINT_HEADER] !== '1' ||
    !/^text\/html\b/.test(req.headers['content-type'] ?? '')
  ) {
    sendText(res, 400, 'Not a print request from the workbench.')
    return
  }
  const origin = req.headers.origin
  if (origin !== undefined && origin !== `http://${req.headers.host}`) {
    sendText(res, 403, 'Forbidden origin.')
    return
  }
  if (!chromium) {
    sendText(
      res,
      503,
      'No Chromium was found to print the PDF: install Chromium, or name it in WORKBENCH_CHROMIUM.'
    )
    return
  }
  const body = await readBody(req, MAX_PRINT_HTML_BYTES)
  if (body === null) {
    sendText(res, 413, 'This brief is too large to print (over 50 MB of HTML).')
    return
  }
  const html = body.toString('utf8')
  if (withPrintPolicy(html) === null) {
    sendText(res, 400, 'Only an exported brief (an HTML document) can be printed.')
    return
  }
  const job = queue.last.then(() => printHtmlToPdf(html, { chromium }))
  queue.last = job.catch(() => undefined)
  try {
    const pdf = await job
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Cache-Control': 'no-store',
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length)
    })
    res.end(pdf)
  } catch (error) {
    sendText(res, 500, error instanceof Error ? error.message : String(error))
  }
}

/**
 * Starts the server. Resolves once it listens; rejects with `code: 'EADDRINUSE'` and
 * {@link portInUseMessage} when the port is taken, rather than moving to another port.
 * Pass port 0 for an ephemeral port (tests).
 * `chromium` prints browser mode's PDFs (found on the machine unless given; null: none).
 * @param {{ root: string, port?: number, host?: string, chromium?: string | null }} options
 * @returns {Promise<{ server: import('node:http').Server, port: number, url: string, close: () => Promise<void> }>}
 */
export async function serveRenderer({
  root,
  port = DEFAULT_PORT,
  host = DEFAULT_HOST,
  chromium = findChromium().path
}) {
  const absoluteRoot = path.resolve(root)
  let realRoot
  try {
    realRoot = await realpath(absoluteRoot)
    await stat(path.join(realRoot, 'index.html'))
  } catch {
    throw Object.assign(
      new Error(
        `There is no built renderer at ${path.join(absoluteRoot, 'index.html')}; run "npm run build" first.`
      ),
      { code: 'ENORENDERER' }
    )
  }
  const checkHost = LOOPBACK_HOSTS.has(host) || host === '::1'

  const printQueue = { last: Promise.resolve() }
  const server = createServer((req, res) => {
    const head = req.method === 'HEAD'
    if (checkHost && !isAllowedHost(req.headers.host)) {
      sendText(res, 403, 'Forbidden host.', {}, head)
      return
    }
    if (req.method === 'POST' && (req.url ?? '').split('?')[0] === PRINT_PDF_PATH) {
      handlePrint(req, res, { chromium, queue: printQueue }).catch(() =>
        sendText(res, 500, 'Internal error.')
      )
      return
    }
    if (req.method !== 'GET' && !head) {
      sendText(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' })
      return
    }
    const target = resolveRequestPath(realRoot, req.url ?? '/')
    if (target === null) {
      sendText(res, 403, 'Forbidden.', {}, head)
      return
    }
    findFile(realRoot, target).then(
      (found) => {
        if (!found) {
          sendText(res, 404, 'Not found.', {}, head)
          return
        }
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Cache-Control': 'no-cache',
          'Content-Type': mimeType(found.file),
          'Content-Length': String(found.size)
        })
        if (head) {
          res.end()
          return
        }
        const stream = createReadStream(found.file)
        stream.on('error', () => res.destroy())
        stream.pipe(res)
      },
      () => sendText(res, 500, 'Internal error.', {}, head)
    )
  })

  await new Promise((resolve, reject) => {
    /** @param {NodeJS.ErrnoException} error */
    const onError = (error) => {
      server.off('listening', onListening)
      if (error.code === 'EADDRINUSE') {
        reject(Object.assign(new Error(portInUseMessage(port)), { code: 'EADDRINUSE', port }))
      } else if (error.code === 'EACCES') {
        reject(
          Object.assign(new Error(`Not allowed to listen on port ${port}; choose another.`), {
            code: 'EACCES',
            port
          })
        )
      } else {
        reject(error)
      }
    }
    const onListening = () => {
      server.off('error', onError)
      resolve(undefined)
    }
    server.once('error', onError)
    server.once('listening', onListening)
    server.listen(port, host)
  })

  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const urlHost = host.includes(':') ? `[${host}]` : host
  return {
    server,
    port: actualPort,
    url: `http://${urlHost}:${actualPort}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        // Browsers keep connections alive; drop them so close() does not wait for their timeout.
        server.closeAllConnections()
      })
  }
}

const USAGE = `Usage: node scripts/serve-renderer.mjs [--port N] [--root DIR]

Serves the built renderer (default out/renderer) at http://127.0.0.1:<port>/.
The port defaults to ${DEFAULT_PORT}, or WORKBENCH_PORT when set.`

/**
 * The command-line entry point.
 * @param {string[]} argv
 * @returns {Promise<void>}
 */
async function main(argv) {
  let options
  try {
    options = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        root: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true,
      allowPositionals: false
    }).values
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
    process.exit(2)
  }
  if (options.help) {
    console.log(USAGE)
    return
  }
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  const root = options.root ? path.resolve(options.root) : path.join(projectRoot, 'out', 'renderer')
  let running
  try {
    const port = resolvePort(options.port)
    running = await serveRenderer({ root, port })
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} at ${running.url}`)
  const stop = () => {
    running.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (invokedDirectly) await main(process.argv.slice(2))
