import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_ARTICLE_TEXT_CHARS, MAX_COMMENT_CHARS } from '../../shared/content-limits'
import { KNOWN_DATABASE_VERSION, type BackupFile, type BackupTables } from './backup-format'
import { checkIntegrity, describeIntegrityProblems, repairIntegrity } from './check-integrity'
import { createBackup } from './create-backup'
import { sampleBackupTables } from './fixtures/sample-backup-tables'

const CTX = {
  now: '2024-05-03T09:07:00.000Z',
  appVersion: '0.1.0',
  databaseVersion: KNOWN_DATABASE_VERSION
}
const fileOf = (tables: BackupTables): BackupFile => createBackup(tables, CTX)

describe('checkIntegrity', () => {
  it('finds nothing wrong in a workbench as the app stores it', () => {
    expect(checkIntegrity(sampleBackupTables())).toEqual([])
  })

  it("lists the probe's broken references: orphan annotation, out-of-range and reversed anchors, events and notes without their article", () => {
    const tables = sampleBackupTables()
    const [ann1, ann2] = tables.annotations
    tables.annotations = [
      { ...ann1!, id: 'orphan', articleId: 'gone' },
      { ...ann1!, id: 'far', anchor: { ...ann1!.anchor, start: 5000, end: 5010 } },
      { ...ann1!, id: 'reversed', anchor: { ...ann1!.anchor, start: 60, end: 52 } },
      ann2!
    ]
    tables.events = tables.events.map((e) => ({ ...e, articleId: 'gone' }))
    tables.notes = tables.notes.map((n) => ({ ...n, articleId: 'gone' }))
    const problems = checkIntegrity(tables)
    expect(problems.map((p) => [p.table, p.id, p.repair])).toEqual([
      ['annotations', 'orphan', 'leave-out'],
      ['annotations', 'far', 'mark-lost'],
      ['annotations', 'reversed', 'mark-lost'],
      ...tables.events.map((e) => ['events', e.id, 'leave-out']),
      ...tables.notes.map((n) => ['notes', n.id, 'unlink-article'])
    ])
    expect(problems[0]!.reason).toBe('its article “gone” is not in the backup')
    expect(problems[0]!.label).toBe('highlight “The strikes killed several militia members”')
    expect(problems[1]!.reason).toMatch(/runs past the end of its article's text/)
    expect(problems[2]!.reason).toMatch(/reversed/)
  })

  it('lists a missing registry actor, a revision without its note, and reversed selectors', () => {
    const tables = sampleBackupTables()
    tables.actors = []
    tables.noteRevisions = tables.noteRevisions.map((r) => ({ ...r, noteId: 'no-such-note' }))
    const ann = tables.annotations[0]!
    tables.annotations[0] = {
      ...ann,
      selectors: { ...ann.selectors, position: { type: 'TextPositionSelector', start: 9, end: 3 } }
    }
    const problems = checkIntegrity(tables)
    const actorIds = tables.events.filter((e) =>
      [e.actor1, e.actor2, e.assocActor1, e.assocActor2].some((a) => a?.actorId)
    )
    expect(actorIds.length).toBeGreaterThan(0)
    expect(problems.filter((p) => p.repair === 'unlink-actor').map((p) => p.id)).toEqual(
      actorIds.map((e) => e.id)
    )
    expect(problems.filter((p) => p.table === 'noteRevisions')).toHaveLength(
      tables.noteRevisions.length
    )
    expect(problems.find((p) => p.id === ann.id)).toMatchObject({ repair: 'leave-out' })
  })

  it('refuses records over the size limits: an article text, a comment', () => {
    const tables = sampleBackupTables()
    tables.articles[1] = {
      ...tables.articles[1]!,
      blocks: [{ kind: 'paragraph', text: 'x'.repeat(MAX_ARTICLE_TEXT_CHARS + 1) }]
    }
    tables.annotations[0] = {
      ...tables.annotations[0]!,
      commentHtml: `<p>${'y'.repeat(MAX_COMMENT_CHARS)}</p>`
    }
    const problems = checkIntegrity(tables)
    expect(problems.map((p) => [p.table, p.id, p.repair])).toEqual([
      ['articles', 'art-2', 'leave-out'],
      ['annotations', 'ann-1', 'leave-out'],
      // Its events go with the article left out.
      ...tables.events
        .filter((e) => e.articleId === 'art-2')
        .map((e) => ['events', e.id, 'leave-out'])
    ])
    expect(problems[0]!.reason).toMatch(
      /^its text has 10,485,761 characters; an article holds at most 10,485,760/
    )
  })
})

describe('repairIntegrity', () => {
  it('leaves out, unlinks and marks lost as listed, and counts what is left', () => {
    const tables = sampleBackupTables()
    const ann = tables.annotations[0]!
    tables.annotations.push(
      { ...ann, id: 'orphan', articleId: 'gone' },
      { ...ann, id: 'far', anchor: { ...ann.anchor, start: 5000, end: 5010 } }
    )
    tables.notes = tables.notes.map((n) => ({ ...n, articleId: 'gone' }))
    tables.actors = []
    const file = fileOf(tables)
    const repaired = repairIntegrity(file, checkIntegrity(file.tables))
    expect(repaired.tables.annotations.map((a) => a.id)).not.toContain('orphan')
    expect(repaired.tables.annotations.find((a) => a.id === 'far')!.anchor).toMatchObject({
      start: -1,
      end: -1,
      status: 'orphaned',
      score: 0
    })
    expect(repaired.tables.notes.every((n) => n.articleId === null)).toBe(true)
    for (const event of repaired.tables.events)
      for (const actor of [event.actor1, event.actor2, event.assocActor1, event.assocActor2])
        expect(actor?.actorId ?? null).toBeNull()
    expect(repaired.counts.annotations).toBe(repaired.tables.annotations.length)
    expect(repaired.counts.annotations).toBe(file.tables.annotations.length - 1)
    // What was fine is untouched.
    expect(repaired.tables.articles).toEqual(file.tables.articles)
  })

  it('an article left out takes its highlights, events and revisions with it; its notes stay', () => {
    const tables = sampleBackupTables()
    tables.articles[0] = {
      ...tables.articles[0]!,
      blocks: [{ kind: 'paragraph', text: 'x'.repeat(MAX_ARTICLE_TEXT_CHARS + 1) }]
    }
    const file = fileOf(tables)
    const repaired = repairIntegrity(file, checkIntegrity(file.tables))
    expect(repaired.tables.articles.map((a) => a.id)).toEqual(['art-2'])
    expect(repaired.tables.annotations.filter((a) => a.articleId === 'art-1')).toEqual([])
    expect(repaired.tables.events.filter((e) => e.articleId === 'art-1')).toEqual([])
    expect(repaired.tables.articleRevisions).toEqual([])
    expect(repaired.tables.notes).toHaveLength(file.tables.notes.length)
  })

  it('a repaired backup has no problems left, whatever was broken (property)', () => {
    const brokenAnnotation = fc.record({
      articleId: fc.constantFrom('art-1', 'art-2', 'gone'),
      start: fc.integer({ min: -5, max: 400 }),
      length: fc.integer({ min: -20, max: 400 }),
      status: fc.constantFrom('exact', 'drifted', 'orphaned')
    })
    fc.assert(
      fc.property(
        fc.array(brokenAnnotation, { maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom('art-1', 'art-2', 'gone', null),
        (annotations, dropActors, noteArticle) => {
          const tables = sampleBackupTables()
          const base = tables.annotations[0]!
          annotations.forEach((a, i) =>
            tables.annotations.push({
              ...base,
              id: `gen-${i}`,
              articleId: a.articleId,
              anchor: {
                ...base.anchor,
                start: a.start,
                end: a.start + a.length,
                status: a.status as 'exact'
              }
            })
          )
          if (dropActors) tables.actors = []
          tables.notes = tables.notes.map((n) => ({ ...n, articleId: noteArticle }))
          const file = fileOf(tables)
          const repaired = repairIntegrity(file, checkIntegrity(file.tables))
          expect(checkIntegrity(repaired.tables)).toEqual([])
          // Nothing but the listed records is left out.
          const left = checkIntegrity(file.tables).filter((p) => p.repair === 'leave-out').length
          const before = Object.values(file.counts).reduce((a, b) => a + b, 0)
          const after = Object.values(repaired.counts).reduce((a, b) => a + b, 0)
          expect(before - after).toBe(left)
        }
      ),
      { numRuns: 200 }
    )
  })
})

describe('describeIntegrityProblems', () => {
  it('lists the first five problems and counts the rest', () => {
    const tables = sampleBackupTables()
    const ann = tables.annotations[0]!
    for (let i = 0; i < 7; i++) tables.annotations.push({ ...ann, id: `o${i}`, articleId: 'gone' })
    const text = describeIntegrityProblems(checkIntegrity(tables))
    expect(text).toMatch(
      /^This backup holds 7 records the workbench cannot restore as they are — highlight “The strikes/
    )
    expect(text.match(/its article “gone” is not in the backup/g)).toHaveLength(5)
    expect(text).toMatch(/; and 2 more\. Nothing was changed\.$/)
  })
})
