/**
 * A saved web page as a document that can never run or load anything.
 *
 * DOMParser documents have no browsing context: scripts in them never run, and images, frames
 * and style sheets are never fetched. Readability then rewrites the document (it copies lazy
 * image URLs into `src`, makes links absolute), so as a second wall everything that could load
 * is removed or emptied before Readability sees it. Images stay as empty elements because
 * Readability weighs them when it decides what is article and what is page furniture.
 */

/** Elements that run, embed or fetch something and carry no article text. */
const LOADING_ELEMENTS = [
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'link',
  'base',
  'meta[http-equiv]',
  'track'
]

/** Elements whose URL attributes are emptied but which stay, for Readability's weighing. */
const MEDIA_ELEMENTS = new Set(['IMG', 'PICTURE', 'SOURCE', 'VIDEO', 'AUDIO', 'INPUT', 'IMAGE'])

/** Attributes that make a fetch on any element (or would once the element were live). */
const URL_ATTRIBUTES = new Set([
  'src',
  'srcset',
  'poster',
  'background',
  'lowsrc',
  'dynsrc',
  'data',
  'codebase',
  'action',
  'formaction',
  'ping',
  'xlink:href',
  'imagesizes'
])

/** Lazy-loading attributes Readability would copy into `src`: any value that looks like a URL. */
const LOOKS_LIKE_URL = /(^|[\s,])(https?:)?\/\/|\.(jpe?g|png|gif|webp|avif|svg)\b/i

/**
 * Removes elements that embed or fetch and empties every attribute that names a resource, in a
 * document from DOMParser (never one attached to a window).
 */
export function neutraliseLoaders(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(LOADING_ELEMENTS.join(',')))) el.remove()
  // Scripts never run in a parsed document; JSON-LD ones hold metadata and are kept as data.
  for (const el of Array.from(doc.querySelectorAll('script'))) {
    if ((el.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') el.remove()
    else el.removeAttribute('src')
  }
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const media = MEDIA_ELEMENTS.has(el.tagName.toUpperCase())
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase()
      const drop =
        name.startsWith('on') ||
        URL_ATTRIBUTES.has(name) ||
        (name === 'href' && el.tagName.toUpperCase() !== 'A') ||
        (name === 'style' && /url\s*\(|expression\s*\(|@import/i.test(attr.value)) ||
        (media && LOOKS_LIKE_URL.test(attr.value))
      if (drop) el.removeAttribute(attr.name)
    }
    // An image with no source attribute at all is dropped by Readability as a placeholder; an
    // empty one fetches nothing and keeps its weight.
    if (el.tagName.toUpperCase() === 'IMG') el.setAttribute('src', '')
  }
  // Links are kept for Readability's link density, but never with a script URL.
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    if (/^\s*(javascript|vbscript|data):/i.test(a.getAttribute('href') ?? ''))
      a.removeAttribute('href')
  }
}
