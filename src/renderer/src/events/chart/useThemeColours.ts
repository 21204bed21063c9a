import { useEffect, useState } from 'react'
import type { InterCode } from '@shared/model/event'
import { INTER_CODES } from '@core/event-views/inter-labels'

/** The colours a canvas needs, read from the app's CSS variables (a canvas cannot use var()). */
export interface ChartColours {
  text: string
  textMuted: string
  surface: string
  surface2: string
  border: string
  accent: string
  focus: string
  inter: Record<InterCode, string>
  interNone: string
}

let probe: HTMLElement | null = null

/** Resolves any CSS colour to the `rgb()`/`rgba()` form every canvas library parses. */
function toRgb(value: string, fallback: string): string {
  if (!value) return fallback
  if (!probe) {
    probe = document.createElement('span')
    probe.style.display = 'none'
    document.body.appendChild(probe)
  }
  probe.style.color = ''
  probe.style.color = value
  if (!probe.style.color) return fallback
  return getComputedStyle(probe).color || fallback
}

export function readChartColours(): ChartColours {
  const css = getComputedStyle(document.documentElement)
  const read = (name: string, fallback: string): string =>
    toRgb(css.getPropertyValue(name).trim(), fallback)
  const inter = {} as Record<InterCode, string>
  for (const code of INTER_CODES) inter[code] = read(`--ev-inter-${code}`, '#777777')
  return {
    text: read('--text', '#1d1f23'),
    textMuted: read('--text-muted', '#565b63'),
    surface: read('--surface', '#ffffff'),
    surface2: read('--surface-2', '#efede8'),
    border: read('--border', '#d9d6cf'),
    accent: read('--accent', '#1f5f8b'),
    focus: read('--focus', '#2a7ab8'),
    inter,
    interNone: read('--ev-inter-none', '#8a8f98')
  }
}

const sameColours = (a: ChartColours, b: ChartColours): boolean =>
  JSON.stringify(a) === JSON.stringify(b)

/**
 * The chart's colours, read at mount and again whenever the theme changes: the app switches it
 * with `data-theme` on <html>; a system-theme change is watched too.
 */
export function useThemeColours(): ChartColours {
  const [colours, setColours] = useState(readChartColours)
  useEffect(() => {
    const update = (): void =>
      setColours((previous) => {
        const next = readChartColours()
        return sameColours(previous, next) ? previous : next
      })
    const observer = new MutationObserver(update)
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme']
    })
    const media = window.matchMedia?.('(prefers-color-scheme: dark)')
    media?.addEventListener('change', update)
    return () => {
      observer.disconnect()
      media?.removeEventListener('change', update)
    }
  }, [])
  return colours
}
