import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { KNOWN_DATABASE_VERSION, type BackupTables } from './backup-format'
import { createBackup, serializeBackup } from './create-backup'
import { sampleBackupTables } from './fixtures/sample-backup-tables'
import { parseBackup } from './parse-backup'
import { optionsOf } from '../events/event-fields'
import type { EventRecord } from '../../shared/model/event'

/** An enumerated event field's values, from the field table. */
const valuesOf = <K extends keyof EventRecord>(key: K): EventRecord[K][] =>
  optionsOf(key).map((o) => o.value)

// Text from the whole of Unicode, lone surrogates included (JSON escapes them; they must survive).
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))
const anyText = fc.string({
  unit: fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), loneSurrogate)
})
const id = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 })
// JSON has no NaN, Infinity or negative zero; the schemas refuse the first two, -0 reads back as 0.
const num = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v))
const int = fc.integer({ min: -1, max: 1_000_000 })

/** JSON values as a file holds them (fast-check's may hold -0, which JSON writes as 0). */
const json = (maxDepth: number): fc.Arbitrary<unknown> =>
  fc.jsonValue({ maxDepth }).map((v) => JSON.parse(JSON.stringify(v)) as unknown)

/** Fields a later version might add: nested JSON under keys no current record uses. */
const extras = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 6 }).map((k) => `x_${k}`),
  json(3),
  { maxKeys: 2 }
)
const loose = <T extends object>(arb: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.tuple(arb, extras).map(([value, more]) => ({ ...more, ...value }))

const block = loose(
  fc.record(
    {
      kind: fc.constantFrom('paragraph', 'heading', 'list-item', 'quote' as const),
      text: anyText,
      level: fc.integer({ min: 1, max: 6 })
    },
    { requiredKeys: ['kind', 'text'] }
  )
)
const selectors = loose(
  fc.record({
    quote: loose(
      fc.record({
        type: fc.constant('TextQuoteSelector' as const),
        exact: anyText,
        prefix: anyText,
        suffix: anyText
      })
    ),
    position: loose(
      fc.record({ type: fc.constant('TextPositionSelector' as const), start: int, end: int })
    ),
    textHash: anyText
  })
)
const anchor = loose(
  fc.record({
    start: int,
    end: int,
    status: fc.constantFrom('exact', 'drifted', 'orphaned' as const),
    score: fc.double({ min: 0, max: 1, noNaN: true }).map((v) => (v === 0 ? 0 : v)),
    textHash: anyText
  })
)
const grade = fc.option(
  loose(
    fc.record({
      reliability: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F' as const),
      credibility: fc.constantFrom(1, 2, 3, 4, 5, 6 as const)
    })
  )
)
const inter = fc.option(fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8 as const))
const eventActor = fc.option(loose(fc.record({ name: anyText, actorId: fc.option(id), inter })))
const noteNode: fc.Arbitrary<Record<string, unknown>> = fc.letrec<{
  node: Record<string, unknown>
}>((tie) => ({
  node: fc.record(
    {
      type: fc.constantFrom('paragraph', 'text', 'heading', 'citedQuote', 'futureNode'),
      text: anyText,
      attrs: fc.dictionary(fc.string({ maxLength: 5 }), json(1)),
      content: fc.array(tie('node'), { maxLength: 2 })
    },
    { requiredKeys: ['type'] }
  )
})).node
const noteDoc = fc.record({
  type: fc.constant('doc' as const),
  content: fc.array(noteNode, { maxLength: 3 })
})

const coord = fc.integer({ min: -2000, max: 2000 })
const pdfLayout = fc.record({
  textHash: anyText,
  pages: fc.array(
    fc.record({
      width: fc.integer({ min: 0, max: 2000 }),
      height: fc.integer({ min: 0, max: 2000 })
    }),
    { maxLength: 2 }
  ),
  spans: fc.array(
    fc.record({
      start: fc.nat(),
      end: fc.nat(),
      page: fc.integer({ min: 1, max: 500 }),
      x: coord,
      y: coord,
      w: coord,
      h: coord
    }),
    { maxLength: 3 }
  )
})

/** `arb` records with unique `key`s, as a table holds them. */
const table = <T extends Record<K, unknown>, K extends string>(
  arb: fc.Arbitrary<T>,
  key: K
): fc.Arbitrary<T[]> => fc.uniqueArray(arb, { selector: (r) => r[key], maxLength: 4 })

