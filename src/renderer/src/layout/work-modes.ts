/**
 * The workbench's three work modes, one for each job, and the pane layout each starts from.
 * Pure: the layout is a map of pane id to percent of the group's width, as react-resizable-panels
 * takes it, computed for a width in pixels so folded panes get exactly their rail.
 */
export type WorkMode = 'read' | 'code' | 'write'

export type PaneId = 'library' | 'reader' | 'side' | 'events'

export const PANE_IDS: readonly PaneId[] = ['library', 'reader', 'side', 'events']

export interface WorkModeInfo {
  id: WorkMode
  label: string
  /** The digit that, with Alt, switches to the mode. */
  digit: '1' | '2' | '3'
  description: string
}

export const WORK_MODES: readonly WorkModeInfo[] = [
  {
    id: 'read',
    label: 'Read',
    digit: '1',
    description: 'Read and annotate: the article wide, annotations beside it'
  },
  {
    id: 'code',
    label: 'Code events',
    digit: '2',
    description: 'Code events: the article beside a wide events table'
  },
  {
    id: 'write',
    label: 'Write',
    digit: '3',
    description: 'Write the brief: the notes wide, the article beside them for quoting'
  }
]

export const DEFAULT_MODE: WorkMode = 'read'

export function isWorkMode(value: unknown): value is WorkMode {
  return value === 'read' || value === 'code' || value === 'write'
}

/**
 * A folded pane's rail, in percent of the group's width (about 36 pixels at 1440), and the
 * library's, which folds away entirely. Percent, not pixels: a layout stays the same layout when
 * the window is resized, where a pixel rail would turn into a sliver of an open pane.
 */
export const RAIL_PCT = 2.5
export const LIBRARY_FOLDED_PCT = 0

/** Each pane's limits in pixels: dragging a splitter stops there rather than folding the pane. */
export const PANE_LIMITS: Record<PaneId, { min: number; max?: number }> = {
  library: { min: 180, max: 380 },
  reader: { min: 340 },
  side: { min: 260 },
  events: { min: 280 }
}

/**
 * What each mode shows: a weight for each open pane (shares of the room left once the folded
 * panes have their rails), or 0 for a folded one. The library is a fixed width when open.
 */
const MODE_WEIGHTS: Record<WorkMode, Record<Exclude<PaneId, 'library'>, number>> = {
  // The article wide, annotations beside it; events wait in their rail.
  read: { reader: 64, side: 36, events: 0 },
  // The passage being coded stays in view beside an events table wide enough for whole dates,
  // types and check badges; annotations fold.
  code: { reader: 42, side: 0, events: 58 },
  // The brief's editor wide enough for comfortable lines, the article beside it for quoting.
  write: { reader: 45, side: 55, events: 0 }
}

/** The library's width when a mode starts with it open; Code events starts with it folded. */
const LIBRARY_PX: Record<WorkMode, number> = { read: 220, code: 0, write: 200 }

const round = (n: number): number => Math.round(n * 1000) / 1000

/** The layout a mode starts from at a given group width (pixels), as percentages summing to 100. */
export function defaultModeLayout(mode: WorkMode, widthPx: number): Record<PaneId, number> {
  const width = Math.max(widthPx, 1)
  const weights = MODE_WEIGHTS[mode]
  // On a narrow window the library gives way first: it never takes more than a sixth.
  const libraryPx =
    LIBRARY_PX[mode] === 0
      ? 0
      : Math.max(PANE_LIMITS.library.min, Math.min(LIBRARY_PX[mode], width / 6))
  const library = (libraryPx / width) * 100
  const rail = RAIL_PCT
  const folded = (['reader', 'side', 'events'] as const).filter((p) => weights[p] === 0)
  const open = (['reader', 'side', 'events'] as const).filter((p) => weights[p] > 0)
  const room = 100 - library - folded.length * rail
  const total = open.reduce((sum, p) => sum + weights[p], 0)
  const layout = { library: round(library) } as Record<PaneId, number>
  for (const p of folded) layout[p] = round(rail)
  for (const p of open) layout[p] = round((room * weights[p]) / total)
  // Rounding must not leave the sum off 100: the reader takes the difference.
  const sum = PANE_IDS.reduce((s, p) => s + layout[p], 0)
  layout.reader = round(layout.reader + 100 - sum)
  return layout
}

/** Which panes a mode shows open (the others in their rails). */
export function openPanes(mode: WorkMode): PaneId[] {
  const weights = MODE_WEIGHTS[mode]
  return PANE_IDS.filter((p) => (p === 'library' ? LIBRARY_PX[mode] > 0 : weights[p] > 0))
}

/**
 * A layout read back from storage, or null when it is not one for these panes (an older
 * version's, or damaged): then the mode's default is used.
 */
export function parseStoredLayout(raw: string | null): Record<PaneId, number> | null {
  if (!raw) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  const keys = Object.keys(record)
  if (keys.length !== PANE_IDS.length || !PANE_IDS.every((p) => keys.includes(p))) return null
  const layout = {} as Record<PaneId, number>
  for (const p of PANE_IDS) {
    const n = record[p]
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100) return null
    layout[p] = n
  }
  const sum = PANE_IDS.reduce((s, p) => s + layout[p], 0)
  return Math.abs(sum - 100) < 0.5 ? layout : null
}

/** The localStorage key of a mode's remembered pane sizes. */
export const layoutStorageKey = (mode: WorkMode): string => `workbench-layout-${mode}`
export const MODE_STORAGE_KEY = 'workbench-mode'

/** Whether a pane of this size (percent) is folded: the library gone, the others in their rail. */
export function isFoldedSize(pane: PaneId, percent: number): boolean {
  return percent <= (pane === 'library' ? LIBRARY_FOLDED_PCT : RAIL_PCT) + 0.3
}

/** Which panes a layout shows folded. */
export function foldedIn(layout: Record<PaneId, number>): Record<PaneId, boolean> {
  const folded = {} as Record<PaneId, boolean>
  for (const p of PANE_IDS) folded[p] = isFoldedSize(p, layout[p])
  return folded
}

/**
 * A remembered layout made exact: a folded pane takes exactly its rail (a remembered size a hair
 * off would read as an open pane below its minimum), the open panes sharing the difference.
 */
export function fitLayout(layout: Record<PaneId, number>): Record<PaneId, number> {
  const folded = foldedIn(layout)
  const fitted = { ...layout }
  let freed = 0
  for (const p of PANE_IDS) {
    if (!folded[p]) continue
    const size = p === 'library' ? LIBRARY_FOLDED_PCT : RAIL_PCT
    freed += layout[p] - size
    fitted[p] = size
  }
  const open = PANE_IDS.filter((p) => !folded[p])
  const openTotal = open.reduce((s, p) => s + layout[p], 0)
  if (openTotal > 0)
    for (const p of open) fitted[p] = round(layout[p] + (freed * layout[p]) / openTotal)
  const sum = PANE_IDS.reduce((s, p) => s + fitted[p], 0)
  const last = open[open.length - 1] ?? 'reader'
  fitted[last] = round(fitted[last] + 100 - sum)
  return fitted
}
