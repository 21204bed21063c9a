import { describe, expect, it } from 'vitest'
import { isFurniture } from './page-furniture'
import { splitSentences } from './split-sentences'

const furniture = (text: string): string[] => {
  const sentences = splitSentences(text)
  return sentences
    .filter((s) => isFurniture(text, s, sentences))
    .map((s) => text.slice(s.start, s.end))
}

describe('isFurniture', () => {
  it('leaves out a headline, a link line and a caption, and keeps the reporting', () => {
    const text = [
      'Gunmen kill 11 soldiers in barracks attack',
      'Gunmen attacked an army barracks early Friday, killing 11 soldiers, officials said.',
      'Read more: https://example.org/related-story',
      'Photo: Soldiers at the scene on Friday.'
    ].join('\n\n')
    expect(furniture(text)).toEqual([
      'Gunmen kill 11 soldiers in barracks attack',
      'Read more: https://example.org/related-story',
      'Photo: Soldiers at the scene on Friday.'
    ])
  })

  it('keeps a one-paragraph text, even without a full stop', () => {
    expect(furniture('Gunmen attacked an army post on Sunday')).toEqual([])
  })

  it('keeps a short sentence that ends with a full stop', () => {
    const text = 'The attack began at dawn.\n\nMore details were not immediately available.'
    expect(furniture(text)).toEqual([])
  })
})
