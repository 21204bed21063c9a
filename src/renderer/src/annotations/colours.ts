import { DEFAULT_COLOUR_LABELS, type ColourSlot } from '@shared/model/annotation'

export const COLOUR_SLOTS: readonly ColourSlot[] = [0, 1, 2, 3, 4]
export const DEFAULT_COLOUR_SLOT: ColourSlot = 0

/** Swatch colours; the highlight painted over text uses them at reduced opacity (styles.css). */
export const COLOUR_SWATCHES = ['#f2c12e', '#e5707a', '#5a9bd5', '#5fb877', '#a67fd6'] as const

export function isColourLabels(v: unknown): v is string[] {
  return Array.isArray(v) && v.length === 5 && v.every((x) => typeof x === 'string')
}

export const defaultColourLabels = (): string[] => [...DEFAULT_COLOUR_LABELS]
