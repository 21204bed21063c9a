// Seen by the renderer (tsconfig.web.json includes this file) without any Node or Electron
// types: only the shared, platform-free WorkbenchApi.
import type { WorkbenchApi } from '@shared/workbench-api'

declare global {
  interface Window {
    /** Present only in the Electron shell; undefined in browser mode. */
    workbench?: WorkbenchApi
  }
}

export {}
