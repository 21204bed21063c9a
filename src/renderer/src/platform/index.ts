import { createBrowserPlatform } from './browser-platform'
import { createElectronPlatform } from './electron-platform'
import type { Platform } from './platform'

/** The running shell's platform: the preload's API in Electron, web fallbacks in a browser tab. */
export const platform: Platform = window.workbench
  ? createElectronPlatform(window.workbench)
  : createBrowserPlatform()
