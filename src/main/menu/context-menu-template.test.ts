import { describe, expect, it, vi } from 'vitest'
import { contextMenuTemplate, type ContextMenuFacts } from './context-menu-template'

const ALL_FLAGS = {
  canUndo: true,
  canRedo: false,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: false
}
const facts = (over: Partial<ContextMenuFacts>): ContextMenuFacts => ({
  isEditable: false,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: ALL_FLAGS,
  linkURL: '',
  ...over
})
const actions = () => ({
  replaceMisspelling: vi.fn(),
  addToDictionary: vi.fn(),
  copyLink: vi.fn()
})
const shape = (items: ReturnType<typeof contextMenuTemplate>) =>
  items.map((i) => i.role ?? i.label ?? i.type)

describe('contextMenuTemplate', () => {
  it('offers the edit commands in a text field, enabled as Chromium says', () => {
    const items = contextMenuTemplate(facts({ isEditable: true }), actions())
    expect(shape(items)).toEqual(['undo', 'redo', 'separator', 'cut', 'copy', 'paste', 'selectAll'])
    expect(items.find((i) => i.role === 'redo')?.enabled).toBe(false)
    expect(items.find((i) => i.role === 'paste')?.enabled).toBe(true)
  })

  it('puts spelling suggestions first over a misspelled word, and they replace it', () => {
    const a = actions()
    const items = contextMenuTemplate(
      facts({
        isEditable: true,
        misspelledWord: 'milita',
        dictionarySuggestions: ['militia', 'militias', 'milt', 'mild', 'mile', 'mill']
      }),
      a
    )
    expect(shape(items).slice(0, 7)).toEqual([
      'militia',
      'militias',
      'milt',
      'mild',
      'mile',
      'Add to Dictionary',
      'separator'
    ])
    items[0]!.click!({} as never, undefined, {} as never)
    expect(a.replaceMisspelling).toHaveBeenCalledWith('militia')
    items[5]!.click!({} as never, undefined, {} as never)
    expect(a.addToDictionary).toHaveBeenCalledWith('milita')
  })

  it('says when a misspelled word has no suggestion', () => {
    const items = contextMenuTemplate(
      facts({ isEditable: true, misspelledWord: 'Qxzt', dictionarySuggestions: [] }),
      actions()
    )
    expect(items[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false })
  })

  it('offers Copy over a selection in the reader, and Copy Link Address over a link', () => {
    const a = actions()
    expect(shape(contextMenuTemplate(facts({ selectionText: 'The strikes killed' }), a))).toEqual([
      'copy'
    ])
    const link = contextMenuTemplate(
      facts({ selectionText: 'source', linkURL: 'https://example.org/report' }),
      a
    )
    expect(shape(link)).toEqual(['copy', 'separator', 'Copy Link Address'])
    link[2]!.click!({} as never, undefined, {} as never)
    expect(a.copyLink).toHaveBeenCalledWith('https://example.org/report')
  })

  it('is empty where there is nothing to do (a click on plain text)', () => {
    expect(contextMenuTemplate(facts({ selectionText: '   ' }), actions())).toEqual([])
  })
})
