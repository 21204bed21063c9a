import { describe, expect, it } from 'vitest'
import { makeArticle } from '../test-support/make-records'
import { packArticle, unpackArticle } from './packed-article'
import { plainText } from './plain-text'

describe('packArticle / unpackArticle', () => {
  it('gives back the same record, field by field', () => {
    const article = makeArticle({
      title: 'Convoy',
      lang: 'ar',
      dir: 'rtl',
      blocks: [
        { kind: 'heading', text: 'Title', level: 2 },
        { kind: 'paragraph', text: '' },
        { kind: 'list-item', text: 'one 🙂 two' },
        { kind: 'quote', text: 'مرحبا' },
        { kind: 'paragraph', text: 'last' }
      ]
    })
    const packed = packArticle(article)
    const back = unpackArticle(structuredClone(packed))
    expect(packed.text).toBe(plainText(article.blocks))
    expect(back).toStrictEqual(article)
    expect('level' in back.blocks[0]!).toBe(true)
    expect('level' in back.blocks[1]!).toBe(false)
  })

  it('carries the plain text as one string and the blocks as typed arrays', () => {
    const packed = packArticle(
      makeArticle({
        blocks: [
          { kind: 'paragraph', text: 'ab' },
          { kind: 'heading', text: 'cde', level: 1 }
        ]
      })
    )
    expect(packed.text).toBe('ab\n\ncde')
    expect([...packed.ends]).toEqual([2, 7])
    expect([...packed.kinds]).toEqual([0, 1])
    expect([...packed.levels]).toEqual([0, 1])
    expect('blocks' in packed.fields).toBe(false)
  })

  it('keeps an article without blocks', () => {
    const article = makeArticle({ blocks: [] })
    expect(unpackArticle(packArticle(article))).toStrictEqual(article)
  })

  it('refuses a block kind it does not know rather than dropping it', () => {
    const article = makeArticle({ blocks: [{ kind: 'table' as never, text: 'x' }] })
    expect(() => packArticle(article)).toThrow(/Unknown block kind/)
  })
})
