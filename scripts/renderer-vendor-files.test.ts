import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { vendorFileFor, vendorSources } from './renderer-vendor-files'

describe('the files the renderer ships under vendor/', () => {
  it('all exist in the installed packages', () => {
    for (const [target, source] of Object.entries(vendorSources())) {
      expect(existsSync(source), `${target} ← ${source}`).toBe(true)
    }
    const sources = vendorSources()
    expect(statSync(join(sources['pdfjs/cmaps']!, 'UniJIS-UCS2-H.bcmap')).isFile()).toBe(true)
    // The English model is the gzipped LSTM data, a few megabytes, not a pointer file.
    expect(statSync(sources['tesseract/eng.traineddata.gz']!).size).toBeGreaterThan(1_000_000)
  })

  it('answers a dev-server path with the file inside its package, and nothing outside', () => {
    const sources = { 'pdfjs/cmaps': '/pkg/cmaps', 'tesseract/worker.min.js': '/pkg/worker.js' }
    expect(vendorFileFor('pdfjs/cmaps/UniJIS-UCS2-H.bcmap', sources)).toBe(
      '/pkg/cmaps/UniJIS-UCS2-H.bcmap'
    )
    expect(vendorFileFor('tesseract/worker.min.js', sources)).toBe('/pkg/worker.js')
    expect(vendorFileFor('pdfjs/cmaps/../../../etc/passwd', sources)).toBeNull()
    expect(vendorFileFor('other/file.js', sources)).toBeNull()
  })
})
