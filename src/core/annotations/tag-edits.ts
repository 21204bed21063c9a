/** Longest tag kept: a tag is a label, not a note. */
export const MAX_TAG_LENGTH = 60

/** A typed tag as stored: trimmed, without a leading '#', at most MAX_TAG_LENGTH characters. */
export function normalizeTag(raw: string): string {
  return raw.trim().replace(/^#/, '').trim().slice(0, MAX_TAG_LENGTH)
}

/** One change to a record's tags, applied to whatever the record holds when it is written. */
export type TagEdit = { add: string } | { remove: string }

/**
 * The tags after `edit`. An edit names one tag rather than carrying the whole new list, so
 * edits made faster than the list on screen refreshes never undo one another.
 */
export function applyTagEdit(tags: readonly string[], edit: TagEdit): string[] {
  if ('add' in edit) {
    const tag = normalizeTag(edit.add)
    return tag && !tags.includes(tag) ? [...tags, tag] : [...tags]
  }
  return tags.filter((t) => t !== edit.remove)
}
