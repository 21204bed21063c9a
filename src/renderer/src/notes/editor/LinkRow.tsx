import type { Editor } from '@tiptap/core'
import { useState, type ReactNode } from 'react'

import { parseDeepLink } from '@core/export/deep-link'

const WEB = /^(https?:\/\/|mailto:)/i
// A link back to a passage (workbench://article/…) is allowed only when it is exactly one of ours.
const isAllowed = (url: string): boolean => WEB.test(url) || parseDeepLink(url) !== null

interface LinkRowProps {
  editor: Editor
  onClose: () => void
}

/** Edits the link at the selection: an address, Apply, or an empty address to remove it. */
export function LinkRow({ editor, onClose }: LinkRowProps): ReactNode {
  const [href, setHref] = useState(() => String(editor.getAttributes('link').href ?? ''))
  const invalid = href.trim() !== '' && !isAllowed(href.trim())
  const apply = (): void => {
    const url = href.trim()
    if (url === '') editor.chain().focus().extendMarkRange('link').unsetLink().run()
    else if (isAllowed(url))
      editor.chain().focus().extendMarkRange('link').setLink({ href: url }).run()
    else return
    onClose()
  }
  return (
    <div className="link-row note-link-row">
      <input
        aria-label="Link address"
        aria-invalid={invalid}
        placeholder="https://…"
        value={href}
        autoFocus
        onChange={(e) => setHref(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault()
            apply()
          }
          if (e.key === 'Escape') {
            e.stopPropagation()
            onClose()
            editor.commands.focus()
          }
        }}
      />
      <button type="button" className="button button-small" onClick={apply}>
        Apply
      </button>
      {invalid && (
        <span className="form-error" role="alert">
          Links must start with http://, https:// or mailto:, or be a workbench:// link to a
          passage.
        </span>
      )}
    </div>
  )
}
