import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)

// CVE-2024-4367: pdf.js compiled font glyphs with `new Function` from the file's data. The
// pinned pdf.js has no such path; this fails if an upgrade ever brings code evaluation back.
describe('the shipped pdf.js', () => {
  it.each(['pdfjs-dist/build/pdf.worker.min.mjs', 'pdfjs-dist/build/pdf.min.mjs'])(
    '%s evaluates no code built at run time',
    (file) => {
      const source = readFileSync(require.resolve(file), 'utf8')
      expect(source.length).toBeGreaterThan(100_000)
      expect(source).not.toMatch(/new Function\s*\(/)
      expect(source).not.toMatch(/(^|[^\w.$])eval\s*\(/)
    }
  )
  it('is a release with the font fix (4.2.67 or later)', () => {
    const { version } = require('pdfjs-dist/package.json') as { version: string }
    const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number)
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(4 * 1e6 + 2 * 1e3 + 67)
  })
})
