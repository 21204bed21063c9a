import { describe, expect, it } from 'vitest'
import { deepLinkFor } from '@core/export/deep-link'
import { linkFromHash } from './link-from-hash'

describe('linkFromHash', () => {
  it('decodes the link in #open=', () => {
    const link = deepLinkFor({ articleId: 'art-1', annotationId: 'ann_7' })
    expect(linkFromHash(`#open=${encodeURIComponent(link)}`)).toBe(link)
  })

  it('asks for nothing without #open=', () => {
    expect(linkFromHash('')).toBeNull()
    expect(linkFromHash('#')).toBeNull()
    expect(linkFromHash('#notes')).toBeNull()
  })

  it('hands back badly encoded text as it is, to be refused with a notice', () => {
    expect(linkFromHash('#open=workbench%3A%2F%2Farticle%2F%E0%A4%A')).toBe(
      'workbench%3A%2F%2Farticle%2F%E0%A4%A'
    )
  })
})
