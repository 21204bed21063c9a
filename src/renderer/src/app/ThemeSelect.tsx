import { memo, type ReactNode } from 'react'
import type { ThemePreference } from '@shared/ipc-contract'

interface ThemeSelectProps {
  theme: ThemePreference
  onTheme: (t: ThemePreference) => void
}

/**
 * The theme choice in the top bar. Memoised, as the mode switch is: rendered again, React sets
 * the select's options again, on every render of the window (every comment keystroke).
 */
export const ThemeSelect = memo(function ThemeSelect({
  theme,
  onTheme
}: ThemeSelectProps): ReactNode {
  return (
    <label className="theme-select">
      <span className="visually-hidden">Theme</span>
      <select
        value={theme}
        onChange={(e) => onTheme(e.target.value as ThemePreference)}
        aria-label="Theme"
      >
        <option value="system">System theme</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  )
})
