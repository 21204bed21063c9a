import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TextBlock } from '../../shared/model/text-model'
import { makeArticle } from '../test-support/make-records'
import { packArticle, packedPlainText, unpackArticle } from './packed-article'
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
    expect(packedPlainText(packed)).toBe(plainText(article.blocks))
    expect(back).toStrictEqual(article)
    expect('level' in back.blocks[0]!).toBe(true)
    expect('level' in back.blocks[1]!).toBe(false)
  })

  it('carries the plain text as strings and the blocks as typed arrays', () => {
    const packed = packArticle(
      makeArticle({
        blocks: [
          { kind: 'paragraph', text: 'ab' },
          { kind: 'heading', text: 'cde', level: 1 }
        ]
      })
    )
    expect(packed.text).toEqual(['ab\n\ncde'])
    expect([...packed.ends]).toEqual([2, 7])
    expect([...packed.kinds]).toEqual([0, 1])
    expect([...packed.levels]).toEqual([0, 1])
    expect('blocks' in packed.fields).toBe(false)
  })

  it('cuts the text into pieces where blocks start, so a worker can send them one by one', () => {
    const packed = packArticle(
      makeArticle({
        blocks: [
          { kind: 'paragraph', text: 'aaaa' },
          { kind: 'paragraph', text: 'bb' },
          { kind: 'paragraph', text: 'cccccccc' },
          { kind: 'paragraph', text: 'd' }
        ]
      }),
      5
    )
    // A piece is cut at the first block start once it holds `size` characters: no longer than
    // that and one block, so 60 MB never crosses as one string.
    expect(packed.text).toEqual(['aaaa\n\n', 'bb\n\ncccccccc\n\n', 'd'])
  })

  it('gives back the same record and text however the text is cut', () => {
    const block: fc.Arbitrary<TextBlock> = fc
      .record({
        kind: fc.constantFrom('paragraph', 'heading', 'list-item', 'quote'),
        text: fc.string({ maxLength: 12, unit: 'grapheme' })
      })
      .map((b) => ({ ...b }))
    fc.assert(
      fc.property(
        fc.array(block, { maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        (blocks, size) => {
          const article = makeArticle({ blocks })
          const packed = structuredClone(packArticle(article, size))
          expect(unpackArticle(packed)).toStrictEqual(article)
          expect(packedPlainText(packed)).toBe(plainText(blocks))
        }
      )
    )
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
