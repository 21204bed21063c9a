import type cytoscape from 'cytoscape'
import type { InterCode } from '@shared/model/event'
import type { ChartColours } from './useThemeColours'

/** Labels: font size, gap under the node, and the smallest size on screen they are drawn at. */
export const LABEL_SIZE = 10
export const LABEL_GAP = 3
export const LABEL_MIN_SHOWN = 8

/**
 * The chart's stylesheet. It holds no theme colour: every colour is read from the element's
 * data (`colourData` below), so a theme switch rewrites data, a few hundred elements per task,
 * instead of replacing the stylesheet, which restyles every element at once (a 120–240 ms task
 * at 2,000 events in our harness).
 */
export function chartStyle(): cytoscape.StylesheetStyle[] {
  return [
    {
      selector: 'core',
      style: { 'active-bg-color': '#808080', 'active-bg-opacity': 0.2 } as cytoscape.Css.Core
    },
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(fill)',
        'border-width': 1,
        'border-color': 'data(paper)',
        label: 'data(display)',
        color: 'data(ink)',
        'font-family': 'system-ui, sans-serif',
        'font-size': LABEL_SIZE,
        'text-valign': 'bottom',
        'text-margin-y': LABEL_GAP,
        // No wrapping or ellipsis: those measure the text again and again for every label.
        'text-wrap': 'none',
        'text-outline-color': 'data(paper)',
        'text-outline-width': 2,
        // Labels are drawn only once they would be legible: fewer glyphs per frame.
        'min-zoomed-font-size': LABEL_MIN_SHOWN
      }
    },
    {
      selector: 'node[solo > 0]',
      style: { 'border-width': 3, 'border-style': 'double', 'border-color': 'data(ink)' }
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(line)',
        opacity: 0.55,
        // Straight "haystack" edges are the cheapest cytoscape draws.
        'curve-style': 'haystack',
        'haystack-radius': 0.5
      }
    },
    { selector: 'edge[kind = "associated"]', style: { 'line-style': 'dashed' } },
    {
      selector: 'edge:loop',
      style: {
        'curve-style': 'bezier',
        'loop-direction': '-45deg',
        'loop-sweep': '-90deg',
        'control-point-step-size': 24
      }
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': 'data(accent)', opacity: 1, 'z-index': 10 }
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 3, 'border-color': 'data(focus)', 'border-style': 'solid' }
    }
  ]
}

/** The colour fields of a node's data, for the theme in `c`. */
export function nodeColours(c: ChartColours, inter: InterCode | null): Record<string, string> {
  return {
    fill: inter ? c.inter[inter] : c.interNone,
    ink: c.text,
    paper: c.surface,
    focus: c.focus
  }
}

/** The colour fields of an edge's data, for the theme in `c`. */
export function edgeColours(c: ChartColours): Record<string, string> {
  return { line: c.textMuted, accent: c.accent }
}
