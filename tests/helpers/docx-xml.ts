import { readZipText } from './read-zip'

/**
 * docx 9.15.2 names hyperlink relationships with random ids (nanoid), numbers bookmarks from a
 * counter shared by every document the process makes, and zips with the current time, so DOCX
 * bytes differ between runs. Everything else in the XML is a pure function of the input: this
 * renumbers those ids in order of appearance and puts one tag on each line, so parts can be
 * compared and diffed.
 */
export function normaliseDocxXml(xml: string, ids = new Map<string, string>()): string {
  const bookmarks = new Map<string, number>()
  return xml
    .replace(/(r:id|Id)="(rId[^"]*)"/g, (whole, attr: string, id: string) => {
      if (/^rId\d+$/.test(id)) return whole
      if (!ids.has(id)) ids.set(id, `rIdLink${ids.size + 1}`)
      return `${attr}="${ids.get(id)}"`
    })
    .replace(
      /<w:bookmark(Start|End)([^>]*?) w:id="(\d+)"/g,
      (_, kind: string, rest: string, id: string) => {
        if (!bookmarks.has(id)) bookmarks.set(id, bookmarks.size + 1)
        return `<w:bookmark${kind}${rest} w:id="${bookmarks.get(id)}"`
      }
    )
    .replace(/></g, '>\n<')
}

/** The parts of a DOCX a golden file or a test reads, normalised. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const files = readZipText(bytes)
  const ids = new Map<string, string>()
  const parts = new Map<string, string>()
  for (const [path, xml] of [...files].sort(([a], [b]) => a.localeCompare(b)))
    if (path.endsWith('.xml') || path.endsWith('.rels')) parts.set(path, normaliseDocxXml(xml, ids))
  return parts
}
