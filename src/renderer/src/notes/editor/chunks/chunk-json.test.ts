import { describe, expect, it } from 'vitest'
import {
  bulletList,
  heading,
  paragraph,
  text,
  type NoteDoc,
  type NoteJSONNode
} from '@core/notes/note-json'
import { CHUNK_TYPE, CHUNKING, chunkCuts, unwrapChunks, wrapInChunks } from './chunk-json'

const note = (n: number): NoteDoc => ({
  type: 'doc',
  content: Array.from({ length: n }, (_, i) => paragraph(text(`P${i}`)))
})

describe('chunk JSON', () => {
  it('wraps a long note in chunks of about CHUNKING.size blocks and unwraps it exactly', () => {
    const doc = note(5_000)
    const wrapped = wrapInChunks(doc)
    expect(wrapped.content.every((c) => c.type === CHUNK_TYPE)).toBe(true)
    expect(wrapped.content.map((c) => c.content!.length)).toEqual(Array(50).fill(CHUNKING.size))
    expect(unwrapChunks(wrapped)).toEqual(doc)
  })

  it('leaves a note of up to CHUNKING.chunkAbove blocks as it is', () => {
    const doc = note(CHUNKING.chunkAbove)
    expect(wrapInChunks(doc)).toBe(doc)
    expect(unwrapChunks(doc)).toBe(doc)
  })

  it('never leaves a last chunk under CHUNKING.min blocks', () => {
    for (const n of [201, 224, 226, 299, 301, 1_234]) {
      const sizes = wrapInChunks(note(n)).content.map((c) => c.content!.length)
      expect(sizes.reduce((a, b) => a + b)).toBe(n)
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(CHUNKING.min)
      expect(Math.max(...sizes)).toBeLessThanOrEqual(CHUNKING.max)
    }
  })

  it('moves a cut a few blocks on to fall between two paragraphs', () => {
    const types = Array<string>(300).fill('paragraph')
    types[100] = 'heading'
    types[101] = 'bulletList'
    // Cutting before 100, 101 or 102 would leave a heading or list next to the cut; 103 does not.
    expect(chunkCuts(types)).toEqual([103, 203])
    const block = (t: string): NoteJSONNode =>
      t === 'heading' ? heading(2, 'H') : t === 'bulletList' ? bulletList('x') : paragraph()
    const doc: NoteDoc = { type: 'doc', content: types.map(block) }
    expect(wrapInChunks(doc).content.map((c) => c.content!.length)).toEqual([103, 100, 97])
  })
})
