// The Content-Type of each file the renderer build emits, for both servers of the built renderer:
// the Electron shell's app:// handler and browser mode's scripts/serve-renderer.mjs. Plain
// JavaScript with a .d.mts beside it because the scripts run under plain Node.

/** @type {Readonly<Record<string, string>>} */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json'
})

/** What anything not in {@link MIME_TYPES} is served as (with nosniff: opaque bytes). */
export const FALLBACK_MIME_TYPE = 'application/octet-stream'

/**
 * The Content-Type for a file name or path, by its extension (case-insensitive); unknown
 * extensions and names without one get {@link FALLBACK_MIME_TYPE}. Works on `/` and `\` paths
 * alike, without node:path, so the renderer side could use it too.
 * @param {string} file
 * @returns {string}
 */
export function mimeTypeFor(file) {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  // A leading dot is a hidden file's name, not an extension (as node:path's extname has it).
  if (dot <= 0) return FALLBACK_MIME_TYPE
  const type = MIME_TYPES[name.slice(dot).toLowerCase()]
  return type ?? FALLBACK_MIME_TYPE
}
