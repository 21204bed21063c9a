import { Editor } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import * as core from '@core/notes/analytic-lint'
import { CitedQuote } from '../cited-quote/cited-quote'
import { AnalyticLint, isAnalyticLintEnabled } from './analytic-lint'
import { analyticLintKey } from './plugin'

vi.mock('@core/notes/analytic-lint', { spy: true })

let editor: Editor
afterEach(() => editor.destroy())
beforeEach(() => {
  vi.mocked(core.lintText).mockClear()
})

function makeEditor(html: string, enabled = true): Editor {
  editor = new Editor({
    extensions: [StarterKit, CitedQuote, AnalyticLint.configure({ enabled })],
    content: html
  })
  return editor
}

/** Each decoration as [kind, decorated text]. */
function flagged(e: Editor): Array<[string, string]> {
  const set = analyticLintKey.getState(e.state)?.decorations
  return (set?.find() ?? []).map((d) => [
    String((d.spec as { issue: core.LintIssue }).issue.kind),
    e.state.doc.textBetween(d.from, d.to, undefined, '\uFFFC')
  ])
}

describe('analytic lint decorations', () => {
  it('decorates hedges and mixed sentences with a class and a tooltip', () => {
    makeEditor('<p>Fine. They will probably attack.</p><p>With high confidence, it is likely.</p>')
    expect(flagged(editor)).toEqual([
      ['vague-probability', 'probably'],
      ['mixed-likelihood-confidence', 'With high confidence, it is likely.']
    ])
    const el = editor.view.dom.querySelector('.analytic-lint--vague-probability')
    expect(el?.textContent).toBe('probably')
    expect(el?.getAttribute('title')).toContain('Standard terms: likely')
  })

  it('maps offsets past cited quotes and hard breaks', () => {
    makeEditor(
      '<p>Said <span data-cited-quote data-annotation-id="a"><q>they may go</q></span> and<br>they might.</p>'
    )
    expect(flagged(editor)).toEqual([['vague-probability', 'might']])
  })

  it('switches on and off by command', () => {
    makeEditor('<p>They might.</p>', false)
    expect(flagged(editor)).toEqual([])
    expect(isAnalyticLintEnabled(editor.state)).toBe(false)
    editor.commands.setAnalyticLint(true)
    expect(flagged(editor)).toEqual([['vague-probability', 'might']])
    editor.commands.toggleAnalyticLint()
    expect(flagged(editor)).toEqual([])
    expect(isAnalyticLintEnabled(editor.state)).toBe(false)
  })

  it('re-lints only the block being edited', () => {
    const paragraphs = Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} may matter.</p>`)
    makeEditor(paragraphs.join(''))
    expect(flagged(editor)).toHaveLength(50)
    vi.mocked(core.lintText).mockClear()
    editor.commands.setTextSelection(1)
    editor.commands.insertContent('Perhaps ')
    expect(vi.mocked(core.lintText).mock.calls.length).toBeLessThanOrEqual(2)
    expect(flagged(editor).slice(0, 3)).toEqual([
      ['vague-probability', 'Perhaps'],
      ['vague-probability', 'may'],
      ['vague-probability', 'may']
    ])
  })

  it('stays equal to a full re-lint through splits, joins and deletions', () => {
    makeEditor(
      '<p>They might go. We are confident it is likely.</p><ul><li><p>Could be.</p></li></ul>'
    )
    const full = (): Array<[string, string]> => {
      const fresh = new Editor({
        extensions: [StarterKit, CitedQuote, AnalyticLint],
        content: editor.getJSON()
      })
      const result = flagged(fresh)
      fresh.destroy()
      return result
    }
    editor.commands.setTextSelection(16)
    editor.commands.splitBlock()
    expect(flagged(editor)).toEqual(full())
    editor.commands.joinBackward()
    expect(flagged(editor)).toEqual(full())
    editor.commands.setTextSelection({ from: 6, to: 12 })
    editor.commands.deleteSelection()
    expect(flagged(editor)).toEqual(full())
    editor.commands.setTextSelection(editor.state.doc.content.size - 3)
    editor.commands.insertContent(' Perhaps.')
    expect(flagged(editor)).toEqual(full())
    editor.commands.undo()
    expect(flagged(editor)).toEqual(full())
  })
})
