import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..', '..')
const SOURCES = ['src/renderer/src', 'src/core', 'src/main', 'src/shared']

/** Nouns the workbench counts; a count written before one of them in its plural is suspect. */
const NOUNS =
  'annotations|events|notes|articles|actors|records|tags|paragraphs|parts|checks|attachments|places|suggestions|passages|pages|items|versions|snapshots|files|words|matches|results|rows|cards|fields|changes|errors|warnings|quotes|blocks|lines|sentences|templates|revisions|characters|seconds'

/**
 * A template or JSX expression followed by a plural noun: `${n} events`, `{count} notes`. Not a
 * JSX attribute (`annotations={annotations} events=`). A line saying `plural-ok:` (why) is
 * exempt, as is one that already picks the number (`=== 1`).
 */
const COUNT_THEN_PLURAL = new RegExp(String.raw`(?<![=\w])(\$\{[^}]+\}|\{[^}]+\}) (${NOUNS})\b`)

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* sourceFiles(path)
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) yield path
  }
}

describe('count wording', () => {
  it('writes no count before a plural noun without choosing singular or plural', () => {
    const found: string[] = []
    for (const dir of SOURCES)
      for (const file of sourceFiles(join(ROOT, dir))) {
        const lines = readFileSync(file, 'utf8').split('\n')
        lines.forEach((line, i) => {
          const exempt = /plural-ok:|=== 1|!== 1/.test(line + (lines[i - 1] ?? ''))
          if (!exempt && COUNT_THEN_PLURAL.test(line))
            found.push(`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`)
        })
      }
    expect(found).toEqual([])
  })
})
