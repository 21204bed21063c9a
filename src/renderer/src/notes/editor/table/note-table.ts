import { Extension } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import {
  addColumnAfter,
  addColumnBefore,
  addRowAfter,
  addRowBefore,
  deleteColumn,
  deleteRow,
  deleteTable,
  goToNextCell,
  isInTable,
  tableEditing,
  toggleHeaderRow
} from '@tiptap/pm/tables'
import { tableJSON } from './table-json'
import { TABLE_ROLES, Table, TableCell, TableHeader, TableRow } from './table-nodes'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    noteTable: {
      insertTable: (options?: {
        rows?: number
        cols?: number
        withHeaderRow?: boolean
      }) => ReturnType
      addRowBefore: () => ReturnType
      addRowAfter: () => ReturnType
      deleteRow: () => ReturnType
      addColumnBefore: () => ReturnType
      addColumnAfter: () => ReturnType
      deleteColumn: () => ReturnType
      deleteTable: () => ReturnType
      toggleHeaderRow: () => ReturnType
    }
  }
}

/**
 * Tables for notes: the four nodes plus prosemirror-tables' cell selection and repair. Written
 * here because @tiptap/extension-table has no release matching the editor's @tiptap/core.
 */
export const NoteTable = Extension.create({
  name: 'noteTable',

  addExtensions() {
    return [Table, TableRow, TableHeader, TableCell]
  },

  extendNodeSchema(extension) {
    const role = TABLE_ROLES[extension.name]
    return role ? { tableRole: role } : {}
  },

  addProseMirrorPlugins() {
    return [tableEditing()]
  },

  addCommands() {
    return {
      insertTable:
        ({ rows = 3, cols = 3, withHeaderRow = true } = {}) =>
        ({ tr, dispatch, editor }) => {
          const table = editor.schema.nodeFromJSON(tableJSON(rows, cols, withHeaderRow))
          if (dispatch) {
            // The cursor goes into the first cell, where the writer continues.
            const offset = tr.selection.from + 1
            tr.replaceSelectionWith(table).scrollIntoView()
            tr.setSelection(TextSelection.near(tr.doc.resolve(offset)))
          }
          return true
        },
      addRowBefore:
        () =>
        ({ state, dispatch }) =>
          addRowBefore(state, dispatch),
      addRowAfter:
        () =>
        ({ state, dispatch }) =>
          addRowAfter(state, dispatch),
      deleteRow:
        () =>
        ({ state, dispatch }) =>
          deleteRow(state, dispatch),
      addColumnBefore:
        () =>
        ({ state, dispatch }) =>
          addColumnBefore(state, dispatch),
      addColumnAfter:
        () =>
        ({ state, dispatch }) =>
          addColumnAfter(state, dispatch),
      deleteColumn:
        () =>
        ({ state, dispatch }) =>
          deleteColumn(state, dispatch),
      deleteTable:
        () =>
        ({ state, dispatch }) =>
          deleteTable(state, dispatch),
      toggleHeaderRow:
        () =>
        ({ state, dispatch }) =>
          toggleHeaderRow(state, dispatch)
    }
  },

  addKeyboardShortcuts() {
    return {
      Tab: ({ editor }) => {
        if (!isInTable(editor.state)) return false
        if (goToNextCell(1)(editor.state, editor.view.dispatch)) return true
        // Tab in the last cell adds a row, as in word processors.
        return editor
          .chain()
          .addRowAfter()
          .command(({ state, dispatch }) => goToNextCell(1)(state, dispatch))
          .run()
      },
      'Shift-Tab': ({ editor }) =>
        isInTable(editor.state) && goToNextCell(-1)(editor.state, editor.view.dispatch)
    }
  }
})
