import { withDefaults, type StoredRecord } from './stored-record'

/**
 * What version 2 reads on every annotation, as it was when version 2 shipped. Frozen here, not
 * read from the app's current defaults (a colour slot, a creator name): an upgrade must give a
 * version 1 record the same fields whenever it runs, whatever later versions change.
 */
export const V2_ANNOTATION_DEFAULTS = Object.freeze({
  tags: Object.freeze([]),
  grade: null,
  commentHtml: '',
  commentText: '',
  colour: 0,
  motivation: 'highlighting',
  creator: 'local user'
})

/** Version 1 → 2: annotations get the fields version 2 reads (tags, grade, comment, colour…). */
export const upgradeAnnotationToV2 = (annotation: StoredRecord): StoredRecord =>
  withDefaults(annotation, V2_ANNOTATION_DEFAULTS)
