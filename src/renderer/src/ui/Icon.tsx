import type { ReactNode } from 'react'
import { ICON_PATHS, type IconName } from './icon-paths'

/** An inline SVG icon in the text's colour and size; decorative (the button names itself). */
export function Icon({ name }: { name: IconName }): ReactNode {
  return (
    <svg className={`icon icon-${name}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {ICON_PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  )
}
