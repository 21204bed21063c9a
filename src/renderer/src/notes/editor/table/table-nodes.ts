import { Node, mergeAttributes, type Attributes } from '@tiptap/core'
import { parseColwidth } from './table-json'

function cellAttributes(): Attributes {
  return {
    colspan: {
      default: 1,
      parseHTML: (element) => Number(element.getAttribute('colspan') ?? 1) || 1
    },
    rowspan: {
      default: 1,
      parseHTML: (element) => Number(element.getAttribute('rowspan') ?? 1) || 1
    },
    colwidth: {
      default: null,
      parseHTML: (element) => parseColwidth(element.getAttribute('colwidth')),
      renderHTML: (attrs) =>
        Array.isArray(attrs.colwidth) ? { colwidth: (attrs.colwidth as number[]).join(',') } : {}
    }
  }
}

export const Table = Node.create({
  name: 'table',
  group: 'block',
  content: 'tableRow+',
  isolating: true,
  // Row groups carry nothing the note keeps: read through them (also under strict content checks).
  parseHTML: () => [
    { tag: 'table' },
    { tag: 'thead', skip: true },
    { tag: 'tbody', skip: true },
    { tag: 'tfoot', skip: true }
  ],
  renderHTML: ({ HTMLAttributes }) => [
    'table',
    mergeAttributes(HTMLAttributes, { class: 'note-table' }),
    ['tbody', 0]
  ]
})

export const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableCell | tableHeader)*',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: ({ HTMLAttributes }) => ['tr', HTMLAttributes, 0]
})

export const TableCell = Node.create({
  name: 'tableCell',
  content: 'block+',
  isolating: true,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: 'td' }],
  renderHTML: ({ HTMLAttributes }) => ['td', HTMLAttributes, 0]
})

export const TableHeader = Node.create({
  name: 'tableHeader',
  content: 'block+',
  isolating: true,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: 'th' }],
  renderHTML: ({ HTMLAttributes }) => ['th', HTMLAttributes, 0]
})

/** The role prosemirror-tables looks up in each node spec to find tables, rows and cells. */
export const TABLE_ROLES: Readonly<Record<string, string>> = {
  table: 'table',
  tableRow: 'row',
  tableCell: 'cell',
  tableHeader: 'header_cell'
}
