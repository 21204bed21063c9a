import type cytoscape from 'cytoscape'
import { INTER_CODES } from '../../../../core/event-views/inter-labels'
import type { ChartColours } from './useThemeColours'

/** The chart's stylesheet for the current theme's colours. */
export function chartStyle(c: ChartColours): cytoscape.StylesheetStyle[] {
  return [
    {
      selector: 'core',
      style: {
        'active-bg-color': c.accent,
        'active-bg-opacity': 0.15,
        'outside-texture-bg-color': c.surface,
        'outside-texture-bg-opacity': 1
      } as cytoscape.Css.Core
    },
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': c.interNone,
        'border-width': 1,
        'border-color': c.surface,
        label: 'data(display)',
        color: c.text,
        'font-family': 'system-ui, sans-serif',
        'font-size': 10,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        // No wrapping or ellipsis: those measure the text again and again for every label.
        'text-wrap': 'none',
        'text-outline-color': c.surface,
        'text-outline-width': 2,
        // Labels are drawn only once they would be legible: fewer glyphs per frame.
        'min-zoomed-font-size': 8
      }
    },
    ...INTER_CODES.map((code) => ({
      selector: `node[inter = ${code}]`,
      style: { 'background-color': c.inter[code] }
    })),
    {
      selector: 'node[solo > 0]',
      style: { 'border-width': 3, 'border-style': 'double', 'border-color': c.text }
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': c.textMuted,
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
      style: { 'line-color': c.accent, opacity: 1, 'z-index': 10 }
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 3, 'border-color': c.focus, 'border-style': 'solid' }
    }
  ]
}
