/** One file for makeZip: its bytes as stored in the archive and what the directory declares. */
export interface TestZipEntry {
  name: string
  /** Bytes as they sit in the archive (already deflated when method is 8). */
  data: Uint8Array
  method?: 0 | 8
  /** What the directory claims the entry unpacks to; a zip bomb lies here. */
  declaredSize?: number
  encrypted?: boolean
}

/**
 * Builds a zip archive byte by byte for tests of hostile and damaged files (a lying size, an
 * encrypted entry). CRCs are left 0: the importer refuses these files before any library that
 * would check them opens the archive.
 */
export function makeZip(entries: readonly TestZipEntry[]): Uint8Array {
  const parts: number[] = []
  const central: number[] = []
  const u16 = (out: number[], v: number): void => void out.push(v & 0xff, (v >>> 8) & 0xff)
  const u32 = (out: number[], v: number): void => {
    u16(out, v & 0xffff)
    u16(out, (v >>> 16) & 0xffff)
  }
  for (const entry of entries) {
    const name = Array.from(entry.name, (c) => c.charCodeAt(0))
    const method = entry.method ?? 0
    const declared = entry.declaredSize ?? entry.data.length
    const flags = entry.encrypted ? 1 : 0
    const offset = parts.length
    u32(parts, 0x04034b50)
    u16(parts, 20)
    u16(parts, flags)
    u16(parts, method)
    u32(parts, 0) // time and date
    u32(parts, 0) // crc
    u32(parts, entry.data.length)
    u32(parts, declared)
    u16(parts, name.length)
    u16(parts, 0)
    parts.push(...name)
    for (const b of entry.data) parts.push(b)
    u32(central, 0x02014b50)
    u16(central, 20)
    u16(central, 20)
    u16(central, flags)
    u16(central, method)
    u32(central, 0)
    u32(central, 0)
    u32(central, entry.data.length)
    u32(central, declared)
    u16(central, name.length)
    u16(central, 0)
    u16(central, 0)
    u16(central, 0)
    u16(central, 0)
    u32(central, 0)
    u32(central, offset)
    central.push(...name)
  }
  const centralOffset = parts.length
  const end: number[] = []
  u32(end, 0x06054b50)
  u16(end, 0)
  u16(end, 0)
  u16(end, entries.length)
  u16(end, entries.length)
  u32(end, central.length)
  u32(end, centralOffset)
  u16(end, 0)
  const out = new Uint8Array(parts.length + central.length + end.length)
  out.set(parts, 0)
  out.set(central, parts.length)
  out.set(end, parts.length + central.length)
  return out
}
