import { describe, expect, it } from 'vitest'
import { exportFixture } from '../fixtures/export-fixture'
import { selectScope } from '../select-scope'
import { briefFileName, slugify } from './brief-file-name'

const CTX = { now: '2026-11-25T23:59:00.000Z', appVersion: '0.1.0' }

describe('briefFileName', () => {
  const all = exportFixture()

  it('names a note after its title and the export day', () => {
    const data = selectScope(all, { kind: 'note', noteId: 'note-bluf' })
    expect(briefFileName(data, CTX, 'md')).toBe('bluf-iraq-2026-11-25.md')
    expect(briefFileName(data, CTX, '.docx')).toBe('bluf-iraq-2026-11-25.docx')
  })

  it('names an article brief after the article, and anything wider "workbench-brief"', () => {
    const article = selectScope(all, { kind: 'article', articleId: 'militia-airstrikes' })
    expect(briefFileName(article, CTX, 'html')).toBe(
      'brief-united-states-carries-out-airstrikes-against-militia-group-2026-11-25.html'
    )
    const wider = { ...all, articles: [...all.articles, { ...all.articles[0]!, id: 'x' }] }
    expect(briefFileName(wider, CTX, 'md')).toBe('workbench-brief-2026-11-25.md')
  })

  it('makes safe slugs', () => {
    expect(slugify('Évaluation: Kharkiv / Izium — “Day 3”')).toBe('evaluation-kharkiv-izium-day-3')
    expect(slugify('../../etc/passwd')).toBe('etc-passwd')
    expect(slugify('<>')).toBe('')
    const note = { ...all.notes[0]!, title: '***' }
    expect(briefFileName({ ...all, notes: [note] }, { ...CTX, now: 'not a date' }, 'md')).toBe(
      'note.md'
    )
  })
})
