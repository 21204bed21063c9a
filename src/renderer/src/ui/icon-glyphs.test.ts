import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const RENDERER = join(__dirname, '..')

/**
 * Pictographs, dingbats, geometric shapes and technical symbols: the blocks a system font may
 * lack (Debian's Chromium drew 🔗 as an empty box). Arrows, math signs, × and … are in every
 * text font the app falls back to and stay allowed as text.
 */
const FONT_DEPENDENT_SYMBOL =
  /[\u{2300}-\u{23FF}\u{25A0}-\u{25FF}\u{2600}-\u{27BF}\u{2B00}-\u{2BFF}\u{1F000}-\u{1FFFF}\u{22EF}]/u

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* sourceFiles(path)
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) yield path
  }
}

describe('icons', () => {
  it('draws every symbol icon as SVG instead of relying on a font glyph', () => {
    const found: string[] = []
    for (const file of sourceFiles(RENDERER)) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          // Comments may name a glyph; only what is rendered counts.
          const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '')
          if (FONT_DEPENDENT_SYMBOL.test(code))
            found.push(`${relative(RENDERER, file)}:${i + 1}: ${line.trim()}`)
        })
    }
    expect(found).toEqual([])
  })
})
