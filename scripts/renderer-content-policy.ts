// Puts the renderer's Content-Security-Policy into index.html at build (and in the dev server)
// from the one copy in src/shared, so the <meta> can never drift from the header that app:// and
// browser mode send.
import type { HtmlTagDescriptor, Plugin } from 'vite'
import { META_CONTENT_SECURITY_POLICY } from '../src/shared/content-security-policy.mjs'

/** The <meta> tag, first in <head> so nothing in the page loads before the policy holds. */
export function contentPolicyMetaTag(): HtmlTagDescriptor {
  return {
    tag: 'meta',
    attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
    injectTo: 'head-prepend'
  }
}

/** The Vite plugin; it refuses an index.html that carries a policy of its own (a second copy). */
export function rendererContentPolicy(): Plugin {
  return {
    name: 'workbench-renderer-content-policy',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
          throw new Error(
            'index.html has a Content-Security-Policy of its own: remove it, the build puts in the one from src/shared/content-security-policy.mjs.'
          )
        }
        return [contentPolicyMetaTag()]
      }
    }
  }
}
