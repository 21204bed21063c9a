// The app's Content-Security-Policies, in one place for everything that serves or writes them:
// the Electron shell's app:// handler (src/main/protocol), browser mode's server
// (scripts/serve-renderer.mjs), the <meta> the renderer build puts in index.html
// (scripts/renderer-content-policy.ts), the exported brief (src/core/export/brief) and browser
// mode's PDF printer (scripts/print-pdf.mjs). Plain JavaScript with a .d.mts beside it because
// the scripts run under plain Node, which cannot import TypeScript.

/**
 * The renderer's policy. 'unsafe-inline' styles only because the editor (ProseMirror) and React
 * set style attributes; scripts stay strictly 'self'. 'wasm-unsafe-eval' lets WebAssembly from
 * the app's own files compile (the OCR engine, pdf.js's image decoders): it allows no JavaScript
 * eval. Fonts come from the app's files or are embedded as data: (fontsource, pdf.js).
 */
export const RENDERER_POLICY_DIRECTIVES = Object.freeze([
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
])

/** The renderer's policy as an HTTP header value (app:// and browser mode send it). */
export const CONTENT_SECURITY_POLICY = RENDERER_POLICY_DIRECTIVES.join('; ')

// Browsers ignore these in a <meta> policy and warn about each one (CSP level 3, §3.3).
const HEADER_ONLY_DIRECTIVES = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

/**
 * The renderer's policy as index.html's <meta>: the header's directives less those a <meta> cannot
 * carry. The meta is a second wall for a page opened some other way (a file, the dev server).
 */
export const META_CONTENT_SECURITY_POLICY = RENDERER_POLICY_DIRECTIVES.filter(
  (directive) => !HEADER_ONLY_DIRECTIVES.has(directive.split(' ', 1)[0] ?? '')
).join('; ')

/**
 * What an exported brief (a standalone HTML file) may load: its own inline styles, nothing else.
 * Also put in front of any brief browser mode prints, so a script in it never runs.
 */
export const DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'"
