import { describe, expect, it } from 'vitest'
import type { SearchHit } from '@core/search'
import type { PaletteCommand } from './palette-commands'
import { paletteGroups, searchQueryOf } from './palette-options'

const command = (id: string, label: string): PaletteCommand => ({ id, label, run: () => {} })
const COMMANDS = [command('export', 'Export…'), command('new-note', 'New note')]

const hit = (kind: SearchHit['kind'], id: string): SearchHit => ({
  id: `${kind}:${id}`,
  kind,
  recordId: id,
  articleId: 'art-1',
  articleTitle: null,
  title: [{ text: id, match: false }],
  snippet: [],
  score: 1
})

const shape = (groups: ReturnType<typeof paletteGroups>) =>
  groups.map((g) => [g.label, g.options.map((o) => o.key)])

describe('palette options', () => {
  it('lists the commands when nothing is typed, and searches nothing', () => {
    expect(searchQueryOf('   ')).toBe('')
    expect(shape(paletteGroups('', COMMANDS, []))).toEqual([
      ['Commands', ['command:export', 'command:new-note']]
    ])
  })

  it('puts matching commands first, then hits grouped by kind, best group first', () => {
    const hits = [hit('note', 'n1'), hit('annotation', 'a1'), hit('note', 'n2')]
    expect(shape(paletteGroups('note', COMMANDS, hits))).toEqual([
      ['Commands', ['command:new-note']],
      ['Notes', ['note:n1', 'note:n2']],
      ['Annotations', ['annotation:a1']]
    ])
  })

  it('with ">" looks for commands only', () => {
    expect(searchQueryOf('>exp')).toBe('')
    expect(shape(paletteGroups('>exp', COMMANDS, []))).toEqual([['Commands', ['command:export']]])
  })

  it('offers to open a pasted workbench link, and nothing for a broken one', () => {
    const link = 'workbench://article/art-1#event=ev-9'
    expect(searchQueryOf(link)).toBe('')
    const groups = paletteGroups(` ${link} `, COMMANDS, [])
    expect(shape(groups)).toEqual([['Link', ['link']]])
    expect(groups[0]!.options[0]).toMatchObject({
      type: 'link',
      link: { articleId: 'art-1', eventId: 'ev-9' }
    })
    expect(paletteGroups('workbench://settings/wipe', COMMANDS, [])).toEqual([])
  })
})
