import { describe, expect, it } from 'vitest'
import { encodeIcns, encodeIco, pngSize, readIcns, readIco } from './icon-formats.mjs'

/** The start of a PNG (signature and IHDR) of the given size, with a marker byte after it. */
function fakePng(width: number, height = width): Uint8Array {
  const bytes = new Uint8Array(34)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0)
  const view = new DataView(bytes.buffer)
  view.setUint32(8, 13)
  bytes.set(
    [...'IHDR'].map((c) => c.charCodeAt(0)),
    12
  )
  view.setUint32(16, width)
  view.setUint32(20, height)
  bytes[33] = width % 251
  return bytes
}

describe('pngSize', () => {
  it('reads the size from the header', () => {
    expect(pngSize(fakePng(48, 32))).toEqual({ width: 48, height: 32 })
  })

  it('refuses bytes that are not a PNG', () => {
    expect(() => pngSize(new Uint8Array(40))).toThrow('Not a PNG image.')
    expect(() => pngSize(fakePng(16).subarray(0, 20))).toThrow('Not a PNG image.')
  })
})

describe('encodeIco and readIco', () => {
  it('holds every PNG, smallest first, with 256 written as 0 in its one-byte field', () => {
    const pngs = [fakePng(256), fakePng(16), fakePng(32)]
    const ico = encodeIco(pngs)
    expect([...ico.subarray(0, 6)]).toEqual([0, 0, 1, 0, 3, 0])
    expect(ico[6 + 16 * 2]).toBe(0)
    const images = readIco(ico)
    expect(images.map((image) => image.size)).toEqual([16, 32, 256])
    expect([...images[0]!.data]).toEqual([...pngs[1]!])
    expect([...images[2]!.data]).toEqual([...pngs[0]!])
  })

  it('refuses what an .ico cannot hold', () => {
    expect(() => encodeIco([])).toThrow('An icon needs at least one image.')
    expect(() => encodeIco([fakePng(512)])).toThrow('An .ico image is 1 to 256 pixels; got 512.')
    expect(() => encodeIco([fakePng(32, 16)])).toThrow('Icon images must be square; got 32×16.')
  })

  it('refuses a file that is not an .ico or is cut off', () => {
    expect(() => readIco(fakePng(16))).toThrow('Not an .ico file.')
    const ico = encodeIco([fakePng(16), fakePng(32)])
    expect(() => readIco(ico.subarray(0, ico.length - 1))).toThrow('An .ico image is cut off.')
    expect(() => readIco(ico.subarray(0, 20))).toThrow('The .ico directory is cut off.')
  })
})

describe('encodeIcns and readIcns', () => {
  it('writes each size under every element type that takes it', () => {
    const icns = encodeIcns([fakePng(1024), fakePng(16), fakePng(32), fakePng(512)])
    expect(String.fromCharCode(...icns.subarray(0, 4))).toBe('icns')
    expect(new DataView(icns.buffer).getUint32(4)).toBe(icns.length)
    const elements = readIcns(icns)
    expect(elements.map((element) => element.type)).toEqual([
      'icp4',
      'ic11',
      'icp5',
      'ic14',
      'ic09',
      'ic10'
    ])
    for (const { data } of elements) expect(pngSize(data).width).toBeGreaterThanOrEqual(16)
    expect(pngSize(elements.find((element) => element.type === 'ic10')!.data).width).toBe(1024)
    expect(pngSize(elements.find((element) => element.type === 'ic11')!.data).width).toBe(32)
  })

  it('refuses images of no .icns size, and a cut-off or foreign file', () => {
    expect(() => encodeIcns([fakePng(20)])).toThrow('No image has an .icns size (16 to 1024).')
    const icns = encodeIcns([fakePng(16)])
    expect(() => readIcns(icns.subarray(0, icns.length - 1))).toThrow('Not an .icns file.')
    const lying = icns.slice()
    new DataView(lying.buffer).setUint32(12, 9999)
    expect(() => readIcns(lying)).toThrow('An .icns element is cut off.')
    expect(() => readIcns(fakePng(16))).toThrow('Not an .icns file.')
  })
})
