import { join, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveAppPath } from './resolve-app-path'

const root = resolve('/opt/workbench/out/renderer')

describe('resolveAppPath', () => {
  it('maps the root and index to index.html', () => {
    expect(resolveAppPath('app://workbench/', root)).toBe(join(root, 'index.html'))
    expect(resolveAppPath('app://workbench', root)).toBe(join(root, 'index.html'))
    expect(resolveAppPath('app://workbench/index.html', root)).toBe(join(root, 'index.html'))
  })

  it('maps assets and ignores query and hash', () => {
    expect(resolveAppPath('app://workbench/assets/index-1.js?v=2#x', root)).toBe(
      join(root, 'assets/index-1.js')
    )
  })

  it('decodes percent-encoded names', () => {
    expect(resolveAppPath('app://workbench/assets/a%20b.png', root)).toBe(
      join(root, 'assets/a b.png')
    )
  })

  it.each([
    'app://workbench/../../etc/passwd',
    'app://workbench/..%2f..%2fetc%2fpasswd',
    'app://workbench/%2e%2e/%2e%2e/etc/passwd',
    'app://workbench/assets/..%2f..%2f..%2fpackage.json',
    'app://workbench/..%5c..%5cwindows%5cwin.ini',
    'app://workbench/%2fetc%2fpasswd/..%2f..%2f..',
    'app://workbench/index.html%00.png',
    'app://workbench/%E0%A4%A'
  ])('keeps %s inside the root (or refuses it)', (url) => {
    const resolved = resolveAppPath(url, root)
    expect(resolved === null || resolved.startsWith(root + sep)).toBe(true)
  })

  it('never returns a path outside the root for an encoded escape', () => {
    expect(resolveAppPath('app://workbench/..%2f..%2fpackage.json', root)).toBeNull()
    expect(resolveAppPath('app://workbench/..%5cpackage.json', root)).toBeNull()
    expect(resolveAppPath('app://workbench/a%00b', root)).toBeNull()
  })

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath('app://evil/index.html', root)).toBeNull()
    expect(resolveAppPath('app://workbench@evil/index.html', root)).toBeNull()
    expect(resolveAppPath('file:///etc/passwd', root)).toBeNull()
    expect(resolveAppPath('https://workbench/index.html', root)).toBeNull()
    expect(resolveAppPath('not a url', root)).toBeNull()
  })
})
