// Browser mode's PDF export: the brief's HTML printed by a headless Chromium, the same engine the
// desktop app's printToPDF runs, so browser mode saves a real PDF file instead of leaving the
// analyst with the print dialog. Only node built-ins.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { DOCUMENT_CONTENT_SECURITY_POLICY } from '../src/shared/content-security-policy.mjs'

/** Largest brief accepted (bytes of UTF-8 HTML); matches the desktop app's limit. */
export const MAX_PRINT_HTML_BYTES = 50 * 1024 * 1024
/** A brief that takes longer than this to print is reported, not waited on forever. */
export const PRINT_TIMEOUT_MS = 60_000

/**
 * Flags for one print. The brief is user data rendered as HTML: no request can leave (every host
 * name resolves nowhere) and a throwaway profile keeps nothing; scripts are stopped by the policy
 * withPrintPolicy puts in the document (Chromium's own switch for that stops headless printing).
 * @param {{ htmlFile: string, pdfFile: string, profileDir: string, isRoot?: boolean }} options
 * @returns {string[]}
 */
export function printArgs({
  htmlFile,
  pdfFile,
  profileDir,
  isRoot = typeof process.getuid === 'function' && process.getuid() === 0
}) {
  const args = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    `--user-data-dir=${profileDir}`,
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--no-pdf-header-footer',
    '--generate-pdf-document-outline',
    `--print-to-pdf=${pdfFile}`
  ]
  // Chromium refuses to start as root with its sandbox on; only then is it turned off.
  if (process.platform === 'linux' && isRoot) args.push('--no-sandbox')
  args.push(pathToFileURL(htmlFile).href)
  return args
}

/** What a printed brief may load: the exported brief's own policy (src/shared), nothing more. */
export const PRINT_POLICY = DOCUMENT_CONTENT_SECURITY_POLICY

/**
 * The document with {@link PRINT_POLICY} as the first thing in its head, so no script in it runs
 * and nothing is fetched whatever it holds; null when it has no head to put it in (not a brief).
 * @param {string} html
 * @returns {string | null}
 */
export function withPrintPolicy(html) {
  const head = /<head(\s[^>]*)?>/i.exec(html)
  if (!head) return null
  const at = head.index + head[0].length
  const meta = `<meta http-equiv="Content-Security-Policy" content="${PRINT_POLICY}">`
  return html.slice(0, at) + meta + html.slice(at)
}

/**
 * Prints a standalone HTML document to PDF with the Chromium at `chromium`.
 * @param {string} html
 * @param {{ chromium: string, timeoutMs?: number }} options
 * @returns {Promise<Buffer>} the PDF's bytes
 * @throws {Error} with a message that can be shown as is
 */
export async function printHtmlToPdf(html, { chromium, timeoutMs = PRINT_TIMEOUT_MS }) {
  const guarded = withPrintPolicy(html)
  if (guarded === null) throw new Error('Only an exported brief (an HTML document) can be printed.')
  const dir = await mkdtemp(path.join(tmpdir(), 'workbench-print-'))
  try {
    const htmlFile = path.join(dir, 'brief.html')
    const pdfFile = path.join(dir, 'brief.pdf')
    await writeFile(htmlFile, guarded, 'utf8')
    const args = printArgs({ htmlFile, pdfFile, profileDir: path.join(dir, 'profile') })
    await new Promise((resolve, reject) => {
      const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] })
      let stderr = ''
      child.stderr.on('data', (chunk) => {
        if (stderr.length < 4000) stderr += String(chunk)
      })
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(
          new Error(`Printing the PDF took longer than ${timeoutMs / 1000} s and was stopped.`)
        )
      }, timeoutMs)
      child.on('error', (error) => {
        clearTimeout(timer)
        reject(new Error(`Chromium could not be started to print the PDF: ${error.message}`))
      })
      child.on('exit', (code) => {
        clearTimeout(timer)
        if (code === 0) resolve(undefined)
        else
          reject(
            new Error(
              `Chromium could not print the PDF (exit code ${code}). ${stderr.trim().split('\n').pop() ?? ''}`.trim()
            )
          )
      })
    })
    const pdf = await readFile(pdfFile).catch(() => null)
    if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
      throw new Error('Chromium finished but wrote no PDF.')
    return pdf
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
