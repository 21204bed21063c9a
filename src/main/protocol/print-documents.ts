import { randomUUID } from 'node:crypto'
import { DOCUMENT_CONTENT_SECURITY_POLICY } from '@shared/content-security-policy.mjs'
import { APP_SCHEME } from '../app-identity'

/** The host of the print window's documents: app://print/<token>. */
export const PRINT_HOST = 'print'

export interface PrintDocuments {
  /** Keeps `html` in memory under a fresh, unguessable URL until `release` is called. */
  add(html: string): { url: string; release: () => void }
  /** The print session's `protocol.handle('app', …)` handler: only documents added and not released. */
  handle(request: Request): Response
  /** Whether a request the print session is about to make may go ahead: only its own documents. */
  allows(url: string): boolean
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }
  })
}

function tokenOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== PRINT_HOST) return null
  const match = /^\/([0-9a-f-]{36})$/.exec(parsed.pathname)
  return match?.[1] ?? null
}

/**
 * The documents the hidden print window loads, served from memory. A brief used to be written to
 * a temporary file and loaded from file://: user-derived HTML on disk, readable by other programs
 * while it printed, and a file:// page may read sibling files. Held in memory instead, a brief
 * never touches the disk and its page has an opaque app:// origin of its own session.
 */
export function createPrintDocuments(newToken: () => string = randomUUID): PrintDocuments {
  const documents = new Map<string, string>()
  return {
    add(html) {
      const token = newToken()
      documents.set(token, html)
      return {
        url: `${APP_SCHEME}://${PRINT_HOST}/${token}`,
        release: () => documents.delete(token)
      }
    },
    handle(request) {
      if (request.method !== 'GET') return plain(405, 'Method not allowed')
      const token = tokenOf(request.url)
      const html = token === null ? undefined : documents.get(token)
      if (html === undefined) return plain(404, 'Not found')
      return new Response(html, {
        status: 200,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          // The exported brief's own policy (its inline styles, nothing else), the one browser
          // mode prints under; the window also runs with JavaScript off.
          'Content-Security-Policy': DOCUMENT_CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
          'Referrer-Policy': 'no-referrer'
        }
      })
    },
    allows(url) {
      const token = tokenOf(url)
      return token !== null && documents.has(token)
    }
  }
}
