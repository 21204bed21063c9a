/** `raw` as an absolute http(s) URL, or '' (relative, script, data and other schemes are not citable). */
export function citableUrl(raw: string | null | undefined): string {
  const text = (raw ?? '').trim()
  if (!text) return ''
  try {
    const url = new URL(text)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : ''
  } catch {
    return ''
  }
}

/** The host of a citable URL without "www.", as a stand-in for a site name the page does not give. */
export function siteOfUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./i, '')
  } catch {
    return ''
  }
}
