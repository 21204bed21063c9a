import { describe, expect, it } from 'vitest'
import { plainText } from '@core/article/plain-text'
import type { TextBlock } from '@shared/model/text-model'
import { articlePlainText, rememberArticlePlainText } from './article-plain-text'

const blocks = (): TextBlock[] => [
  { kind: 'heading', text: 'Title', level: 1 },
  { kind: 'paragraph', text: 'Body.' }
]

describe('articlePlainText', () => {
  it('is plainText(blocks), joined once per blocks array', () => {
    const b = blocks()
    const first = articlePlainText(b)
    expect(first).toBe(plainText(b))
    b[1] = { kind: 'paragraph', text: 'changed in place, which stored blocks never are' }
    expect(articlePlainText(b)).toBe(first)
    expect(articlePlainText(blocks())).toBe(plainText(blocks()))
  })

  it('uses the text the reader received with the blocks', () => {
    const b = blocks()
    rememberArticlePlainText(b, 'Title\n\nBody.')
    expect(articlePlainText(b)).toBe('Title\n\nBody.')
  })
})
