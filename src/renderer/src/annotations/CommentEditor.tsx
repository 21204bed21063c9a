import { EditorContent, useEditor, useEditorState } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { InlineCode } from '../notes/editor/inline-code/inline-code'
import { memo, useEffect, useState, type ReactNode } from 'react'
import { COMMENT_LINK_PROTOCOLS } from '@core/annotations/comment-html-allow-list'
import { commentTooLong } from '@shared/content-limits'
import { Icon } from '../ui/Icon'

interface CommentEditorProps {
  initialHtml: string
  label: string
  onChange: (html: string, text: string) => void
  onDone: () => void
}

const extensions = [
  StarterKit.configure({
    heading: false,
    codeBlock: false,
    horizontalRule: false,
    blockquote: false,
    code: false,
    link: { openOnClick: false, autolink: true, protocols: [...COMMENT_LINK_PROTOCOLS] }
  }),
  InlineCode
]

/**
 * A compact rich-text editor for comments: bold, italic, lists and links; every change is saved.
 * Memoised: the typed text lives in the editor, and the card storing each keystroke (its record
 * changes) does not render the editor again.
 */
export const CommentEditor = memo(function CommentEditor({
  initialHtml,
  label,
  onChange,
  onDone
}: CommentEditorProps): ReactNode {
  const [linkOpen, setLinkOpen] = useState(false)
  const [href, setHref] = useState('')
  // Set while the comment is over MAX_COMMENT_CHARS: the stored comment keeps its last version.
  const [tooLong, setTooLong] = useState<string | null>(null)
  const editor = useEditor({
    extensions,
    content: initialHtml,
    autofocus: 'end',
    editorProps: {
      attributes: {
        'aria-label': label,
        'aria-multiline': 'true',
        role: 'textbox',
        class: 'comment-editor-content'
      },
      handleKeyDown: (_view, event) => {
        if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
          event.preventDefault()
          onDone()
          return true
        }
        return false
      },
      // A paste that would take the comment over the limit is refused whole, before the editor
      // parses megabytes of it.
      handlePaste: (view, event) => {
        const data = event.clipboardData
        const pasted = data?.getData('text/plain') || data?.getData('text/html') || ''
        const refused = commentTooLong(view.state.doc.textContent.length + pasted.length)
        setTooLong(refused)
        if (!refused) return false
        event.preventDefault()
        return true
      }
    },
    onUpdate: ({ editor: e }) => {
      const html = e.isEmpty ? '' : e.getHTML()
      const refused = commentTooLong(html.length)
      setTooLong(refused)
      if (!refused) onChange(html, e.getText({ blockSeparator: '\n' }).trim())
    }
  })
  // The bar's pressed buttons follow the caret: a render when the formatting there changes, not
  // per keystroke (the editor itself does not render the component again on a transaction).
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      bulletList: e?.isActive('bulletList') ?? false,
      orderedList: e?.isActive('orderedList') ?? false,
      link: e?.isActive('link') ?? false
    })
  })
  useEffect(() => () => editor?.destroy(), [editor])
  // Tiptap's autofocus runs from a timer that can fire before React has put the editor in the
  // page (on a loaded machine the comment box then opened without focus); focus again once it is.
  useEffect(() => {
    if (!editor) return
    const frame = requestAnimationFrame(() => {
      if (!editor.isDestroyed && !editor.isFocused) editor.commands.focus('end')
    })
    return () => cancelAnimationFrame(frame)
  }, [editor])
  if (!editor) return null
  const button = (name: string, active: boolean, run: () => void, text: ReactNode): ReactNode => (
    <button
      type="button"
      className="format-button"
      aria-label={name}
      aria-pressed={active}
      title={name}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {text}
    </button>
  )
  const applyLink = (): void => {
    const url = href.trim()
    if (url === '') editor.chain().focus().unsetLink().run()
    else if (/^(https?:\/\/|mailto:)/i.test(url))
      editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run()
    else return
    setLinkOpen(false)
  }
  return (
    <div className="comment-editor">
      <div className="format-bar" role="toolbar" aria-label="Comment formatting">
        {button(
          'Bold (Ctrl+B)',
          active?.bold ?? false,
          () => editor.chain().focus().toggleBold().run(),
          <b>B</b>
        )}
        {button(
          'Italic (Ctrl+I)',
          active?.italic ?? false,
          () => editor.chain().focus().toggleItalic().run(),
          <i>I</i>
        )}
        {button(
          'Bulleted list',
          active?.bulletList ?? false,
          () => editor.chain().focus().toggleBulletList().run(),
          '•≡'
        )}
        {button(
          'Numbered list',
          active?.orderedList ?? false,
          () => editor.chain().focus().toggleOrderedList().run(),
          '1.'
        )}
        {button(
          'Link',
          active?.link ?? false,
          () => {
            setHref(editor.getAttributes('link').href ?? '')
            setLinkOpen((o) => !o)
          },
          <Icon name="link" />
        )}
        <button type="button" className="button button-small format-done" onClick={onDone}>
          Done
        </button>
      </div>
      {linkOpen && (
        <div className="link-row">
          <input
            aria-label="Link address"
            placeholder="https://…"
            value={href}
            autoFocus
            onChange={(e) => setHref(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                applyLink()
              }
              if (e.key === 'Escape') {
                e.stopPropagation()
                setLinkOpen(false)
              }
            }}
          />
          <button type="button" className="button button-small" onClick={applyLink}>
            Apply
          </button>
          {href && !/^(https?:\/\/|mailto:)/i.test(href.trim()) && (
            <span className="form-error" role="alert">
              Links must start with http://, https:// or mailto:.
            </span>
          )}
        </div>
      )}
      <EditorContent editor={editor} />
      {tooLong && (
        <p className="form-error" role="alert">
          {tooLong}
        </p>
      )}
    </div>
  )
})
