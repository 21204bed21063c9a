import { describe, expect, it } from 'vitest'
import { deepLinkFor, parseDeepLink } from './deep-link'

describe('deep links', () => {
  it('round-trips article, annotation and event links', () => {
    for (const link of [
      { articleId: 'a-1' },
      { articleId: 'a-1', annotationId: '0b7c9a6e-1f2d-4c55-9e1a-2f0d3c4b5a69' },
      { articleId: 'sample', eventId: 'evt_9' }
    ]) {
      expect(parseDeepLink(deepLinkFor(link))).toEqual(link)
    }
    expect(deepLinkFor({ articleId: 'a', annotationId: 'b' })).toBe(
      'workbench://article/a#annotation=b'
    )
  })

  it('refuses anything that is not exactly one of ours', () => {
    for (const url of [
      'https://article/a',
      'workbench://article/',
      'workbench://note/a',
      'workbench://article/a#comment=b',
      'workbench://article/a/b',
      'workbench://article/%E0%A4%A#annotation=b',
      'workbench://article/a#annotation=<script>',
      `workbench://article/${'x'.repeat(129)}`
    ]) {
      expect(parseDeepLink(url), url).toBeNull()
    }
  })
})
