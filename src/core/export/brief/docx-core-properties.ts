import { escapeHtml } from './html-escape'

/** "2026-11-25T14:03:00Z": the W3CDTF form Word writes; null when `iso` is not a date. */
function w3cdtf(iso: string): string | null {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? null : `${date.toISOString().slice(0, 19)}Z`
}

/**
 * docProps/core.xml with the injected clock: docx writes `new Date()` into created and modified,
 * which would make every export differ; this part replaces it.
 */
export function docxCoreProperties(props: {
  title: string
  description: string
  now: string
  language: string
}): string {
  const stamp = w3cdtf(props.now)
  const dates =
    stamp === null
      ? ''
      : `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeHtml(props.title)}</dc:title>` +
    `<dc:description>${escapeHtml(props.description)}</dc:description>` +
    '<dc:creator>Analyst Workbench</dc:creator>' +
    `<dc:language>${escapeHtml(props.language)}</dc:language>` +
    '<cp:lastModifiedBy>Analyst Workbench</cp:lastModifiedBy>' +
    '<cp:revision>1</cp:revision>' +
    dates +
    '</cp:coreProperties>'
  )
}
