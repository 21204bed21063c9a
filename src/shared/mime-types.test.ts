import { describe, expect, it } from 'vitest'
import { FALLBACK_MIME_TYPE, MIME_TYPES, mimeTypeFor } from './mime-types.mjs'

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['/srv/out/assets/app.js', 'text/javascript; charset=utf-8'],
    ['C:\\app\\out\\vendor\\engine.WASM', 'application/wasm'],
    ['fonts/inter.woff2', 'font/woff2'],
    ['a.b/no-extension', FALLBACK_MIME_TYPE],
    ['.hidden', FALLBACK_MIME_TYPE],
    ['odd.constructor', FALLBACK_MIME_TYPE],
    ['archive.tar.gz', FALLBACK_MIME_TYPE]
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type)
  })

  it('knows every kind of file a renderer build emits', () => {
    for (const extension of ['.html', '.js', '.css', '.json', '.svg', '.woff2', '.wasm', '.ico']) {
      expect(MIME_TYPES[extension], extension).toBeDefined()
    }
  })
})
