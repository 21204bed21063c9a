/**
 * The workbench's icons as SVG path data (24 × 24, drawn with the current text colour). Icons
 * are drawn, never taken from a font: a symbol the system's fonts lack (🔗 on Debian's Chromium)
 * renders as an empty box.
 */
export const ICON_PATHS = {
  link: [
    'M10 14a4.5 4.5 0 0 0 6.4 0l3.2-3.2a4.5 4.5 0 0 0-6.4-6.4l-1.4 1.4',
    'M14 10a4.5 4.5 0 0 0-6.4 0l-3.2 3.2a4.5 4.5 0 0 0 6.4 6.4l1.4-1.4'
  ],
  warning: ['M12 3.5 2.5 20h19z', 'M12 10v4.5', 'M12 17.2v.1'],
  task: ['M4 4h16v16H4z', 'm8 12.5 3 3 5.5-6.5'],
  quote: ['M5 17c2.5-1 4-3 4-6V7H5v4h4', 'M15 17c2.5-1 4-3 4-6V7h-4v4h4'],
  table: ['M3.5 4.5h17v15h-17z', 'M3.5 9.5h17', 'M3.5 14.5h17', 'M9.5 4.5v15', 'M15 4.5v15'],
  swap: ['M4 8h15', 'm15 4 4 4-4 4', 'M20 16H5', 'm9 12-4 4 4 4'],
  close: ['m6 6 12 12', 'M18 6 6 18'],
  more: ['M5 12h.01', 'M12 12h.01', 'M19 12h.01'],
  'chevron-down': ['m7 10 5 5 5-5'],
  'sort-up': ['m7 14 5-5 5 5'],
  'sort-down': ['m7 10 5 5 5-5']
} as const satisfies Record<string, readonly string[]>

export type IconName = keyof typeof ICON_PATHS

const SVG_NS = 'http://www.w3.org/2000/svg'

/** The icon as a DOM element, for views built without React (a note's node views). */
export function iconElement(name: IconName): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg')
  svg.setAttribute('class', `icon icon-${name}`)
  svg.setAttribute('viewBox', '0 0 24 24')
  svg.setAttribute('aria-hidden', 'true')
  svg.setAttribute('focusable', 'false')
  for (const d of ICON_PATHS[name]) {
    const path = document.createElementNS(SVG_NS, 'path')
    path.setAttribute('d', d)
    svg.appendChild(path)
  }
  return svg
}
