import { z } from 'zod'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const

// Generous upper bound: guards against a corrupted file asking for a 10^9 px window.
const MAX_DIMENSION = 100_000

const windowStateSchema = z
  .object({
    x: z.int().min(-MAX_DIMENSION).max(MAX_DIMENSION).optional(),
    y: z.int().min(-MAX_DIMENSION).max(MAX_DIMENSION).optional(),
    width: z.int().min(1).max(MAX_DIMENSION),
    height: z.int().min(1).max(MAX_DIMENSION),
    isMaximized: z.boolean().default(false)
  })
  .refine((s) => (s.x === undefined) === (s.y === undefined), 'x and y go together')

export type WindowState = z.infer<typeof windowStateSchema>

/** Parses the saved file's text; anything unreadable means "no saved state", never a crash. */
export function parseWindowState(text: string | null | undefined): WindowState | null {
  if (!text) return null
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = windowStateSchema.safeParse(json)
  return parsed.success ? parsed.data : null
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`
}

const clamp = (value: number, min: number, max: number): number =>
  Math.min(Math.max(value, min), Math.max(min, max))

function intersectionArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/**
 * Fits a saved (or missing) state onto the current displays: the window goes to the display it
 * overlaps most and is moved/shrunk to lie fully inside its work area. A window on a display
 * that is gone loses its position, so Electron centres it on the primary display.
 * `workAreas[0]` must be the primary display's work area.
 */
export function clampWindowState(
  saved: WindowState | null,
  workAreas: readonly Rect[]
): WindowState {
  const base: WindowState = saved ?? { ...DEFAULT_WINDOW_SIZE, isMaximized: false }
  const primary = workAreas[0]
  if (primary === undefined) return base

  let home: Rect | undefined
  if (base.x !== undefined && base.y !== undefined) {
    const rect = { x: base.x, y: base.y, width: base.width, height: base.height }
    let best = 0
    for (const area of workAreas) {
      const overlap = intersectionArea(rect, area)
      if (overlap > best) {
        best = overlap
        home = area
      }
    }
  }

  const target = home ?? primary
  const width = clamp(base.width, Math.min(MIN_WINDOW_SIZE.width, target.width), target.width)
  const height = clamp(base.height, Math.min(MIN_WINDOW_SIZE.height, target.height), target.height)
  if (home === undefined || base.x === undefined || base.y === undefined) {
    return { width, height, isMaximized: base.isMaximized }
  }
  return {
    x: clamp(base.x, home.x, home.x + home.width - width),
    y: clamp(base.y, home.y, home.y + home.height - height),
    width,
    height,
    isMaximized: base.isMaximized
  }
}
