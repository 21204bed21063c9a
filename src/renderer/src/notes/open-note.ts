/**
 * Which note the notes pane shows, for commands started elsewhere (the export dialog offers it as
 * "This note"). Read when such a command starts, so it needs no re-render when it changes.
 */
let openNoteId: string | null = null

export function setOpenNoteId(id: string | null): void {
  openNoteId = id
}

export function getOpenNoteId(): string | null {
  return openNoteId
}
