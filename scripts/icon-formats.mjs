// Writers and readers for the icon containers electron-builder takes as they are: Windows .ico and
// macOS .icns, both holding PNG images. Given ready files, electron-builder converts nothing, so
// packaging never needs its icon tool (a download from GitHub that this machine cannot make).
// Pure: bytes in, bytes out.

const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * The width and height of a PNG, read from its header; throws when the bytes are not a PNG.
 * @param {Uint8Array} png
 * @returns {{ width: number, height: number }}
 */
export function pngSize(png) {
  const isPng =
    png.length >= 24 &&
    PNG_SIGNATURE.every((byte, i) => png[i] === byte) &&
    String.fromCharCode(...png.subarray(12, 16)) === 'IHDR'
  if (!isPng) throw new Error('Not a PNG image.')
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

/**
 * @param {Uint8Array[]} pngs
 * @returns {{ png: Uint8Array, size: number }[]} square images, smallest first
 */
function squareImages(pngs) {
  return pngs
    .map((png) => {
      const { width, height } = pngSize(png)
      if (width !== height) throw new Error(`Icon images must be square; got ${width}×${height}.`)
      return { png, size: width }
    })
    .sort((a, b) => a.size - b.size)
}

/**
 * A Windows icon (.ico) holding the PNGs as they are (PNG entries: Windows Vista and later).
 * Sizes from 1 to 256.
 * @param {Uint8Array[]} pngs
 * @returns {Uint8Array}
 */
export function encodeIco(pngs) {
  const images = squareImages(pngs)
  if (images.length === 0) throw new Error('An icon needs at least one image.')
  const headerSize = 6 + 16 * images.length
  const total = headerSize + images.reduce((sum, image) => sum + image.png.length, 0)
  const bytes = new Uint8Array(total)
  const view = new DataView(bytes.buffer)
  view.setUint16(0, 0, true) // reserved
  view.setUint16(2, 1, true) // type 1: icon
  view.setUint16(4, images.length, true)
  let offset = headerSize
  images.forEach(({ png, size }, i) => {
    if (size < 1 || size > 256) throw new Error(`An .ico image is 1 to 256 pixels; got ${size}.`)
    const entry = 6 + 16 * i
    // 256 is written as 0: the field is one byte.
    bytes[entry] = size % 256
    bytes[entry + 1] = size % 256
    bytes[entry + 2] = 0 // no palette
    bytes[entry + 3] = 0 // reserved
    view.setUint16(entry + 4, 1, true) // colour planes
    view.setUint16(entry + 6, 32, true) // bits per pixel
    view.setUint32(entry + 8, png.length, true)
    view.setUint32(entry + 12, offset, true)
    bytes.set(png, offset)
    offset += png.length
  })
  return bytes
}

/**
 * The images of an .ico file: their declared size and bytes.
 * @param {Uint8Array} ico
 * @returns {{ size: number, data: Uint8Array }[]}
 */
export function readIco(ico) {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength)
  if (ico.length < 6 || view.getUint16(0, true) !== 0 || view.getUint16(2, true) !== 1) {
    throw new Error('Not an .ico file.')
  }
  const count = view.getUint16(4, true)
  const images = []
  for (let i = 0; i < count; i++) {
    const entry = 6 + 16 * i
    if (entry + 16 > ico.length) throw new Error('The .ico directory is cut off.')
    const length = view.getUint32(entry + 8, true)
    const offset = view.getUint32(entry + 12, true)
    if (offset + length > ico.length) throw new Error('An .ico image is cut off.')
    images.push({ size: ico[entry] || 256, data: ico.subarray(offset, offset + length) })
  }
  return images
}

/**
 * The PNG element types of an .icns file by pixel size, as Apple's iconutil writes them: one
 * element per image, the @2x types (ic11-ic14) sharing pixels with a larger @1x one.
 * @type {ReadonlyArray<{ type: string, size: number }>}
 */
export const ICNS_TYPES = Object.freeze([
  { type: 'icp4', size: 16 },
  { type: 'ic11', size: 32 },
  { type: 'icp5', size: 32 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic13', size: 256 },
  { type: 'ic08', size: 256 },
  { type: 'ic14', size: 512 },
  { type: 'ic09', size: 512 },
  { type: 'ic10', size: 1024 }
])

/**
 * A macOS icon (.icns) with every element of {@link ICNS_TYPES} whose size is among the PNGs.
 * @param {Uint8Array[]} pngs
 * @returns {Uint8Array}
 */
export function encodeIcns(pngs) {
  const bySize = new Map(squareImages(pngs).map((image) => [image.size, image.png]))
  const elements = ICNS_TYPES.flatMap(({ type, size }) => {
    const png = bySize.get(size)
    return png ? [{ type, png }] : []
  })
  if (elements.length === 0) throw new Error('No image has an .icns size (16 to 1024).')
  const total = 8 + elements.reduce((sum, element) => sum + 8 + element.png.length, 0)
  const bytes = new Uint8Array(total)
  const view = new DataView(bytes.buffer)
  writeType(bytes, 0, 'icns')
  view.setUint32(4, total)
  let offset = 8
  for (const { type, png } of elements) {
    writeType(bytes, offset, type)
    view.setUint32(offset + 4, 8 + png.length)
    bytes.set(png, offset + 8)
    offset += 8 + png.length
  }
  return bytes
}

/**
 * The elements of an .icns file.
 * @param {Uint8Array} icns
 * @returns {{ type: string, data: Uint8Array }[]}
 */
export function readIcns(icns) {
  const view = new DataView(icns.buffer, icns.byteOffset, icns.byteLength)
  if (icns.length < 8 || readType(icns, 0) !== 'icns' || view.getUint32(4) !== icns.length) {
    throw new Error('Not an .icns file.')
  }
  const elements = []
  let offset = 8
  while (offset < icns.length) {
    const length = offset + 8 <= icns.length ? view.getUint32(offset + 4) : 0
    if (length < 8 || offset + length > icns.length) throw new Error('An .icns element is cut off.')
    elements.push({
      type: readType(icns, offset),
      data: icns.subarray(offset + 8, offset + length)
    })
    offset += length
  }
  return elements
}

/**
 * @param {Uint8Array} bytes
 * @param {number} offset
 * @param {string} type four ASCII characters
 */
function writeType(bytes, offset, type) {
  for (let i = 0; i < 4; i++) bytes[offset + i] = type.charCodeAt(i)
}

/**
 * @param {Uint8Array} bytes
 * @param {number} offset
 * @returns {string}
 */
function readType(bytes, offset) {
  return String.fromCharCode(...bytes.subarray(offset, offset + 4))
}
