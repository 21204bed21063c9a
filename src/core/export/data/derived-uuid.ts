// A UUIDv4-shaped id derived from a key, fast enough for the tens of thousands of ids a large
// STIX or MISP export needs (the SHA-1 of UUIDv5 took ~24 µs an id in the 2-core bench, over a
// second per MISP export of 2,000 events). The id only has to be the same for the same key and
// different for different keys, which 122 bits of MurmurHash3 (x86, 128-bit; Austin Appleby's
// public-domain hash, which passes SMHasher) give for the record ids we feed it; nothing here
// needs a cryptographic hash, as nothing is secret and no one gains by forcing a collision.

const encoder = new TextEncoder()
let buffer = new Uint8Array(256)

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r))

function fmix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return h ^ (h >>> 16)
}

const C1 = 0x239b961b
const C2 = 0xab0e9789
const C3 = 0x38b34ae5
const C4 = 0xa1e38b93

/** MurmurHash3_x86_128 of the UTF-8 bytes of `key`, as four 32-bit words. */
export function murmur3x86x128(key: string, seed = 0): [number, number, number, number] {
  if (buffer.length < key.length * 3) buffer = new Uint8Array(key.length * 3 + 64)
  const len = encoder.encodeInto(key, buffer).written
  const b = buffer
  let h1 = seed
  let h2 = seed
  let h3 = seed
  let h4 = seed
  const blocks = len - (len % 16)
  const word = (i: number): number =>
    b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)
  for (let i = 0; i < blocks; i += 16) {
    let k1 = word(i)
    let k2 = word(i + 4)
    let k3 = word(i + 8)
    let k4 = word(i + 12)
    k1 = Math.imul(rotl(Math.imul(k1, C1), 15), C2)
    h1 ^= k1
    h1 = rotl(h1, 19) + h2
    h1 = (Math.imul(h1, 5) + 0x561ccd1b) | 0
    k2 = Math.imul(rotl(Math.imul(k2, C2), 16), C3)
    h2 ^= k2
    h2 = rotl(h2, 17) + h3
    h2 = (Math.imul(h2, 5) + 0x0bcaa747) | 0
    k3 = Math.imul(rotl(Math.imul(k3, C3), 17), C4)
    h3 ^= k3
    h3 = rotl(h3, 15) + h4
    h3 = (Math.imul(h3, 5) + 0x96cd1c35) | 0
    k4 = Math.imul(rotl(Math.imul(k4, C4), 18), C1)
    h4 ^= k4
    h4 = rotl(h4, 13) + h1
    h4 = (Math.imul(h4, 5) + 0x32ac3b17) | 0
  }
  const tail = len & 15
  const t = blocks
  // The last 1-15 bytes, lane by lane (MurmurHash3's fall-through switch, unrolled).
  const at = (i: number, shift: number): number => (tail > i ? b[t + i]! << shift : 0)
  if (tail > 12) {
    const k4 = at(14, 16) ^ at(13, 8) ^ at(12, 0)
    h4 ^= Math.imul(rotl(Math.imul(k4, C4), 18), C1)
  }
  if (tail > 8) {
    const k3 = at(11, 24) ^ at(10, 16) ^ at(9, 8) ^ at(8, 0)
    h3 ^= Math.imul(rotl(Math.imul(k3, C3), 17), C4)
  }
  if (tail > 4) {
    const k2 = at(7, 24) ^ at(6, 16) ^ at(5, 8) ^ at(4, 0)
    h2 ^= Math.imul(rotl(Math.imul(k2, C2), 16), C3)
  }
  if (tail > 0) {
    const k1 = at(3, 24) ^ at(2, 16) ^ at(1, 8) ^ at(0, 0)
    h1 ^= Math.imul(rotl(Math.imul(k1, C1), 15), C2)
  }
  h1 ^= len
  h2 ^= len
  h3 ^= len
  h4 ^= len
  h1 = (h1 + h2 + h3 + h4) | 0
  h2 = (h2 + h1) | 0
  h3 = (h3 + h1) | 0
  h4 = (h4 + h1) | 0
  h1 = fmix(h1)
  h2 = fmix(h2)
  h3 = fmix(h3)
  h4 = fmix(h4)
  h1 = (h1 + h2 + h3 + h4) | 0
  h2 = (h2 + h1) | 0
  h3 = (h3 + h1) | 0
  h4 = (h4 + h1) | 0
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0]
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const hex4 = (n: number): string =>
  HEX[n >>> 24]! + HEX[(n >>> 16) & 0xff]! + HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!

// Fixed forever: changing it changes every exported STIX and MISP id.
const SEED = 0x57db070b

/** `xxxxxxxx-xxxx-4xxx-[89ab]xxx-xxxxxxxxxxxx` from the hash of `key`. */
export function derivedUuid(key: string): string {
  const [a, b, c, d] = murmur3x86x128(key, SEED)
  // Version nibble 4; variant bits 10.
  const version = (b & 0xffff0fff) | 0x00004000
  const variant = ((c & 0x3fffffff) | 0x80000000) >>> 0
  const bHex = hex4(version >>> 0)
  const cHex = hex4(variant)
  return `${hex4(a)}-${bHex.slice(0, 4)}-${bHex.slice(4)}-${cHex.slice(0, 4)}-${cHex.slice(4)}${hex4(d)}`
}
