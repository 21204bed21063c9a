import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../db/db'
import { getSetting } from '../db/queries/get-setting'
import { defaultColourLabels, isColourLabels } from './colours'

/** The five highlight colours' labels, as the user named them. */
export function useColourLabels(): string[] {
  return useLiveQuery(
    () => getSetting(db, 'colourLabels', defaultColourLabels(), isColourLabels),
    [],
    defaultColourLabels()
  )
}
