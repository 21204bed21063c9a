import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { ReactNode } from 'react'
import {
  CONFIDENCE_LEVELS,
  LIKELIHOOD_BANDS,
  confidenceStatement,
  formatLikelihoodRange
} from '@core/notes/icd203'
import { ToolbarMenu, type ToolbarMenuItem } from './ToolbarMenu'
import { Icon } from '../../ui/Icon'

interface NoteToolbarProps {
  editor: Editor
  findOpen: boolean
  onToggleFind: () => void
  onToggleLink: () => void
}

const LIKELIHOOD_ITEMS = (editor: Editor): ToolbarMenuItem[] =>
  LIKELIHOOD_BANDS.map((band) => ({
    id: band.term,
    label: band.term,
    hint: formatLikelihoodRange(band.term),
    title: `${band.term} (${formatLikelihoodRange(band.term)}; also “${band.synonym}”). ${band.help}`,
    onSelect: () => editor.chain().focus().insertLikelihood(band.term).run()
  }))

const CONFIDENCE_ITEMS = (editor: Editor): ToolbarMenuItem[] =>
  CONFIDENCE_LEVELS.map((c) => ({
    id: c.level,
    label: c.label,
    title: `Inserts “${confidenceStatement(c.level)}” — ${c.help}`,
    onSelect: () => editor.chain().focus().insertConfidence(c.level).run()
  }))

function tableItems(editor: Editor, inTable: boolean): ToolbarMenuItem[] {
  const run = (fn: (c: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () =>
    fn(editor.chain().focus()).run()
  return [
    {
      id: 'insert',
      label: 'Insert table',
      disabled: inTable,
      onSelect: run((c) => c.insertTable())
    },
    {
      id: 'row',
      label: 'Add row below',
      disabled: !inTable,
      onSelect: run((c) => c.addRowAfter())
    },
    {
      id: 'col',
      label: 'Add column right',
      disabled: !inTable,
      onSelect: run((c) => c.addColumnAfter())
    },
    {
      id: 'header',
      label: 'Toggle header row',
      disabled: !inTable,
      onSelect: run((c) => c.toggleHeaderRow())
    },
    { id: 'del-row', label: 'Delete row', disabled: !inTable, onSelect: run((c) => c.deleteRow()) },
    {
      id: 'del-col',
      label: 'Delete column',
      disabled: !inTable,
      onSelect: run((c) => c.deleteColumn())
    },
    { id: 'del', label: 'Delete table', disabled: !inTable, onSelect: run((c) => c.deleteTable()) }
  ]
}

/**
 * The note's formatting bar. It re-renders from useEditorState when the formatting at the cursor
 * changes, not on every keystroke, and nothing outside it re-renders.
 */
export function NoteToolbar({
  editor,
  findOpen,
  onToggleFind,
  onToggleLink
}: NoteToolbarProps): ReactNode {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h1: e.isActive('heading', { level: 1 }),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      strike: e.isActive('strike'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      taskList: e.isActive('taskList'),
      blockquote: e.isActive('blockquote'),
      link: e.isActive('link'),
      table: e.isActive('table'),
      editable: e.isEditable
    })
  })
  const chain = (): ReturnType<Editor['chain']> => editor.chain().focus()
  const button = (
    name: string,
    pressed: boolean | undefined,
    run: () => void,
    text: ReactNode
  ): ReactNode => (
    <button
      type="button"
      className="format-button"
      aria-label={name}
      aria-pressed={pressed}
      title={name}
      disabled={!active.editable}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {text}
    </button>
  )
  return (
    <div className="format-bar note-toolbar" role="toolbar" aria-label="Note formatting">
      {/* Each name holds its button's visible glyph, so speech input can say what it sees. */}
      <div className="note-toolbar-group">
        {button('Heading 1, H1', active.h1, () => chain().toggleHeading({ level: 1 }).run(), 'H1')}
        {button('Heading 2, H2', active.h2, () => chain().toggleHeading({ level: 2 }).run(), 'H2')}
        {button('Heading 3, H3', active.h3, () => chain().toggleHeading({ level: 3 }).run(), 'H3')}
      </div>
      <div className="note-toolbar-group">
        {button('Bold (Ctrl+B)', active.bold, () => chain().toggleBold().run(), <b>B</b>)}
        {button('Italic (Ctrl+I)', active.italic, () => chain().toggleItalic().run(), <i>I</i>)}
        {button(
          'Underline (Ctrl+U)',
          active.underline,
          () => chain().toggleUnderline().run(),
          <u>U</u>
        )}
        {button('Strikethrough', active.strike, () => chain().toggleStrike().run(), <s>S</s>)}
      </div>
      <div className="note-toolbar-group">
        {button('Bulleted list', active.bulletList, () => chain().toggleBulletList().run(), '•≡')}
        {button(
          'Numbered list, 1.',
          active.orderedList,
          () => chain().toggleOrderedList().run(),
          '1.'
        )}
        {button(
          'Task list',
          active.taskList,
          () => chain().toggleTaskList().run(),
          <Icon name="task" />
        )}
        {button(
          'Quote',
          active.blockquote,
          () => chain().toggleBlockquote().run(),
          <Icon name="quote" />
        )}
      </div>
      <div className="note-toolbar-group">
        {button('Link (Ctrl+K)', active.link, onToggleLink, 'Link')}
        <ToolbarMenu
          label={<Icon name="table" />}
          title="Table"
          disabled={!active.editable}
          items={tableItems(editor, active.table)}
        />
        {button('Divider', undefined, () => chain().setHorizontalRule().run(), '―')}
      </div>
      <div className="note-toolbar-group">
        <ToolbarMenu
          label="Likelihood"
          title="Insert a likelihood term (ICD 203)"
          disabled={!active.editable}
          items={LIKELIHOOD_ITEMS(editor)}
        />
        <ToolbarMenu
          label="Confidence"
          title="Insert a confidence statement"
          disabled={!active.editable}
          items={CONFIDENCE_ITEMS(editor)}
        />
      </div>
      <div className="note-toolbar-group note-toolbar-end">
        <button
          type="button"
          className="format-button"
          aria-label="Find and replace (Ctrl+F, Ctrl+H)"
          aria-pressed={findOpen}
          title="Find and replace (Ctrl+F, Ctrl+H)"
          onMouseDown={(e) => e.preventDefault()}
          onClick={onToggleFind}
        >
          Find
        </button>
      </div>
    </div>
  )
}
