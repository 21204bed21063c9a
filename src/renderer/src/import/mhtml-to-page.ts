import type { Email } from 'postal-mime'
import { formatBytes } from '../../../shared/format-bytes'
import { MAX_MHTML_BYTES } from '../../../shared/import-limits'

/** The saved page inside a single-file web page (.mhtml), and where it was saved from. */
export type MhtmlPage =
  { ok: true; html: string; location: string } | { ok: false; message: string }

// Far above any saved page (Chromium writes one part per image, style sheet and frame).
const PARSE_LIMITS = { maxNestingDepth: 20, maxPartCount: 5000, maxRfc822NestingDepth: 2 }

const hasNul = (bytes: Uint8Array): boolean => bytes.subarray(0, 8192).includes(0)

/**
 * Reads a .mhtml/.mht file as browsers save it ("Save page as… Webpage, single file"): a MIME
 * multipart/related message whose first HTML part is the page. postal-mime, already used for
 * e-mail, reads that structure; the page's pictures, style sheets and frames are other parts and
 * are never used (the HTML then goes through the saved-page path, which loads nothing).
 */
export async function mhtmlToPage(fileName: string, bytes: Uint8Array): Promise<MhtmlPage> {
  if (bytes.length === 0) return { ok: false, message: `“${fileName}” is empty: there is no page.` }
  if (bytes.length > MAX_MHTML_BYTES)
    return {
      ok: false,
      message: `“${fileName}” is ${formatBytes(bytes.length)}; single-file pages larger than ${formatBytes(MAX_MHTML_BYTES)} are not imported.`
    }
  if (hasNul(bytes))
    return { ok: false, message: `“${fileName}” is a binary file, not a saved web page.` }
  // Loaded on first use, as for e-mail.
  const { default: PostalMime } = await import('postal-mime')
  let message: Email
  try {
    message = await PostalMime.parse(bytes, PARSE_LIMITS)
  } catch {
    return {
      ok: false,
      message: `“${fileName}” could not be read as a single-file web page: its structure is damaged or nested too deeply.`
    }
  }
  const related = message.headers.some(
    (h) => h.key === 'content-type' && /multipart\/related/i.test(h.value)
  )
  if (!related || !message.html || message.html.trim() === '')
    return {
      ok: false,
      message: `“${fileName}” is not a single-file web page: it holds no saved HTML page.`
    }
  const location =
    message.headers.find((h) => h.key === 'snapshot-content-location')?.value.trim() ?? ''
  return { ok: true, html: message.html, location: /^https?:\/\//i.test(location) ? location : '' }
}
