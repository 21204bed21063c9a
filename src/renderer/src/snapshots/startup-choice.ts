import { createContext, useContext } from 'react'

/** What the startup check settled, for the workbench behind it. */
export interface StartupChoice {
  /**
   * The analyst restored, chose to start empty, or nothing needed choosing: an empty workbench
   * may get the sample article. False while an offer to restore was put off ("Not now"), so
   * the database stays empty and the offer comes back at the next start.
   */
  addSample: boolean
}

export const StartupChoiceContext = createContext<StartupChoice>({ addSample: true })

/** The startup check's outcome (outside a StartupGate: nothing was in question). */
export function useStartupChoice(): StartupChoice {
  return useContext(StartupChoiceContext)
}
