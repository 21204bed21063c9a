import { casual, type Parser } from 'chrono-node/en'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { tunedPattern, tuneParser } from './tune-chrono-parsers'

type Context = Parameters<Parser['pattern']>[0]
const context = { option: {} } as unknown as Context
const NEVER_SOURCE = '(?!)'
const byName = new Map(casual.parsers.map((p) => [p.constructor.name, p]))
const patternOf = (name: string): RegExp => {
  const p = byName.get(name)
  if (!p) throw new Error(`chrono has no ${name}`)
  return p.pattern(context)
}

const fixtures = [
  'src/core/suggest/fixtures/kenya-fuel-tax-protests.txt',
  'src/core/suggest/fixtures/somalia-afgooye-galkayo.txt',
  'src/core/suggest/fixtures/nigeria-zamfara-borno.txt',
  'src/core/suggest/fixtures/syria-iraq-drone-strike.txt'
].map((f) => readFileSync(new URL(`../../../${f}`, import.meta.url), 'utf8'))
const phrases = [
  'three days ago',
  'Two weeks later, the army returned',
  'about 2 hours and 30 minutes before the blast',
  'a couple of days earlier',
  'in the past 3 weeks',
  'next 2 months',
  'FIVE DAYS AGO',
  'since the attack 10 years ago,',
  ...fixtures.flatMap((t) => t.split(/(?<=[.!?])\s+/))
]

const matches = (re: RegExp, text: string): string[] => {
  const out: string[] = []
  let rest = text
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    out.push(`${text.length - rest.length + m.index}:${m[0]}`)
    rest = rest.slice(m.index + Math.max(1, m[0].length))
  }
  return out
}

describe('tunedPattern', () => {
  it('never runs the parsers of times of day', () => {
    for (const name of [
      'ENTimeExpressionParser',
      'ENCasualTimeParser',
      'ENTimeUnitWithinFormatParser'
    ])
      expect(tunedPattern(patternOf(name)).source, name).toBe(NEVER_SOURCE)
  })

  it('compiles exactly the time-unit lists in u mode and keeps every other pattern', () => {
    const unicode = new Set([
      'ENTimeUnitAgoFormatParser',
      'ENTimeUnitLaterFormatParser',
      'ENTimeUnitCasualRelativeFormatParser'
    ])
    for (const [name, p] of byName) {
      const re = p.pattern(context)
      const out = tunedPattern(re)
      if (out.source === NEVER_SOURCE) continue
      if (unicode.has(name)) expect(out.flags, name).toBe(`${re.flags}u`)
      else expect(out, name).toBe(re)
    }
  })

  it('matches what the original patterns match, in any case', () => {
    for (const name of [
      'ENTimeUnitAgoFormatParser',
      'ENTimeUnitLaterFormatParser',
      'ENTimeUnitCasualRelativeFormatParser'
    ]) {
      const re = patternOf(name)
      const found = phrases.map((t) => matches(re, t))
      expect(found.flat().length, name).toBeGreaterThan(0)
      expect(
        phrases.map((t) => matches(tunedPattern(re), t)),
        name
      ).toEqual(found)
    }
  })

  it('reuses one tuned pattern per pattern', () => {
    const re = patternOf('ENTimeUnitAgoFormatParser')
    expect(tunedPattern(re)).toBe(tunedPattern(re))
  })
})

describe('tuneParser', () => {
  it('recognises a parser by its pattern, not its class name (which minifying renames)', () => {
    const original = byName.get('ENTimeExpressionParser') as Parser
    const renamed: Parser = {
      pattern: (ctx) => original.pattern(ctx),
      extract: (ctx, m) => original.extract(ctx, m)
    }
    expect(tuneParser(renamed).pattern(context).source).toBe(NEVER_SOURCE)
  })
})
