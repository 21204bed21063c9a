import { describe, expect, it } from 'vitest'
import { readDocxCoreProperties } from './docx-core-properties'

describe('readDocxCoreProperties', () => {
  it('reads the title and creator, decoding entities', () => {
    const xml = `<?xml version="1.0"?><cp:coreProperties xmlns:cp="x" xmlns:dc="y">
      <dc:title>Floods &amp; landslides in &#x4E2D;&#22269;</dc:title>
      <dc:creator>Ana  Lyst</dc:creator></cp:coreProperties>`
    expect(readDocxCoreProperties(xml)).toEqual({
      title: 'Floods & landslides in 中国',
      creator: 'Ana Lyst'
    })
  })

  it('gives empty strings when the properties are missing or empty', () => {
    expect(readDocxCoreProperties('')).toEqual({ title: '', creator: '' })
    expect(readDocxCoreProperties('<dc:title></dc:title><dc:creator/>')).toEqual({
      title: '',
      creator: ''
    })
  })

  it('never expands a declared entity or keeps markup', () => {
    const xml = `<!DOCTYPE x [<!ENTITY boom "BOOM">]><dc:title>&boom;<b>Bold</b> title</dc:title>`
    expect(readDocxCoreProperties(xml).title).toBe('&boom; Bold title')
  })
})
