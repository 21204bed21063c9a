import type { ReactNode } from 'react'
import { useEngineStatus } from './useEngineStatus'

/** What the analyst is waiting for: the gazetteer loading in the worker, then the task itself. */
export function EngineProgress({ task }: { task: string }): ReactNode {
  const status = useEngineStatus()
  return (
    <div className="engine-progress" role="status">
      <span className="engine-spinner" aria-hidden="true" />
      {status === 'ready' ? task : 'Loading the gazetteer…'}
    </div>
  )
}
