import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { plainText } from '../../article/plain-text'
import { hashText } from '../../anchoring/hash-text'
import type { AnnotationRecord } from '../../../shared/model/annotation'
import type { ExportData } from '../export-data'
import { annotationIri, annotationsToJsonLd, W3C_ANNO_CONTEXT } from './annotations-to-jsonld'
import { EVENTS_FIXTURE, FIXTURE_CONTEXT } from './fixtures/events-fixture'

// The W3C Web Annotation Data Model's required fields, as small schemas.
const iri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'an IRI')
const quoteSelector = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional()
})
const positionSelector = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int().min(0),
    end: z.number().int()
  })
  .refine((s) => s.end > s.start, 'end after start')
const textualBody = z.object({
  type: z.literal('TextualBody'),
  value: z.string().min(1),
  purpose: z.string().optional()
})
const body = z.union([
  textualBody,
  z.object({ type: z.literal('Choice'), items: z.array(textualBody).min(1) })
])
const annotation = z.object({
  id: iri,
  type: z.literal('Annotation'),
  motivation: z.enum(['assessing', 'commenting', 'describing', 'highlighting', 'tagging']),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
  body: z.array(body).min(1).optional(),
  target: z.object({
    source: z.object({ id: iri, type: z.literal('Text'), label: z.string().min(1).optional() }),
    selector: z.array(z.union([quoteSelector, positionSelector])).min(1)
  })
})
const collection = z.object({
  '@context': z.literal(W3C_ANNO_CONTEXT),
  id: iri,
  type: z.literal('AnnotationCollection'),
  label: z.string().min(1),
  total: z.number().int().min(0),
  first: z.object({ id: iri, type: z.literal('AnnotationPage'), items: z.array(annotation) })
})

type Json = z.infer<typeof collection>
type Item = Json['first']['items'][number]
const exportOf = (data: ExportData = EVENTS_FIXTURE, colourLabels?: string[]): Json =>
  collection.parse(
    JSON.parse(
      annotationsToJsonLd(data, { ...FIXTURE_CONTEXT, ...(colourLabels && { colourLabels }) })
    )
  )
const itemOf = (json: Json, id: string): Item =>
  json.first.items.find((i) => i.id === annotationIri(id))!
const selectorsOf = (item: Item) => ({
  quote: item.target.selector.find((s) => s.type === 'TextQuoteSelector'),
  position: item.target.selector.find((s) => s.type === 'TextPositionSelector')
})
const textOf = (articleId: string): string =>
  plainText(EVENTS_FIXTURE.articles.find((a) => a.id === articleId)!.blocks)
const describing = (item: Item): string =>
  JSON.stringify((item.body ?? []).filter((b) => 'purpose' in b && b.purpose === 'describing'))

