/**
 * How single line breaks in pasted or typed text are read. Wire copy and e-mail wrap lines inside
 * a paragraph and mark paragraphs with a blank line; text copied from a web page or a word
 * processor often puts each paragraph on one line with no blank line between them. Neither
 * reading is right for both, so the analyst chooses.
 */
export type LineBreakRule = 'blank-line' | 'each-line'

export const LINE_BREAK_RULES: readonly { rule: LineBreakRule; label: string; hint: string }[] = [
  {
    rule: 'blank-line',
    label: 'Blank lines separate paragraphs',
    hint: 'A single line break is wrapping inside a paragraph (wire copy, e-mail).'
  },
  {
    rule: 'each-line',
    label: 'Each line is a paragraph',
    hint: 'Every line break starts a new paragraph (text copied from a web page).'
  }
]

const FENCE = /^\s{0,3}(`{3,}|~{3,})/

/**
 * Text whose paragraphs are separated by blank lines, as the parsers read it: under "each line
 * is a paragraph" a blank line is put after every non-blank line (fenced code is left whole,
 * so a code block stays one block).
 */
export function applyLineBreakRule(text: string, rule: LineBreakRule): string {
  const unified = text.replace(/\r\n?/g, '\n')
  if (rule === 'blank-line') return unified
  const out: string[] = []
  let fence: string | null = null
  for (const line of unified.split('\n')) {
    const marker = FENCE.exec(line)?.[1]
    if (fence) {
      out.push(line)
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) {
        fence = null
        out.push('')
      }
      continue
    }
    if (marker) {
      fence = marker
      out.push(line)
      continue
    }
    if (line.trim() === '') continue
    out.push(line, '')
  }
  return out.join('\n')
}
