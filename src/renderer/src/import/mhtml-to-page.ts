import type { Email } from 'postal-mime'
import { MAX_MHTML_BYTES } from '@shared/import-limits'
import { containerProblem } from './document-import'

/** The saved page inside a single-file web page (.mhtml), and where it was saved from. */
export type MhtmlPage =
  { ok: true; html: string; location: string } | { ok: false; message: string }

// Far above any saved page (Chromium writes one part per image, style sheet and frame).
const PARSE_LIMITS = { maxNestingDepth: 20, maxPartCount: 5000, maxRfc822NestingDepth: 2 }

/**
 * Reads a .mhtml/.mht file as browsers save it ("Save page as… Webpage, single file"): a MIME
 * multipart/related message whose first HTML part is the page. postal-mime, already used for
 * e-mail, reads that structure; the page's pictures, style sheets and frames are other parts and
 * are never used (the HTML then goes through the saved-page path, which loads nothing).
 */
export async function mhtmlToPage(fileName: string, bytes: Uint8Array): Promise<MhtmlPage> {
  const problem = containerProblem(fileName, bytes, {
    nothing: 'page',
    plural: 'single-file pages',
    limit: MAX_MHTML_BYTES,
    notBinary: 'a saved web page'
  })
  if (problem) return { ok: false, message: problem }
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
