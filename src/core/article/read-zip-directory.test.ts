import { describe, expect, it } from 'vitest'
import { makeZip } from '../test-support/make-zip'
import {
  hasEncryptedPackage,
  isCompoundFile,
  looksLikeZip,
  readZipDirectory
} from './read-zip-directory'

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('readZipDirectory', () => {
  it('lists the entries with their sizes, method and data offset', () => {
    const zip = makeZip([
      { name: 'a.txt', data: bytes('hello') },
      { name: 'word/document.xml', data: bytes('xyz'), method: 8, declaredSize: 99 }
    ])
    const dir = readZipDirectory(zip)
    expect(dir.ok).toBe(true)
    if (!dir.ok) return
    expect(
      dir.entries.map((e) => [e.name, e.method, e.compressedSize, e.uncompressedSize])
    ).toEqual([
      ['a.txt', 0, 5, 5],
      ['word/document.xml', 8, 3, 99]
    ])
    const first = dir.entries[0]!
    expect(new TextDecoder().decode(zip.subarray(first.dataOffset, first.dataOffset + 5))).toBe(
      'hello'
    )
  })

  it('flags encrypted entries', () => {
    const dir = readZipDirectory(makeZip([{ name: 'x', data: bytes('x'), encrypted: true }]))
    expect(dir.ok && dir.entries[0]?.encrypted).toBe(true)
  })

  it('says a text file is not a zip', () => {
    expect(looksLikeZip(bytes('just some text, not an archive'))).toBe(false)
    expect(readZipDirectory(bytes('just some text, not an archive'))).toEqual({
      ok: false,
      reason: 'not-zip'
    })
  })

  it('calls a truncated archive damaged', () => {
    const zip = makeZip([{ name: 'a.txt', data: bytes('hello world, a longer entry') }])
    expect(readZipDirectory(zip.subarray(0, zip.length - 30))).toEqual({
      ok: false,
      reason: 'damaged'
    })
  })

  it('calls an entry pointing past the end of the file damaged', () => {
    const zip = makeZip([{ name: 'a.txt', data: bytes('hello') }])
    // Central directory's local-header offset (46 - 4 bytes into the directory record).
    const central = zip.length - 22 - (46 + 5)
    zip[central + 42] = 0xf0
    expect(readZipDirectory(zip)).toEqual({ ok: false, reason: 'damaged' })
  })
})

describe('compound files', () => {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
  const compound = (extra: number[]): Uint8Array => {
    const out = new Uint8Array(1024)
    out.set(header, 0)
    out.set(extra, 600)
    return out
  }
  const utf16 = (s: string): number[] => Array.from(s).flatMap((c) => [c.charCodeAt(0), 0])

  it('recognises an encrypted Office package', () => {
    const file = compound(utf16('EncryptedPackage'))
    expect(isCompoundFile(file)).toBe(true)
    expect(hasEncryptedPackage(file)).toBe(true)
  })

  it('tells an old .doc (no encrypted package) apart', () => {
    const file = compound(utf16('WordDocument'))
    expect(isCompoundFile(file)).toBe(true)
    expect(hasEncryptedPackage(file)).toBe(false)
  })

  it('does not take a zip for a compound file', () => {
    expect(isCompoundFile(makeZip([{ name: 'a', data: bytes('a'.repeat(600)) }]))).toBe(false)
  })
})
