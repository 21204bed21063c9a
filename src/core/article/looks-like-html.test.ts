import { describe, expect, it } from 'vitest'
import { looksLikeHtml } from './looks-like-html'

describe('looksLikeHtml', () => {
  it('knows HTML source: a whole page, a fragment of paragraphs, the probe’s unclosed style', () => {
    expect(
      looksLikeHtml('<!DOCTYPE html>\n<html><head><title>T</title></head><body></body></html>')
    ).toBe(true)
    expect(looksLikeHtml('  <p>One</p>\n<p>Two</p>')).toBe(true)
    expect(looksLikeHtml('<p>One</p><style><p>Two</p><p>Three</p>')).toBe(true)
    expect(looksLikeHtml('<!-- saved --><div>x</div>')).toBe(true)
  })

  it('leaves prose and Markdown alone, even when it names a tag or a wire agency in brackets', () => {
    expect(looksLikeHtml('KYIV <Reuters> - Officials said on Monday.\n\nMore text.')).toBe(false)
    expect(looksLikeHtml('# Heading\n\n- item\n- item\n\n| a | b |\n|---|---|')).toBe(false)
    expect(
      looksLikeHtml(
        'The page used a <div> where a <p> belonged, the developer wrote in a long report about markup.'
      )
    ).toBe(false)
  })
})
