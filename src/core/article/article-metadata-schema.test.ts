import { describe, expect, it } from 'vitest'
import { articleMetadataSchema } from './article-metadata-schema'

const valid = { title: 'T', source: '', url: '', byline: '', publishedAt: '' }

describe('articleMetadataSchema', () => {
  it('accepts empty optional fields and trims', () => {
    expect(articleMetadataSchema.parse({ ...valid, title: '  Title  ' }).title).toBe('Title')
  })
  it('accepts a real date and an http(s) URL', () => {
    expect(
      articleMetadataSchema.safeParse({
        ...valid,
        publishedAt: '2021-06-29',
        url: 'https://x.org/a'
      }).success
    ).toBe(true)
  })
  it.each([
    [{ title: ' ' }, 'The title cannot be empty.'],
    [{ url: 'javascript:alert(1)' }, 'The URL must start with http:// or https://.'],
    [{ publishedAt: '2021-13-45' }, 'The publication date must be a real date (YYYY-MM-DD).'],
    [{ publishedAt: '29/06/2021' }, 'The publication date must be a real date (YYYY-MM-DD).']
  ])('refuses %o with a clear message', (patch, message) => {
    const result = articleMetadataSchema.safeParse({ ...valid, ...patch })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe(message)
  })
})
