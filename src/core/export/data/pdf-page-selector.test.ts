import { describe, expect, it } from 'vitest'
import { createAnchorer } from '../../anchoring/create-anchorer'
import { plainText } from '../../article/plain-text'
import { makeAnnotation, makeArticle } from '../../test-support/make-records'
import { FIXTURE_CONTEXT } from './fixtures/events-fixture'
import { annotationsToJsonLd } from './annotations-to-jsonld'

const blocks = [
  { kind: 'paragraph' as const, text: 'Shelling was reported near the bridge.' },
  { kind: 'paragraph' as const, text: 'Local sources gave no casualty figure.' }
]
const text = plainText(blocks)
const second = text.indexOf('Local sources')

const pdfArticle = (textHash = 'sha256:pdf') =>
  makeArticle({
    format: 'pdf',
    contentHash: 'sha256:pdf',
    blocks,
    pdfLayout: {
      textHash,
      pages: [
        { width: 595, height: 842 },
        { width: 595, height: 842 }
      ],
      spans: [
        { start: 0, end: 38, page: 1, x: 50, y: 100, w: 300, h: 12 },
        { start: second, end: text.length, page: 2, x: 50, y: 80, w: 290, h: 12 }
      ]
    }
  })

function exported(article: ReturnType<typeof makeArticle>) {
  const anchorer = createAnchorer(text)
  const { quote, position } = anchorer.describe(second, second + 13)
  const annotation = makeAnnotation({
    selectors: { quote, position, textHash: anchorer.textHash },
    anchor: {
      start: second,
      end: second + 13,
      status: 'exact',
      score: 1,
      textHash: anchorer.textHash
    }
  })
  const json = JSON.parse(
    annotationsToJsonLd(
      { articles: [article], annotations: [annotation], events: [], actors: [], notes: [] },
      FIXTURE_CONTEXT
    )
  ) as { first: { items: { target: { selector: { type: string }[] } }[] } }
  return json.first.items[0]!.target.selector
}

describe('W3C export of a passage in a PDF article', () => {
  it('keeps its text selectors and adds the page of the original as a FragmentSelector', () => {
    expect(exported(pdfArticle())).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: 'Local sources' }),
      expect.objectContaining({ type: 'TextPositionSelector', start: second }),
      { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=2' }
    ])
  })
  it('names no page once the text was updated since the import, nor for other articles', () => {
    expect(exported(pdfArticle('sha256:older')).map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector'
    ])
    expect(exported(makeArticle({ blocks })).map((s) => s.type)).toEqual([
      'TextQuoteSelector',
      'TextPositionSelector'
    ])
  })
})
