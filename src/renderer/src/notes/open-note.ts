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

/**
 * The note the analyst last had open, kept while the notes pane is not shown (another tab, a
 * folded pane, another work mode), so coming back to the brief finds it open where it was left.
 */
let lastOpenNoteId: string | null = null

export function rememberOpenNote(id: string | null): void {
  lastOpenNoteId = id
}

export function lastOpenNote(): string | null {
  return lastOpenNoteId
}
