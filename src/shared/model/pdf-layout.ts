/**
 * Where an imported PDF article's text sits on its pages, so highlights can be painted on the
 * original page and exports can name the page. Coordinates are PDF points at scale 1 with the
 * origin at the page's top left (y grows downwards), as pdf.js's viewport gives them.
 */
export interface PdfPageSize {
  width: number
  height: number
}

/** One run of text on a page: characters [start, end) of the article's plain text. */
export interface PdfSpan {
  start: number
  end: number
  /** 1-based page number. */
  page: number
  x: number
  y: number
  w: number
  h: number
}

export interface PdfLayout {
  /**
   * The article's `contentHash` when the map was made: once its text is updated the offsets
   * no longer fit, and the page view stops painting highlights instead of painting them wrong.
   */
  textHash: string
  pages: PdfPageSize[]
  /** In plain-text order; spans never overlap. */
  spans: PdfSpan[]
  /**
   * The 1-based pages whose text was recognised by OCR (they had no text layer); absent when
   * every page had one. The reader warns that such text may differ from the page.
   */
  recognisedPages?: number[]
}
