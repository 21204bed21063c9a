import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl } from './is-safe-external-url'

describe('isSafeExternalUrl', () => {
  it.each(['https://example.com/a?b#c', 'http://example.com', 'mailto:desk@example.com'])(
    'allows %s',
    (url) => expect(isSafeExternalUrl(url)).toBe(true)
  )

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://workbench/index.html',
    'smb://server/share',
    'vbscript:msgbox',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@example.com/',
    'not a url',
    `https://example.com/${'a'.repeat(9000)}`
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false))
})
