import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useState } from 'react'
import { themeSchema, type ThemePreference } from '@shared/ipc-contract'
import { setSetting } from '../db/commands/set-setting'
import { db } from '../db/db'
import { getSetting } from '../db/queries/get-setting'
import { platform } from '../platform'

const isTheme = (v: unknown): v is ThemePreference => themeSchema.safeParse(v).success

function systemPrefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false
}

/** The theme preference (system, light or dark) and the theme actually applied to the page. */
export function useTheme(): {
  preference: ThemePreference
  applied: 'light' | 'dark'
  setPreference: (t: ThemePreference) => void
} {
  const preference = useLiveQuery(
    () => getSetting(db, 'theme', 'system' as ThemePreference, isTheme),
    [],
    'system'
  )
  const [systemDark, setSystemDark] = useState(systemPrefersDark)
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)')
    if (!mq) return
    const onChange = (): void => setSystemDark(mq.matches)
    mq.addEventListener('change', onChange)
    return () => mq.removeEventListener('change', onChange)
  }, [])
  const applied = preference === 'system' ? (systemDark ? 'dark' : 'light') : preference
  useEffect(() => {
    document.documentElement.dataset.theme = applied
    document.documentElement.style.colorScheme = applied
  }, [applied])
  // The native menu's radio items and window chrome follow the stored preference, from start-up on.
  useEffect(() => void platform.setTheme(preference), [preference])
  const setPreference = useCallback((t: ThemePreference) => void setSetting(db, 'theme', t), [])
  return { preference, applied, setPreference }
}
