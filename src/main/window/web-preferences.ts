import type { WebPreferences } from 'electron'
import { SESSION_PARTITION } from '../app-identity'

/**
 * The main window's webPreferences: the Electron security baseline, spelled out even where it
 * matches a default so a future default change (or a careless edit) shows up in review and tests.
 */
export function buildWebPreferences(
  preloadPath: string,
  platform: NodeJS.Platform = process.platform
): WebPreferences {
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
    // On Windows and Linux Chromium's spell checker downloads its Hunspell dictionaries from
    // Google's servers on first use, and nothing may leave the analyst's machine; macOS checks
    // spelling with the system's own checker, which downloads nothing.
    spellcheck: platform === 'darwin'
  }
}
