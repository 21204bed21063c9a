import { useEffect, useState } from 'react'
import { useNotices } from '../services/notices'
import { setSetting } from '../db/commands/set-setting'
import type { WorkbenchDb } from '../db/workbench-db'
import { useStartupChoice } from '../snapshots/startup-choice'
import { ensureSample } from './ensure-sample'

/**
 * Adds the sample article on first start and opens it; true once that has settled. No sample
 * while an offer to restore a snapshot was put off: the database must stay empty for the offer
 * to come back at the next start.
 */
export function useStartupSample(db: WorkbenchDb): boolean {
  const { notify } = useNotices()
  const { addSample } = useStartupChoice()
  const [settled, setSettled] = useState(false)
  useEffect(() => {
    if (!addSample) return
    ensureSample(db, new Date())
      .then((sampleId) => (sampleId ? setSetting(db, 'currentArticleId', sampleId) : undefined))
      .catch((err: unknown) =>
        notify('error', `The workbench could not open its database: ${String(err)}`)
      )
      .finally(() => setSettled(true))
  }, [db, notify, addSample])
  return settled || !addSample
}
