import { describe, expect, it } from 'vitest'
import { MAX_ARTICLE_BYTES } from './ipc-contract'
import { MAX_DOCX_BYTES, MAX_EML_BYTES, maxImportBytes } from './import-limits'

describe('maxImportBytes', () => {
  it('gives each kind of file its limit, whatever the case of the extension', () => {
    expect(maxImportBytes('a.DOCX')).toBe(MAX_DOCX_BYTES)
    expect(maxImportBytes('a.eml')).toBe(MAX_EML_BYTES)
    expect(maxImportBytes('a.txt')).toBe(MAX_ARTICLE_BYTES)
    expect(maxImportBytes('no-extension')).toBe(MAX_ARTICLE_BYTES)
    expect(MAX_DOCX_BYTES).toBeGreaterThan(MAX_ARTICLE_BYTES)
  })
})
