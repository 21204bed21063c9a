import {
  hasEncryptedPackage,
  isCompoundFile,
  readZipDirectory,
  type ZipEntry
} from '@core/article/read-zip-directory'
import { formatBytes } from '@shared/format-bytes'
import { inflateZipEntry } from './inflate-zip-entry'

/**
 * Most text and markup a Word file may unpack to (bytes, all its XML parts together). A 300-page
 * report is about 5 MB of XML; far more than this is a crafted archive, not a document.
 */
export const MAX_DOCX_XML_BYTES = 64 * 1024 * 1024

const isXmlPart = (entry: ZipEntry): boolean => /\.(xml|rels)$/i.test(entry.name)

/**
 * Checks a Word file before mammoth opens it: a zip, with word/document.xml, nothing encrypted,
 * and its XML parts unpacking (really, not as declared) to less than MAX_DOCX_XML_BYTES. Returns
 * the unpacked core properties part when there is one.
 */
export async function checkDocx(
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
