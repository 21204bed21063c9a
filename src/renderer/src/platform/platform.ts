import type { WorkbenchApi } from '@shared/workbench-api'

/** Everything the renderer needs from outside itself; components use this, never window.workbench. */
export interface Platform extends WorkbenchApi {
  kind: 'electron' | 'browser'
}
