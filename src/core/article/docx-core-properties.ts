import { normaliseSpace } from './plain-text'

export interface DocxCoreProperties {
  title: string
  creator: string
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Replaces XML character and the five predefined entity references; anything else stays as written. */
function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ''
    }
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

function element(xml: string, qualifiedName: string): string {
  // The prefixes are fixed by the Office Open XML packaging convention (dc:, cp:).
  const match = new RegExp(`<${qualifiedName}(?:\\s[^>]*)?>([\\s\\S]*?)</${qualifiedName}>`).exec(
    xml
  )
  const text = match?.[1] ?? ''
  // Markup inside the value (never written by Word) is dropped rather than shown.
  return normaliseSpace(decodeXmlText(text.replace(/<[^>]*>/g, ' ')))
}

/**
 * Title and author from a Word file's docProps/core.xml. Read with a pattern, not an XML
 * parser: the two values are plain text, and nothing in the file (a DTD, an entity) is
 * expanded or fetched this way.
 */
export function readDocxCoreProperties(xml: string): DocxCoreProperties {
  return { title: element(xml, 'dc:title'), creator: element(xml, 'dc:creator') }
}