const tables: fc.Arbitrary<BackupTables> = fc.record({
  articles: fc
    .uniqueArray(
      loose(
        fc.record(
          {
            id,
            title: anyText,
            source: anyText,
            url: anyText,
            byline: anyText,
            publishedAt: anyText,
            importedAt: anyText,
            contentHash: id,
            format: fc.constantFrom('txt', 'md', 'html', 'pdf', 'paste', 'sample' as const),
            blocks: fc.array(block, { maxLength: 3 }),
            pdfLayout: pdfLayout
          },
          {
            requiredKeys: [
              'id',
              'title',
              'source',
              'url',
              'byline',
              'publishedAt',
              'importedAt',
              'contentHash',
              'format',
              'blocks'
            ]
          }
        )
      ),
      { selector: (a) => a.id, maxLength: 4 }
    )
    .filter((list) => new Set(list.map((a) => a.contentHash)).size === list.length),
  articleRevisions: table(
    loose(
      fc.record({
        id,
        articleId: id,
        createdAt: anyText,
        title: anyText,
        contentHash: anyText,
        blocks: fc.array(block, { maxLength: 2 })
      })
    ),
    'id'
  ),
  annotations: table(
    loose(
      fc.record({
        id,
        articleId: id,
        createdAt: anyText,
        updatedAt: anyText,
        creator: anyText,
        motivation: fc.constantFrom('highlighting', 'commenting', 'tagging', 'assessing' as const),
        colour: fc.constantFrom(0, 1, 2, 3, 4 as const),
        selectors,
        anchor,
        commentHtml: anyText,
        commentText: anyText,
        tags: fc.array(anyText, { maxLength: 3 }),
        grade
      })
    ),
    'id'
  ),
  actors: table(
    loose(
      fc.record({
        id,
        name: anyText,
        aliases: fc.array(anyText, { maxLength: 2 }),
        category: inter,
        countryCode: anyText,
        notes: anyText,
        createdAt: anyText,
        updatedAt: anyText
      })
    ),
    'id'
  ),
  events: table(
    loose(
      fc.record({
        id,
        articleId: id,
        createdAt: anyText,
        updatedAt: anyText,
        eventType: fc.constantFrom('' as const, ...valuesOf('eventType')),
        subEventType: anyText,
        actor1: eventActor,
        assocActor1: eventActor,
        actor2: eventActor,
        assocActor2: eventActor,
        countryCode: anyText,
        admin1: anyText,
        location: anyText,
        latitude: fc.option(num),
        longitude: fc.option(num),
        geoPrecision: fc.constantFrom(...valuesOf('geoPrecision')),
        eventDate: anyText,
        timePrecision: fc.constantFrom(...valuesOf('timePrecision')),
        fatalities: fc.option(fc.nat()),
        fatalitiesPhrase: anyText,
        sourceName: anyText,
        grade,
        notes: anyText,
        tags: fc.array(anyText, { maxLength: 2 }),
        context: fc.constantFrom(...valuesOf('context')),
        ontologyCode: fc.option(
          loose(
            fc.record({
              ontology: fc.constantFrom('CAMEO', 'PLOVER' as const),
              version: anyText,
              code: anyText,
              label: anyText
            })
          )
        ),
        evidence: fc.dictionary(
          fc.constantFrom('actor1', 'location', 'fatalities', 'futureField'),
          loose(fc.record({ selectors, anchor }))
        )
      })
    ),
    'id'
  ),
  notes: table(
    loose(
      fc.record({
        id,
        articleId: fc.option(id),
        title: anyText,
        schemaVersion: fc.integer({ min: 1, max: 3 }),
        doc: noteDoc,
        createdAt: anyText,
        updatedAt: anyText
      })
    ),
    'id'
  ),
  noteRevisions: table(
    loose(
      fc.record({
        id,
        noteId: id,
        createdAt: anyText,
        reason: fc.constantFrom('auto', 'before-restore' as const),
        title: anyText,
        schemaVersion: fc.integer({ min: 1, max: 3 }),
        doc: noteDoc,
        size: fc.nat()
      })
    ),
    'id'
  ),
  noteTemplates: table(
    loose(
      fc.record({
        id,
        name: anyText,
        schemaVersion: fc.integer({ min: 1, max: 3 }),
        doc: noteDoc,
        createdAt: anyText
      })
    ),
    'id'
  ),
  settings: table(
    fc.record({
      key: id,
      value: json(3)
    }),
    'key'
  )
})

const ctx = fc.record({
  now: anyText,
  appVersion: anyText,
  databaseVersion: fc.constant(KNOWN_DATABASE_VERSION)
})

// Generous timeouts: the runs are synchronous and the suite may share a busy machine.
describe('backup files (properties)', { timeout: 60_000 }, () => {
  it('round-trip exactly: serialize then parse gives back every table as it was', () => {
    fc.assert(
      fc.property(tables, ctx, (t, c) => {
        const file = createBackup(t, c)
        const parsed = parseBackup(serializeBackup(file), KNOWN_DATABASE_VERSION)
        expect(parsed).toEqual({ ok: true, value: file })
        expect(parsed.ok && parsed.value.tables).toEqual(t)
      }),
      { numRuns: 120 }
    )
  })

  it('round-trip a workbench with every table empty', () => {
    const empty: BackupTables = {
      articles: [],
      articleRevisions: [],
      annotations: [],
      actors: [],
      events: [],
      notes: [],
      noteRevisions: [],
      noteTemplates: [],
      settings: []
    }
    const file = createBackup(empty, {
      now: 'n',
      appVersion: 'v',
      databaseVersion: KNOWN_DATABASE_VERSION
    })
    expect(parseBackup(serializeBackup(file), KNOWN_DATABASE_VERSION)).toEqual({
      ok: true,
      value: file
    })
  })

  it('refuse every truncation of a valid file as cut off', () => {
    const text = serializeBackup(
      createBackup(sampleBackupTables(), {
        now: 'n',
        appVersion: 'v',
        databaseVersion: KNOWN_DATABASE_VERSION
      })
    )
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.length - 1 }), (at) => {
        const result = parseBackup(text.slice(0, at), KNOWN_DATABASE_VERSION)
        expect(result.ok).toBe(false)
        expect(!result.ok && result.error.message).toMatch(
          /ends early — the file was probably cut off/
        )
      }),
      { numRuns: 500 }
    )
    expect(parseBackup('', KNOWN_DATABASE_VERSION).ok).toBe(false)
  })

  it('refuse every truncation of arbitrary valid files', () => {
    fc.assert(
      fc.property(tables, ctx, fc.double({ min: 0, max: 1, noNaN: true }), (t, c, cut) => {
        const text = serializeBackup(createBackup(t, c))
        const result = parseBackup(
          text.slice(0, Math.floor(cut * (text.length - 1))),
          KNOWN_DATABASE_VERSION
        )
        expect(result.ok).toBe(false)
      }),
      { numRuns: 100 }
    )
  })
})
