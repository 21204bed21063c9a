/** One file in a zip archive, as its central directory describes it. */
export interface ZipEntry {
  /** Path inside the archive; non-ASCII bytes are read one per character (only ASCII names matter here). */
  name: string
  /** 0 stored, 8 deflated; anything else is refused by the reader of the entry. */
  method: number
  /** Bit 0 of the general-purpose flags: the entry is encrypted. */
  encrypted: boolean
  compressedSize: number
  /** As declared: a hostile archive may lie, so the inflater counts what really comes out. */
  uncompressedSize: number
  /** Offset of the entry's compressed bytes (after its local header). */
  dataOffset: number
}

export type ZipDirectory =
  { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'not-zip' | 'damaged' }

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
/** A zip64 field is marked by all ones; no Word file the workbench accepts needs one. */
const ZIP64_MARK = 0xffffffff
/** More entries than any real Word document has; keeps a crafted directory from costing time. */
const MAX_ENTRIES = 10_000

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8)
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0

/** Whether the bytes start like a zip archive (a local file header, or an empty archive's end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  const sig = u32(bytes, 0)
  return bytes.length >= 22 && (sig === LOCAL_SIGNATURE || sig === EOCD_SIGNATURE)
}

/**
 * Reads a zip archive's central directory without decompressing anything, so an importer can
 * check what is inside (and how big it says it is) before a library unpacks it. Refuses zip64,
 * multi-disk archives and entries pointing outside the file as damaged.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  if (!looksLikeZip(bytes)) return { ok: false, reason: 'not-zip' }
  // The end record sits in the last 22 bytes plus a comment of at most 65535 bytes.
  let eocd = -1
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) {
      eocd = at
      break
    }
  }
  if (eocd < 0) return { ok: false, reason: 'damaged' }
  const count = u16(bytes, eocd + 10)
  const size = u32(bytes, eocd + 12)
  const offset = u32(bytes, eocd + 16)
  if (
    u16(bytes, eocd + 4) !== 0 ||
    count > MAX_ENTRIES ||
    size === ZIP64_MARK ||
    offset === ZIP64_MARK
  )
    return { ok: false, reason: 'damaged' }
  if (offset + size > eocd) return { ok: false, reason: 'damaged' }
  const entries: ZipEntry[] = []
  let at = offset
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || u32(bytes, at) !== CENTRAL_SIGNATURE)
      return { ok: false, reason: 'damaged' }
    const flags = u16(bytes, at + 8)
    const method = u16(bytes, at + 10)
    const compressedSize = u32(bytes, at + 20)
    const uncompressedSize = u32(bytes, at + 24)
    const nameLength = u16(bytes, at + 28)
    const extraLength = u16(bytes, at + 30)
    const commentLength = u16(bytes, at + 32)
    const localOffset = u32(bytes, at + 42)
    if (
      compressedSize === ZIP64_MARK ||
      uncompressedSize === ZIP64_MARK ||
      localOffset === ZIP64_MARK
    )
      return { ok: false, reason: 'damaged' }
    const name = String.fromCharCode(...bytes.subarray(at + 46, at + 46 + nameLength))
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL_SIGNATURE)
      return { ok: false, reason: 'damaged' }
    const dataOffset =
      localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28)
    if (dataOffset + compressedSize > bytes.length) return { ok: false, reason: 'damaged' }
    entries.push({
      name,
      method,
      encrypted: (flags & 1) === 1,
      compressedSize,
      uncompressedSize,
      dataOffset
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return { ok: true, entries }
}

/**
 * Whether the bytes are an OLE compound file. Word saves a password-protected .docx in one (an
 * "EncryptedPackage" stream), and a Word 97–2003 .doc is one too.
 */
export function isCompoundFile(bytes: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
  return bytes.length >= 512 && magic.every((b, i) => bytes[i] === b)
}

/** Whether a compound file holds the "EncryptedPackage" stream of an encrypted Office document. */
export function hasEncryptedPackage(bytes: Uint8Array): boolean {
  // Directory entry names are UTF-16LE.
  const name = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0])
  outer: for (let at = 0; at + name.length <= bytes.length; at++) {
    for (let k = 0; k < name.length; k++) if (bytes[at + k] !== name[k]) continue outer
    return true
  }
  return false
}
