import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, describe, expect, it } from 'vitest'
import type { LikelihoodTerm } from '@core/notes/icd203'
import { Likelihood } from './likelihood'
import { needsSentenceEnd, withLeadingSpace } from './spacing'

describe('spacing', () => {
  it('adds a space only after a word', () => {
    expect(withLeadingSpace('', 'likely')).toBe('likely')
    expect(withLeadingSpace('It is ', 'likely')).toBe('likely')
    expect(withLeadingSpace('It is', 'likely')).toBe(' likely')
    expect(withLeadingSpace('(', 'likely')).toBe('likely')
    expect(withLeadingSpace('Done.', 'We')).toBe(' We')
  })

  it('ends an open sentence before a confidence statement', () => {
    expect(needsSentenceEnd('An attack is likely')).toBe(true)
    expect(needsSentenceEnd('An attack is likely. ')).toBe(false)
    expect(needsSentenceEnd('He said “go.”')).toBe(false)
    expect(needsSentenceEnd('')).toBe(false)
  })
})

describe('likelihood commands', () => {
  let editor: Editor
  // Every editor a test made is destroyed: one left behind keeps a DOM observer timer that fires
  // after the DOM environment is gone.
  const made: Editor[] = []
  afterEach(() => {
    for (const e of made.splice(0)) e.destroy()
  })
  const make = (html: string): Editor => {
    editor = new Editor({ extensions: [StarterKit, Likelihood], content: html })
    made.push(editor)
    editor.commands.setTextSelection(editor.state.doc.content.size - 1)
    return editor
  }

  it('inserts a likelihood term as a word', () => {
    make('<p>An attack is</p>').commands.insertLikelihood('very likely')
    expect(editor.getText()).toBe('An attack is very likely')
  })

  it('takes the marks at the cursor', () => {
    make('<p><strong>Bold</strong></p>').commands.insertLikelihood('unlikely')
    expect(editor.getHTML()).toBe('<p><strong>Bold unlikely</strong></p>')
  })

  it('refuses unknown terms', () => {
    expect(make('<p>x</p>').commands.insertLikelihood('probably' as LikelihoodTerm)).toBe(false)
    expect(editor.getText()).toBe('x')
  })

  it('inserts the confidence statement as its own sentence', () => {
    make('<p>An attack is likely</p>').commands.insertConfidence('moderate')
    expect(editor.getText()).toBe(
      'An attack is likely. We have moderate confidence in this judgment.'
    )
    make('<p>An attack is likely. </p>').commands.insertConfidence('high')
    expect(editor.getText()).toBe('An attack is likely. We have high confidence in this judgment.')
    make('<p></p>').commands.insertConfidence('low')
    expect(editor.getText()).toBe('We have low confidence in this judgment.')
  })
})
