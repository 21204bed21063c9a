import { describe, expect, it } from 'vitest'
import { matchCommands, type PaletteCommand } from './palette-commands'

const command = (id: string, label: string, keywords?: string): PaletteCommand => ({
  id,
  label,
  keywords,
  run: () => {}
})
const COMMANDS = [
  command('toggle-theme', 'Toggle theme', 'dark light mode'),
  command('theme-dark', 'Dark theme'),
  command('theme-light', 'Light theme'),
  command('library', 'Show/hide library', 'articles'),
  command('back-up', 'Back up…', 'backup save copy')
]
const ids = (list: PaletteCommand[]): string[] => list.map((c) => c.id)

describe('matchCommands', () => {
  it('lists every command for an empty query', () => {
    expect(ids(matchCommands(COMMANDS, '  '))).toEqual(ids(COMMANDS))
  })

  it('matches words by their start, in the label or the keywords', () => {
    expect(ids(matchCommands(COMMANDS, 'hid lib'))).toEqual(['library'])
    expect(ids(matchCommands(COMMANDS, 'articles'))).toEqual(['library'])
    expect(ids(matchCommands(COMMANDS, 'backup'))).toEqual(['back-up'])
    expect(ids(matchCommands(COMMANDS, 'brightness'))).toEqual([])
  })

  it('puts commands whose label has more of the words first', () => {
    expect(ids(matchCommands(COMMANDS, 'light theme'))).toEqual(['theme-light', 'toggle-theme'])
    expect(ids(matchCommands(COMMANDS, 'dark'))).toEqual(['theme-dark', 'toggle-theme'])
    expect(ids(matchCommands(COMMANDS, 'theme'))).toEqual([
      'toggle-theme',
      'theme-dark',
      'theme-light'
    ])
  })
})
