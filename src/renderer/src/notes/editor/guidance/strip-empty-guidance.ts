import type { NoteDoc, NoteJSONNode } from '@core/notes/note-json'

/**
 * The editor writes `guidance: null` on every paragraph (ProseMirror serialises every attribute,
 * defaults included); the stored note keeps the attribute only where a template put guidance, so
 * notes stay as they were stored before guidance existed and compare equal across versions.
 */
export function stripEmptyGuidance(doc: NoteDoc): NoteDoc {
  return strip(doc) as NoteDoc
}

function strip(node: NoteJSONNode): NoteJSONNode {
  let out = node
  const attrs = node.attrs
  if (node.type === 'paragraph' && attrs && 'guidance' in attrs && attrs['guidance'] == null) {
    const { guidance: _guidance, ...rest } = attrs
    out = { ...node }
    if (Object.keys(rest).length > 0) out.attrs = rest
    else delete out.attrs
  }
  const content = node.content
  if (content) {
    let changed = false
    const next = content.map((child) => {
      const stripped = strip(child)
      if (stripped !== child) changed = true
      return stripped
    })
    if (changed) out = { ...out, content: next }
  }
  return out
}
