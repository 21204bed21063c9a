/** Drag-and-drop data types for evidence dragged from the panes into a note. */
export const DRAG_ANNOTATION = 'application/x-workbench-annotation'
export const DRAG_EVENT = 'application/x-workbench-event'
