import mammoth from 'mammoth'

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
 * A checked Word file to (unsanitised) HTML with mammoth. Pictures are never read out of the
 * archive: the <img> left behind has no source and is removed on sanitising. Linked files are
 * never opened. Throws when the document cannot be read. Needs no DOM, so it runs in a worker.
 */
export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  const buffer = bytes.slice().buffer
  const result = await mammoth.convertToHtml(
    // The browser build reads `arrayBuffer`, the Node build (unit tests) `buffer`.
    { arrayBuffer: buffer, buffer } as unknown as { arrayBuffer: ArrayBuffer },
    {
      styleMap: STYLE_MAP,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      externalFileAccess: false,
      ignoreEmptyParagraphs: true
    }
  )
  return result.value
}
