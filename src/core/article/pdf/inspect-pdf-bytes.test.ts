import { describe, expect, it } from 'vitest'
import { MAX_PDF_BYTES } from '../../../shared/import-limits'
import { inspectPdfBytes } from './inspect-pdf-bytes'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('inspectPdfBytes', () => {
  it('accepts a file that starts as a PDF, even after some leading junk', () => {
    expect(inspectPdfBytes('a.pdf', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBeNull()
    expect(inspectPdfBytes('a.pdf', bytes('\r\n\r\n%PDF-1.4\n'))).toBeNull()
  })
  it('refuses an empty file, a file over 50 MB and a file that is not a PDF', () => {
    expect(inspectPdfBytes('e.pdf', new Uint8Array())).toContain('empty')
    const big = new Uint8Array(MAX_PDF_BYTES + 1)
    big.set(bytes('%PDF-1.7'))
    expect(inspectPdfBytes('big.pdf', big)).toContain('larger than 50 MB')
    expect(inspectPdfBytes('note.pdf', bytes('Hello, this is text'))).toContain('is not a PDF')
  })
})
