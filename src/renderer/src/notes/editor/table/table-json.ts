import type { NoteJSONNode } from '@core/notes/note-json'

/** Attrs every cell carries, as prosemirror-tables expects them. */
export const DEFAULT_CELL_ATTRS = { colspan: 1, rowspan: 1, colwidth: null } as const

function cell(type: 'tableCell' | 'tableHeader'): NoteJSONNode {
  return { type, attrs: { ...DEFAULT_CELL_ATTRS }, content: [{ type: 'paragraph' }] }
}

/** An empty table as JSON: `rows` rows (the first of header cells when asked) of `cols` cells. */
export function tableJSON(rows: number, cols: number, withHeaderRow: boolean): NoteJSONNode {
  const safeRows = Math.max(1, Math.floor(rows))
  const safeCols = Math.max(1, Math.floor(cols))
  return {
    type: 'table',
    content: Array.from({ length: safeRows }, (_, r) => ({
      type: 'tableRow',
      content: Array.from({ length: safeCols }, () =>
        cell(r === 0 && withHeaderRow ? 'tableHeader' : 'tableCell')
      )
    }))
  }
}

/** Reads `colwidth="120,80"` (what prosemirror-tables writes for resized columns). */
export function parseColwidth(value: string | null): number[] | null {
  if (!value) return null
  const widths = value.split(',').map((w) => Number.parseInt(w, 10))
  return widths.every((w) => Number.isFinite(w) && w > 0) ? widths : null
}
