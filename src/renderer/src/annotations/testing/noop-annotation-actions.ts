import type { AnnotationActions } from '../useAnnotationActions'

const noop = async (): Promise<void> => {}

/** Annotation actions that do nothing, for rendering cards and panes in tests; `patch` on top. */
export function noopAnnotationActions(patch: Partial<AnnotationActions> = {}): AnnotationActions {
  return {
    create: async () => null,
    update: noop,
    setColour: noop,
    setGrade: noop,
    addTag: noop,
    removeTag: noop,
    remove: noop,
    reattach: noop,
    confirm: noop,
    undo: noop,
    redo: noop,
    ...patch
  }
}
