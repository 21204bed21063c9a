import { parseDeepLink } from './deep-link'

// A brief is opened in browsers and Word: a `javascript:` or `file:` link from a pasted note must
// not become clickable there, so only schemes a reader can follow safely survive as links.
const WEB = /^(?:https?:\/\/|mailto:)[^\s<>"]+$/i

/** The href if it is a web, mail or workbench deep link; null for anything else. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null
  const trimmed = href.trim()
  if (WEB.test(trimmed)) return trimmed
  return parseDeepLink(trimmed) ? trimmed : null
}

/** The address if it is an http(s) URL an article may cite; null for anything else. */
export function safeWebUrl(url: string | undefined): string | null {
  const trimmed = url?.trim() ?? ''
  return /^https?:\/\/[^\s<>"]+$/i.test(trimmed) ? trimmed : null
}
