import type { Address, Attachment, Email } from 'postal-mime'
import { normaliseSpace } from '@core/article/plain-text'
import { ARTICLE_EXTENSIONS } from '@shared/ipc-contract'
import { MAX_EML_BYTES } from '@shared/import-limits'
import type { ImportReport } from '@shared/model/import-report'
import type { TextBlock } from '@shared/model/text-model'
import {
  containerProblem,
  MIN_KEPT_SHARE,
  type DocumentImport,
  type ImportAttachment
} from './document-import'
import { htmlToArticle } from './html-to-article'

/** Limits far above any real message, so a crafted one is refused rather than parsed for minutes. */
const PARSE_LIMITS = { maxNestingDepth: 50, maxPartCount: 2000, maxRfc822NestingDepth: 5 }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * The day the message was sent, as the sender's Date header writes it ("Tue, 3 Nov 2026
 * 23:30 -0500" is 3 November, although it is already the 4th in UTC). Falls back to the
 * parsed date; '' when there is none.
 */
export function emailDate(rawDate: string | undefined, parsedIso: string | undefined): string {
  const m = /(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(rawDate ?? '')
  const month = m ? MONTHS.indexOf((m[2] ?? '').toLowerCase()) : -1
  if (m && month >= 0) {
    const iso = `${m[3]}-${String(month + 1).padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`
    const back = new Date(`${iso}T00:00:00Z`)
    if (!Number.isNaN(back.getTime()) && back.toISOString().startsWith(iso)) return iso
  }
  const fallback = /^(\d{4}-\d{2}-\d{2})T/.exec(parsedIso ?? '')?.[1]
  return fallback ?? ''
}

/** "Name <address>", or whichever of the two the From header has. */
export function senderByline(from: Address | undefined): string {
  if (!from) return ''
  if (from.group !== undefined) return normaliseSpace(from.name)
  const name = normaliseSpace(from.name)
  const address = from.address.trim()
  if (name && address && name !== address) return `${name} <${address}>`
  return name || address
}

/** Plain-text body to blocks: paragraphs on blank lines; a paragraph quoted with ">" is a quote. */
function textBlocks(text: string): TextBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((para): TextBlock | null => {
      const lines = para.split('\n').filter((l) => l.trim() !== '')
      if (lines.length === 0) return null
      const quoted = lines.every((l) => /^\s*>/.test(l))
      const body = normaliseSpace(
        (quoted ? lines.map((l) => l.replace(/^\s*(>\s?)+/, '')) : lines).join(' ')
      )
      if (!body) return null
      return { kind: quoted ? 'quote' : 'paragraph', text: body }
    })
    .filter((b): b is TextBlock => b !== null)
}

const EXTENSION_OF_TYPE: Record<string, string> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/html': 'html',
  'message/rfc822': 'eml',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx'
}

/** An attachment as the workbench offers it: a file name (one is made when the sender gave none). */
function toImportAttachment(attachment: Attachment, index: number): ImportAttachment {
  const ext = EXTENSION_OF_TYPE[attachment.mimeType] ?? 'bin'
  // Only the last path segment: a name is never used as a path, but it is shown.
  const given = (attachment.filename ?? '').split(/[\\/]/).pop()?.trim() ?? ''
  const fileName = given || `attachment-${index + 1}.${ext}`
  const content = attachment.content
  const bytes =
    typeof content === 'string'
      ? new TextEncoder().encode(content)
      : content instanceof Uint8Array
        ? content
        : new Uint8Array(content)
  const nameExt = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? ''
  return {
    fileName,
    bytes,
    importable: (ARTICLE_EXTENSIONS as readonly string[]).includes(nameExt)
  }
}

/** The message's HTML with its own <title> replaced by the subject, for htmlToArticle. */
function htmlWithTitle(html: string, subject: string): string {
  // A parsed document is inert: nothing in it runs or loads; it is only serialised again.
  const doc = new DOMParser().parseFromString(html, 'text/html')
  doc.querySelectorAll('title').forEach((t) => t.remove())
  if (subject) {
    const title = doc.createElement('title')
    title.textContent = subject
    doc.head.prepend(title)
  }
  return `<!doctype html>${doc.documentElement.outerHTML}`
}

/**
 * An e-mail (.eml) to an article: subject → title, sender → byline, Date → publication date,
 * source "E-mail"; the HTML body (sanitised by htmlToArticle: no script, no remote picture
 * or style is kept, nothing is ever loaded) or else the text body. Attachments are listed so
 * the supported ones can be imported as articles of their own.
 */
export async function emlToArticle(fileName: string, bytes: Uint8Array): Promise<DocumentImport> {
  const problem = containerProblem(fileName, bytes, {
    nothing: 'message',
    plural: 'e-mails',
    limit: MAX_EML_BYTES,
    notBinary: 'an e-mail message'
  })
  if (problem) return { ok: false, message: problem }
  // Loaded on first use: most sessions never import an e-mail.
  const { default: PostalMime } = await import('postal-mime')
  let email: Email
  try {
    email = await PostalMime.parse(bytes, { ...PARSE_LIMITS, attachmentEncoding: 'arraybuffer' })
  } catch {
    return {
      ok: false,
      message: `“${fileName}” could not be read as an e-mail message: its structure is damaged or nested too deeply.`
    }
  }
  const known = new Set(email.headers.map((h) => h.key))
  if (!known.has('from') && !known.has('subject') && !known.has('date')) {
    return {
      ok: false,
      message: `“${fileName}” is not an e-mail message: it has no From, Subject or Date header.`
    }
  }
  const subject = normaliseSpace(email.subject ?? '').slice(0, 300)
  const fallback = subject || fileName.replace(/\.[^.]+$/, '')
  let blocks: TextBlock[] = []
  let warning: string | undefined
  let report: ImportReport | undefined
  if (email.html && email.html.trim() !== '') {
    const parsed = htmlToArticle(htmlWithTitle(email.html, subject), fallback)
    blocks = parsed.blocks
    report = parsed.report
    if (parsed.keptShare < MIN_KEPT_SHARE && blocks.length > 0) {
      warning = `Only ${Math.round(parsed.keptShare * 100)}% of the visible text of “${fileName}” was kept after removing unsafe content. Check the article against the original.`
    }
  }
  if (blocks.length === 0 && email.text) blocks = textBlocks(email.text)
  // Pictures shown inside the HTML body (multipart/related) are part of the body, not files sent.
  const attachments = email.attachments
    .filter((a) => !a.related)
    .map((a, i) => toImportAttachment(a, i))
  if (blocks.length === 0 && attachments.length === 0 && !subject) {
    return { ok: false, message: `“${fileName}” has no text to import.` }
  }
  const rawDate = email.headers.find((h) => h.key === 'date')?.value
  return {
    ok: true,
    parsed: { title: fallback, blocks, ...(report ? { report } : {}) },
    metadata: {
      source: 'E-mail',
      byline: senderByline(email.from).slice(0, 300),
      publishedAt: emailDate(rawDate, email.date)
    },
    ...(warning ? { warning } : {}),
    ...(attachments.length > 0 ? { attachments } : {})
  }
}
