import type { WebPreferences } from 'electron'
import { SESSION_PARTITION } from '../app-identity'

/**
 * The main window's webPreferences: the Electron security baseline, spelled out even where it
 * matches a default so a future default change (or a careless edit) shows up in review and tests.
 */
export function buildWebPreferences(preloadPath: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    partition: SESSION_PARTITION,
    preload: preloadPath,
    spellcheck: true
  }
}
