import { firstBinaryWindow, isControlByte } from './inspect-file-bytes'

/**
 * Where binary data starts in a MIME message (an e-mail, a single-file web page), anywhere in the
 * file, or null when there is none. A MIME message is text (attachments travel as base64 or
 * quoted-printable), except the bodies of parts that declare `Content-Transfer-Encoding: binary`:
 * those are skipped. Elsewhere, a NUL byte or more than 5% control bytes in an 8 KB window is
 * binary: a binary file renamed .eml or .mhtml, even one that starts with a page of text.
 *
 * The parts are found as a MIME reader finds them: headers up to the first empty line, each
 * multipart's boundary (nested ones too), and message/rfc822 parts, whose body is a message of
 * its own. Escape (0x1b) is not counted as control: ISO-2022-JP mail is full of it.
 */
export function mimeBinaryContent(bytes: Uint8Array): number | null {
  let from = 0
  for (const [start, end] of binaryBodies(bytes)) {
    const at = firstBinaryWindow(bytes, from, start, isMimeControl)
    if (at !== null) return at
    from = end
  }
  return firstBinaryWindow(bytes, from, bytes.length, isMimeControl)
}

const ESCAPE = 0x1b
const isMimeControl = (b: number): boolean => b !== ESCAPE && isControlByte(b)

const LF = 0x0a
const DASH = 0x2d
/** More header than any real part has; the rest of an overlong block is not read as headers. */
const MAX_HEADER_CHARS = 64 * 1024
const latin1 = new TextDecoder('latin1')

interface PartHeaders {
  /** The multipart's boundary, when the part is one. */
  boundary: string | null
  /** A message/rfc822 part: its body is a message, headers first. */
  message: boolean
  binary: boolean
}

/** Content-Type and Content-Transfer-Encoding of one header block (unfolded, case-insensitive). */
export function readPartHeaders(block: string): PartHeaders {
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ')
  const field = (name: string): string =>
    new RegExp(`^${name}[ \\t]*:(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? ''
  const type = field('content-type')
  const encoding = field('content-transfer-encoding').toLowerCase()
  const multipart = /^multipart\//i.test(type)
  const boundary = multipart
    ? (/;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(type)?.slice(1).find(Boolean) ?? null)
    : null
  return {
    boundary,
    message: /^message\/(rfc822|global)\b/i.test(type) && encoding !== 'binary',
    binary: encoding === 'binary'
  }
}

/** The [start, end) byte ranges of the bodies that declare a binary transfer encoding. */
function binaryBodies(bytes: Uint8Array): [number, number][] {
  const ranges: [number, number][] = []
  /** Open multiparts' boundaries, outermost first. */
  const boundaries: string[] = []
  let inHeaders = true
  let header = ''
  /** Where the binary body being read began, or -1. */
  let binaryFrom = -1
  let pos = 0
  while (pos < bytes.length) {
    const newline = bytes.indexOf(LF, pos)
    const next = newline === -1 ? bytes.length : newline + 1
    // A boundary line: "--boundary" or "--boundary--", trailing white space allowed.
    if (boundaries.length > 0 && bytes[pos] === DASH && bytes[pos + 1] === DASH) {
      const line = latin1.decode(bytes.subarray(pos + 2, Math.min(next, pos + 2 + 200))).trimEnd()
      const depth = boundaries.findLastIndex((b) => line === b || line === `${b}--`)
      if (depth !== -1) {
        if (binaryFrom !== -1) ranges.push([binaryFrom, pos])
        binaryFrom = -1
        const closing = line !== boundaries[depth]
        // Inner multiparts end with their parent's boundary, whether they were closed or not.
        boundaries.length = closing ? depth : depth + 1
        inHeaders = !closing
        header = ''
        pos = next
        continue
      }
    }
    if (inHeaders) {
      const end = newline === -1 ? bytes.length : newline
      const empty = end === pos || (end === pos + 1 && bytes[pos] === 0x0d)
      if (!empty) {
        if (header.length < MAX_HEADER_CHARS)
          header += latin1.decode(bytes.subarray(pos, Math.min(end, pos + MAX_HEADER_CHARS))) + '\n'
      } else {
        const part = readPartHeaders(header)
        header = ''
        if (part.boundary) {
          boundaries.push(part.boundary)
          inHeaders = false
        } else if (part.message) {
          // The body is a message of its own: its headers follow at once.
        } else {
          inHeaders = false
          if (part.binary) binaryFrom = next
        }
      }
    }
    pos = next
  }
  if (binaryFrom !== -1) ranges.push([binaryFrom, bytes.length])
  return ranges
}
