import { readDocxCoreProperties } from '../../../core/article/docx-core-properties'
import {
  hasEncryptedPackage,
  isCompoundFile,
  readZipDirectory,
  type ZipEntry
} from '../../../core/article/read-zip-directory'
import { formatBytes } from '../../../shared/format-bytes'
import { MAX_DOCX_BYTES } from '../../../shared/import-limits'
import { escapeHtml, MIN_KEPT_SHARE, type DocumentImport } from './document-import'
import { htmlToArticle } from './html-to-article'
import { inflateZipEntry } from './inflate-zip-entry'

/**
 * Most text and markup a Word file may unpack to (bytes, all its XML parts together). A 300-page
 * report is about 5 MB of XML; far more than this is a crafted archive, not a document.
 */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024

/** Word's own paragraph styles that carry meaning the text model keeps (mammoth leaves them as <p>). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  // By style ID too: a file whose styles part lacks the definition still names the ID.
  'p.Title => h1:fresh',
  'p.Quote => blockquote > p:fresh',
  'p.IntenseQuote => blockquote > p:fresh'
]

/**
 * Authors that Word, LibreOffice and document generators write when nobody set one (the docx
 * package writes "Un-named"): a byline saying so would be wrong, so it stays empty.
 */
const PLACEHOLDER_AUTHORS = new Set([
  'un-named',
  'unknown',
  'user',
  'author',
  'windows user',
  'microsoft office user',
  'administrator'
])

const isXmlPart = (entry: ZipEntry): boolean => /\.(xml|rels)$/i.test(entry.name)

/**
 * Checks a Word file before mammoth opens it: a zip, with word/document.xml, nothing encrypted,
 * and its XML parts unpacking (really, not as declared) to less than MAX_DOCX_XML_BYTES. Returns
 * the unpacked core properties part when there is one.
 */
async function checkDocx(
  fileName: string,
  bytes: Uint8Array
): Promise<{ ok: true; coreXml: string } | { ok: false; message: string }> {
  const fail = (message: string) => ({ ok: false as const, message })
  if (isCompoundFile(bytes)) {
    return fail(
      hasEncryptedPackage(bytes)
        ? `“${fileName}” is protected with a password. Open it in Word, remove the password (File › Info › Protect Document) and import it again.`
        : `“${fileName}” is an older Word document (.doc) under a .docx name. Open it in Word, save it as .docx and import it again.`
    )
  }
  const directory = readZipDirectory(bytes)
  if (!directory.ok) {
    return fail(
      directory.reason === 'not-zip'
        ? `“${fileName}” is not a Word document: a .docx file is a zip archive and this one is not. It may be damaged or another kind of file renamed.`
        : `“${fileName}” is damaged: its contents cannot be read. Open it in Word, save it again and import the new copy.`
    )
  }
  const entries = directory.entries
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    return fail(
      `“${fileName}” is a zip archive but not a Word document (it has no word/document.xml).`
    )
  }
  if (entries.some((e) => e.encrypted)) {
    return fail(`“${fileName}” has encrypted contents and cannot be read.`)
  }
  let unpacked = 0
  let coreXml = ''
  for (const entry of entries.filter(isXmlPart)) {
    const inflated = await inflateZipEntry(bytes, entry, MAX_DOCX_XML_BYTES - unpacked)
    if (!inflated.ok) {
      return fail(
        inflated.reason === 'too-large'
          ? `“${fileName}” unpacks to more than ${formatBytes(MAX_DOCX_XML_BYTES)} of text and markup; it is refused as a possible zip bomb.`
          : `“${fileName}” is damaged: part ${entry.name} cannot be unpacked.`
      )
    }
    unpacked += inflated.bytes.length
    if (entry.name === 'docProps/core.xml') coreXml = new TextDecoder().decode(inflated.bytes)
  }
  return { ok: true, coreXml }
}

/**
 * A Word (.docx) file to the text model: checked (size, zip, parts, real unpacked size), then
 * converted by mammoth to HTML with every picture dropped unread, then sanitised and reduced by
 * htmlToArticle like an imported web page. Title from the document properties, else its first
 * heading, else the file name; the author from the properties goes into the byline.
 */
export async function docxToArticle(fileName: string, bytes: Uint8Array): Promise<DocumentImport> {
  if (bytes.length === 0)
    return { ok: false, message: `“${fileName}” is empty: there is no text to import.` }
  if (bytes.length > MAX_DOCX_BYTES)
    return {
      ok: false,
      message: `“${fileName}” is ${formatBytes(bytes.length)}; Word files larger than ${formatBytes(MAX_DOCX_BYTES)} are not imported.`
    }
  const checked = await checkDocx(fileName, bytes)
  if (!checked.ok) return checked
  const core = readDocxCoreProperties(checked.coreXml)
  // Loaded on first use: most sessions never import a Word file.
  const { default: mammoth } = await import('mammoth')
  const buffer = bytes.slice().buffer
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      // The browser build reads `arrayBuffer`, the Node build (unit tests) `buffer`.
      { arrayBuffer: buffer, buffer } as unknown as { arrayBuffer: ArrayBuffer },
      {
        styleMap: STYLE_MAP,
        // Pictures are never read out of the archive; the <img> left behind is removed on sanitising.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true
      }
    )
    html = result.value
  } catch {
    return {
      ok: false,
      message: `“${fileName}” is damaged: Word's document inside it cannot be read.`
    }
  }
  const titleTag = core.title ? `<title>${escapeHtml(core.title)}</title>` : ''
  const parsed = htmlToArticle(
    `<!doctype html><html><head>${titleTag}</head><body>${html}</body></html>`,
    fileName.replace(/\.[^.]+$/, '')
  )
  if (parsed.blocks.length === 0)
    return { ok: false, message: `“${fileName}” has no text to import.` }
  const pct = Math.round(parsed.keptShare * 100)
  return {
    ok: true,
    parsed: { title: parsed.title, blocks: parsed.blocks },
    metadata: {
      byline: PLACEHOLDER_AUTHORS.has(core.creator.toLowerCase()) ? '' : core.creator.slice(0, 300)
    },
    ...(parsed.keptShare < MIN_KEPT_SHARE
      ? {
          warning: `Only ${pct}% of the visible text of “${fileName}” was kept after removing unsafe content. Check the article against the original.`
        }
      : {})
  }
}
