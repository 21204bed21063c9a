import { memo, type ReactNode } from 'react'
import { WORK_MODES, type WorkMode } from '../layout/work-modes'

interface ModeSwitchProps {
  mode: WorkMode
  onMode: (mode: WorkMode) => void
}

/**
 * Read · Code events · Write, as radio buttons: one Tab stop, arrows move between the modes, as
 * in any segmented control. Memoised: React sets an input's name and type attributes again each
 * time it renders it with new props (a new onChange), and any DOM change makes Chromium repaint
 * every highlight in the article; the top bar renders with the window for every comment keystroke.
 */
export const ModeSwitch = memo(function ModeSwitch({ mode, onMode }: ModeSwitchProps): ReactNode {
  return (
    <fieldset className="mode-switch">
      <legend className="visually-hidden">Work mode</legend>
      {WORK_MODES.map((m) => (
        <label
          key={m.id}
          className="mode-switch-option"
          title={`${m.description} (Alt+${m.digit})`}
        >
          <input
            type="radio"
            name="work-mode"
            value={m.id}
            checked={mode === m.id}
            onChange={() => onMode(m.id)}
            aria-keyshortcuts={`Alt+${m.digit}`}
          />
          <span>{m.label}</span>
        </label>
      ))}
    </fieldset>
  )
})
