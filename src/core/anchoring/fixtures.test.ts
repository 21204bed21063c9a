import { readdirSync, readFileSync } from 'node:fs'
import { describe as suite, expect, it } from 'vitest'
import type { AnchorSelectors, AnchorStatus } from './anchor-types'
import { anchor } from './anchor'
import { describe } from './describe'

// Golden fixtures: one folder per case (see docs/anchoring-fixtures.md).
interface FixtureCase {
  description: string
  selectors: AnchorSelectors
  expected: { status: AnchorStatus; start: number; end: number }
}

const root = new URL('./fixtures/', import.meta.url)
const names = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()
const read = (name: string, file: string): string =>
  readFileSync(new URL(`${name}/${file}`, root), 'utf8')

suite('anchoring golden fixtures', () => {
  it('has fixtures to run', () => {
    expect(names.length).toBeGreaterThanOrEqual(5)
  })

  suite.each(names)('%s', (name) => {
    const original = read(name, 'original.txt')
    const edited = read(name, 'edited.txt')
    const fixture = JSON.parse(read(name, 'case.json')) as FixtureCase

    it('stored selectors are what describe makes on the original (format is stable)', () => {
      const { start, end } = fixture.selectors.position
      expect(describe(original, start, end)).toEqual(fixture.selectors)
    })

    it(`anchors on the edited text as expected: ${fixture.description}`, () => {
      const result = anchor(edited, fixture.selectors)
      expect({ status: result.status, start: result.start, end: result.end }).toEqual(
        fixture.expected
      )
    })
  })
})
