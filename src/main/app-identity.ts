/** Shown in menus and the About box; also names the default data folder. */
export const APP_NAME = 'Analyst Workbench'

/** Custom scheme the packaged renderer is served from (registered as standard + secure). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'workbench'

// IndexedDB is keyed by origin AND partition. Both are fixed strings, never derived from the
// install path or version, so an update or a moved install opens the same database.
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`
export const SESSION_PARTITION = 'persist:workbench'
