import { describe, expect, it } from 'vitest'
import { concatBytes } from '../test-support/concat-bytes'
import { mimeBinaryContent, readPartHeaders } from './mime-binary-content'

const enc = (s: string): Uint8Array => new TextEncoder().encode(s.replace(/\r?\n/g, '\r\n'))
const join = concatBytes
/** Bytes as in a photo or an executable: NULs and control bytes among the rest. */
const binaryBytes = (n: number): Uint8Array =>
  Uint8Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 256)
const paragraph = 'Police used tear gas on Monday, residents said, and the water station was out. '
/** Ten KB of text: more than the 8 KB the check used to read. */
const longText = paragraph.repeat(Math.ceil(10_240 / paragraph.length))

const HEADERS = `From: "Maria Field" <maria@example.org>
Subject: Protest dispersed in the capital
Date: Tue, 3 Nov 2026 23:30:00 -0500
MIME-Version: 1.0`

describe('mimeBinaryContent', () => {
  it('finds nothing in a text e-mail', () => {
    expect(
      mimeBinaryContent(enc(`${HEADERS}\nContent-Type: text/plain\n\n${longText}\n`))
    ).toBeNull()
  })

  it('finds binary data after the first 8 KB of text, and says where', () => {
    const head = enc(`${HEADERS}\nContent-Type: text/plain\n\n${longText}\n`)
    const at = mimeBinaryContent(join(head, binaryBytes(4096)))
    expect(at).not.toBeNull()
    expect(at!).toBeGreaterThanOrEqual(8192)
    expect(at!).toBeLessThanOrEqual(head.length)
    // One NUL is enough; control bytes only when there are many.
    expect(mimeBinaryContent(join(head, new Uint8Array([0]), enc('more text')))).toBe(8192)
    const controls = new Uint8Array(2000).fill(0x01)
    expect(mimeBinaryContent(join(head, controls))).toBe(8192)
    expect(mimeBinaryContent(join(head, new Uint8Array([0x01, 0x1b])))).toBeNull()
  })

  it('accepts an e-mail with a base64 attachment', () => {
    const base64 = btoa(String.fromCharCode(...binaryBytes(30_000))).replace(/.{76}/g, '$&\n')
    const eml = `${HEADERS}
Content-Type: multipart/mixed; boundary="m1"

--m1
Content-Type: text/plain

${longText}
--m1
Content-Type: image/png; name="photo.png"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="photo.png"

${base64}
--m1--
`
    expect(mimeBinaryContent(enc(eml))).toBeNull()
  })

  it('skips the bodies of parts declared binary, and only those', () => {
    const part = (boundary: string, encoding: string) =>
      enc(`--${boundary}\nContent-Type: image/png\nContent-Transfer-Encoding: ${encoding}\n\n`)
    const message = (encoding: string, after = enc('')) =>
      join(
        enc(
          `${HEADERS}\nContent-Type: multipart/related;\n\ttype="text/html";\n\tboundary="----MultipartBoundary--abc----"\n\n`
        ),
        enc(`------MultipartBoundary--abc----\nContent-Type: text/html\n\n<p>${longText}</p>\n`),
        part('----MultipartBoundary--abc----', encoding),
        binaryBytes(20_000),
        enc('\n------MultipartBoundary--abc------\n'),
        after
      )
    expect(mimeBinaryContent(message('binary'))).toBeNull()
    expect(mimeBinaryContent(message('Binary'))).toBeNull()
    // Declared anything else, the same bytes are binary data where text belongs.
    expect(mimeBinaryContent(message('base64'))).not.toBeNull()
    expect(mimeBinaryContent(message('8bit'))).not.toBeNull()
    // The exemption ends at the part's boundary: binary data after the message is found.
    expect(mimeBinaryContent(message('binary', binaryBytes(100)))).not.toBeNull()
  })

  it('follows nested multiparts and attached messages to their binary parts', () => {
    const eml = join(
      enc(`${HEADERS}
Content-Type: multipart/mixed; boundary=outer

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/plain

${longText}
--inner
Content-Type: application/octet-stream
Content-Transfer-Encoding: binary

`),
      binaryBytes(10_000),
      enc(`
--inner--
--outer
Content-Type: message/rfc822

From: someone@example.org
Subject: Forwarded
Content-Type: multipart/mixed; boundary="fwd"

--fwd
Content-Type: application/pdf
Content-Transfer-Encoding: binary

`),
      binaryBytes(10_000),
      enc(`
--fwd--
--outer--
`)
    )
    expect(mimeBinaryContent(eml)).toBeNull()
    // A boundary the message never declared does not open a part.
    const forged = join(
      enc(
        `${HEADERS}\nContent-Type: text/plain\n\n${longText}\n--x\nContent-Transfer-Encoding: binary\n\n`
      ),
      binaryBytes(1000)
    )
    expect(mimeBinaryContent(forged)).not.toBeNull()
  })

  it('accepts a message that is binary as a whole only when it says so', () => {
    const body = join(enc(paragraph), binaryBytes(10_000))
    const whole = (encoding: string) =>
      join(
        enc(
          `${HEADERS}\nContent-Type: application/pdf\nContent-Transfer-Encoding: ${encoding}\n\n`
        ),
        body
      )
    expect(mimeBinaryContent(whole('binary'))).toBeNull()
    expect(mimeBinaryContent(whole('7bit'))).not.toBeNull()
  })

  it('takes the escapes of ISO-2022-JP mail for text', () => {
    const jis = '\x1b$B$3$s$K$A$O\x1b(B '.repeat(2000)
    expect(
      mimeBinaryContent(enc(`${HEADERS}\nContent-Type: text/plain; charset=iso-2022-jp\n\n${jis}`))
    ).toBeNull()
  })
})

describe('readPartHeaders', () => {
  it('reads folded, quoted and unquoted parameters, in any case', () => {
    expect(
      readPartHeaders('Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="b 1"\n')
    ).toEqual({ boundary: 'b 1', message: false, binary: false })
    expect(readPartHeaders('content-type: Multipart/Mixed; BOUNDARY=abc\n').boundary).toBe('abc')
    expect(readPartHeaders('Content-Transfer-Encoding:  BINARY \n').binary).toBe(true)
    expect(readPartHeaders('Content-Type: message/rfc822\n').message).toBe(true)
    expect(readPartHeaders('Content-Type: text/plain; boundary=x\n').boundary).toBeNull()
  })
})
