import { describe, expect, it } from 'vitest'
import { DOCUMENT_CONTENT_SECURITY_POLICY } from '@shared/content-security-policy.mjs'
import { createPrintDocuments } from './print-documents'

describe('createPrintDocuments', () => {
  it('serves an added brief from memory with a policy that allows no script and no network', async () => {
    const documents = createPrintDocuments()
    const page = documents.add('<h1>Brief</h1>')
    const response = documents.handle(new Request(page.url))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<h1>Brief</h1>')
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('Content-Security-Policy')).toBe(DOCUMENT_CONTENT_SECURITY_POLICY)
    expect(DOCUMENT_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/)
    expect(DOCUMENT_CONTENT_SECURITY_POLICY).not.toMatch(/script-src|connect-src|https?:/)
  })

  it('serves nothing else: other paths, other hosts, released briefs, other methods', () => {
    const documents = createPrintDocuments()
    const page = documents.add('<p>x</p>')
    const token = page.url.split('/').pop() as string
    expect(documents.handle(new Request('app://print/index.html')).status).toBe(404)
    expect(documents.handle(new Request(`app://workbench/${token}`)).status).toBe(404)
    expect(documents.handle(new Request(`${page.url}/../../etc/passwd`)).status).toBe(404)
    expect(documents.handle(new Request(page.url, { method: 'POST', body: 'x' })).status).toBe(405)
    page.release()
    expect(documents.handle(new Request(page.url)).status).toBe(404)
  })

  it('lets the print session load only its live documents', () => {
    const documents = createPrintDocuments()
    const page = documents.add('<p>x</p>')
    expect(documents.allows(page.url)).toBe(true)
    expect(documents.allows('data:text/html,<script>alert(1)</script>')).toBe(false)
    expect(documents.allows('https://example.org/pixel.gif')).toBe(false)
    expect(documents.allows('file:///etc/passwd')).toBe(false)
    expect(documents.allows('app://workbench/index.html')).toBe(false)
    page.release()
    expect(documents.allows(page.url)).toBe(false)
  })

  it('gives every brief its own unguessable address', () => {
    const documents = createPrintDocuments()
    const urls = new Set(Array.from({ length: 50 }, () => documents.add('x').url))
    expect(urls.size).toBe(50)
  })
})
