/**
 * The renderer's Content-Security-Policy. 'unsafe-inline' styles only because the editor
 * (ProseMirror) and React set style attributes; scripts stay strictly 'self'. 'wasm-unsafe-eval'
 * lets WebAssembly from the app's own files compile (the OCR engine, pdf.js's image decoders):
 * it allows no JavaScript eval.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'"
].join('; ')

/** Headers every app:// response carries, whatever its status. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer'
  }
}
