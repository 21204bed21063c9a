import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// A block left open swallows every rule after it without a word from the build (a merge once
// dropped one "}" and the version list lost its layout), so the braces are counted here.
describe('styles.css', () => {
  it('closes every block it opens', () => {
    const css = readFileSync(join(process.cwd(), 'src/renderer/src/styles.css'), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
    let depth = 0
    const lines = css.split('\n')
    lines.forEach((line, i) => {
      // A selector at the start of a line opens a top-level rule: nothing may be open then.
      if (/^[.#a-z:[*]/i.test(line) && line.trimEnd().endsWith('{') && depth !== 0)
        throw new Error(`styles.css line ${i + 1}: "${line}" starts inside an open block`)
      for (const ch of line) depth += ch === '{' ? 1 : ch === '}' ? -1 : 0
      expect(depth, `line ${i + 1}`).toBeGreaterThanOrEqual(0)
    })
    expect(depth).toBe(0)
  })
})