describe('annotationsToJsonLd', () => {
  const json = exportOf()

  it('is an AnnotationCollection with every required W3C field (parsed by the schema above)', () => {
    expect(json.total).toBe(EVENTS_FIXTURE.annotations.length)
    expect(json.first.items).toHaveLength(json.total)
    expect(new Set(json.first.items.map((i) => i.id)).size).toBe(json.total)
  })

  it('rejects what the W3C model would: the schema is not a rubber stamp', () => {
    const raw = JSON.parse(annotationsToJsonLd(EVENTS_FIXTURE, FIXTURE_CONTEXT))
    delete raw.first.items[0].target.source
    expect(collection.safeParse(raw).success).toBe(false)
  })

  it('names annotations by urn:uuid (their own UUID when they have one) and links back canonically', () => {
    const uuid = '0f8c6a52-3d7e-4f0b-9a41-6c2e8b1d5f30'
    expect(itemOf(json, uuid).id).toBe(`urn:uuid:${uuid}`)
    expect(annotationIri('ann-drifted')).toMatch(/^urn:uuid:[0-9a-f-]{14}5/)
    const raw = JSON.parse(annotationsToJsonLd(EVENTS_FIXTURE, FIXTURE_CONTEXT))
    expect(raw.first.items[0].canonical).toBe(`workbench://article/art-strike#annotation=${uuid}`)
  })

  it('targets the article URL, or its deep link when it has none', () => {
    expect(itemOf(json, '0f8c6a52-3d7e-4f0b-9a41-6c2e8b1d5f30').target.source.id).toBe(
      'https://news.example.org/2025/05/amadiya-strike'
    )
    expect(itemOf(json, 'ann-ungraded').target.source.id).toBe('workbench://article/art-protests')
    // A javascript: address imported with an article never goes out as a link.
    const hostile = exportOf({
      ...EVENTS_FIXTURE,
      articles: EVENTS_FIXTURE.articles.map((a) => ({ ...a, url: 'javascript:alert(1)' }))
    })
    expect(itemOf(hostile, '0f8c6a52-3d7e-4f0b-9a41-6c2e8b1d5f30').target.source.id).toBe(
      'workbench://article/art-strike'
    )
  })

  it('gives exact and drifted annotations quote and position selectors of the current text', () => {
    for (const id of ['0f8c6a52-3d7e-4f0b-9a41-6c2e8b1d5f30', 'ann-drifted', 'ann-ungraded']) {
      const item = itemOf(json, id)
      const record = EVENTS_FIXTURE.annotations.find((a) => a.id === id)!
      const { quote, position } = selectorsOf(item)
      expect(quote && position, id).toBeTruthy()
      if (quote?.type !== 'TextQuoteSelector' || position?.type !== 'TextPositionSelector') continue
      const text = textOf(record.articleId)
      expect(text.slice(position.start, position.end)).toBe(quote.exact)
      expect(text.slice(0, position.start).endsWith(quote.prefix ?? '')).toBe(true)
    }
    const drifted = itemOf(json, 'ann-drifted')
    expect(selectorsOf(drifted).quote).toMatchObject({
      exact: 'unidentified gunmen attacked a village near Zakho'
    })
    expect(describing(drifted)).toContain('Anchor drifted')
    expect(describing(drifted)).toContain('“unidentifed gunmen attacked a village near Zakho”')
  })

  it('exports an orphaned annotation with its original quote only, marked, never a position', () => {
    const item = itemOf(json, 'ann-orphaned')
    expect(item.target.selector).toEqual([
      expect.objectContaining({
        type: 'TextQuoteSelector',
        exact: 'The PKK did not comment on the strikes.'
      })
    ])
    expect(describing(item)).toContain('Anchor orphaned')
    expect(describing(itemOf(json, 'ann-ungraded'))).toBe('[]')
  })

  it('re-anchors a stored anchor made on another version of the text instead of trusting it', () => {
    const record = EVENTS_FIXTURE.annotations.find((a) => a.id === 'ann-ungraded')!
    const stale: AnnotationRecord = {
      ...record,
      anchor: { start: 0, end: 5, status: 'exact', score: 1, textHash: 'fnv1a32:00000000' }
    }
    const item = itemOf(exportOf({ ...EVENTS_FIXTURE, annotations: [stale] }), 'ann-ungraded')
    expect(selectorsOf(item).quote).toMatchObject({ exact: 'Hundreds of people protested' })
    // While a stored anchor made on this very text is used as it is (the app's state wins).
    const text = textOf(record.articleId)
    const trusted: AnnotationRecord = {
      ...stale,
      anchor: { ...stale.anchor, textHash: hashText(text) }
    }
    const item2 = itemOf(exportOf({ ...EVENTS_FIXTURE, annotations: [trusted] }), 'ann-ungraded')
    expect(selectorsOf(item2).quote).toMatchObject({ exact: text.slice(0, 5) })
    expect(selectorsOf(item2).position).toMatchObject({ start: 0, end: 5 })
  })

  it('writes the comment as sanitised HTML and plain text, tags, and the grade as an assessment', () => {
    const item = itemOf(json, '0f8c6a52-3d7e-4f0b-9a41-6c2e8b1d5f30')
    const bodies = JSON.stringify(item.body)
    expect(bodies).not.toMatch(/script|onerror|onclick|<img/)
    expect(bodies).toContain('<a href=\\"https://cts.example.org/s/1\\">the release</a>')
    expect(item.body).toContainEqual({ type: 'TextualBody', purpose: 'tagging', value: 'strike' })
    expect(item.body).toContainEqual(
      expect.objectContaining({
        purpose: 'assessing',
        value: 'B2 — usually reliable, probably true'
      })
    )
    // The grade also as the admiralty-scale taxonomy's machine tags, which tools read.
    expect(item.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'tagging',
      value: 'admiralty-scale:source-reliability="b"'
    })
    expect(item.body).toContainEqual({
      type: 'TextualBody',
      purpose: 'tagging',
      value: 'admiralty-scale:information-credibility="2"'
    })
    // An annotation with no comment, tag or grade still says what kind of passage it is.
    expect(itemOf(json, 'ann-ungraded').body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'Place/time' }
    ])
  })

  it('classifies each annotation by the label the analyst gave its colour', () => {
    const renamed = exportOf(EVENTS_FIXTURE, ['Fact', 'Claim', 'Actor', 'When and where', 'Open'])
    expect(itemOf(renamed, 'ann-ungraded').body).toEqual([
      { type: 'TextualBody', purpose: 'classifying', value: 'When and where' }
    ])
    expect(itemOf(renamed, 'ann-orphaned').body).toContainEqual({
      type: 'TextualBody',
      purpose: 'classifying',
      value: 'Open'
    })
  })

  it('names the annotated report by its title and outlet on every target', () => {
    for (const item of json.first.items) expect(item.target.source.label).toBeTruthy()
    const strike = EVENTS_FIXTURE.articles.find((a) => a.id === 'art-strike')!
    expect(itemOf(json, 'ann-drifted').target.source.label).toBe(
      `${strike.title} — ${strike.source}`
    )
  })

  it('never writes an empty prefix or suffix', () => {
    for (const item of json.first.items) {
      for (const s of item.target.selector) {
        if (s.type !== 'TextQuoteSelector') continue
        expect(s.prefix, item.id).not.toBe('')
        expect(s.suffix, item.id).not.toBe('')
      }
    }
    // An orphan stored with no context (chosen at the very start and end of a text) has none.
    const record = EVENTS_FIXTURE.annotations.find((a) => a.id === 'ann-orphaned')!
    const bare: AnnotationRecord = {
      ...record,
      selectors: {
        ...record.selectors,
        quote: { ...record.selectors.quote, prefix: '', suffix: '' }
      }
    }
    const item = itemOf(exportOf({ ...EVENTS_FIXTURE, annotations: [bare] }), 'ann-orphaned')
    expect(item.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'The PKK did not comment on the strikes.' }
    ])
  })

  it('counts positions in code points, as the W3C model does, after emoji and combining marks', () => {
    const article = EVENTS_FIXTURE.articles.find((a) => a.id === 'art-protests')!
    const lead = 'Protesters 📣🔥 chanted in Sweida\u0301 square. '
    const at = article.blocks.findIndex((b) => b.text.startsWith('Hundreds of people'))
    const blocks = article.blocks.map((b, i) => (i === at ? { ...b, text: lead + b.text } : b))
    const text = plainText(blocks)
    const quote = 'Hundreds of people protested'
    const start16 = text.indexOf(quote)
    const record = EVENTS_FIXTURE.annotations.find((a) => a.id === 'ann-ungraded')!
    const moved: AnnotationRecord = {
      ...record,
      anchor: {
        start: start16,
        end: start16 + quote.length,
        status: 'exact',
        score: 1,
        textHash: hashText(text)
      }
    }
    const item = itemOf(
      exportOf({ ...EVENTS_FIXTURE, articles: [{ ...article, blocks }], annotations: [moved] }),
      'ann-ungraded'
    )
    const { position, quote: q } = selectorsOf(item)
    const points = [...text]
    expect(position).toMatchObject({ start: start16 - 2, end: start16 - 2 + quote.length })
    if (position?.type !== 'TextPositionSelector' || q?.type !== 'TextQuoteSelector') return
    expect(points.slice(position.start, position.end).join('')).toBe(quote)
    expect(q.prefix?.endsWith('📣🔥 chanted in Sweida\u0301 square. ')).toBe(true)
  })

  it('orders annotations by article, then by where they are in the text, orphans last', () => {
    expect(json.first.items.map((i) => i.id)).toEqual(
      [
        '0f8c6a52-3d7e-4f0b-9a41-6c2e8b1d5f30',
        'ann-drifted',
        'ann-orphaned',
        'ann-ungraded',
        '7d41b0e2-95aa-4c38-b1f6-0e3a9d27c8b4'
      ].map(annotationIri)
    )
  })

  it('keeps the stored selectors, marked unchecked, when the article is not in the export', () => {
    const json2 = exportOf({ ...EVENTS_FIXTURE, articles: [] })
    const item = itemOf(json2, 'ann-ungraded')
    expect(item.target.source.id).toBe('workbench://article/art-protests')
    // Its position counted another text's units: a quote only, and the reader is told why.
    expect(item.target.selector).toEqual([
      expect.objectContaining({ type: 'TextQuoteSelector', exact: 'Hundreds of people protested' })
    ])
    expect(describing(item)).toContain('Anchor not checked')
    expect(describing(item)).toContain('no position is given')
  })
})
