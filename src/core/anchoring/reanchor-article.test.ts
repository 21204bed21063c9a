import { describe as suite, expect, it } from 'vitest'
import { describe } from './describe'
import { reanchorArticle } from './reanchor-article'

const oldText =
  'The strikes killed several militia members. Facilities were destroyed. The groups are believed to have launched a drone attack on a base. Iran aims to protect its interests through them.'

suite('reanchorArticle', () => {
  it('reports exact, drifted and orphaned anchors with old and new text', () => {
    const span = (s: string) => {
      const start = oldText.indexOf(s)
      return describe(oldText, start, start + s.length)
    }
    const items = [
      { id: 'same', selectors: span('The strikes killed several militia members.') },
      {
        id: 'edited',
        selectors: span('The groups are believed to have launched a drone attack on a base.')
      },
      { id: 'gone', selectors: span('Iran aims to protect its interests through them.') }
    ]
    const newText =
      'Intro added. The strikes killed several militia members. Facilities were destroyed. The groups are thought to have launched a drone attack on a base.'
    const { outcomes } = reanchorArticle(newText, items)
    const byId = Object.fromEntries(outcomes.map((o) => [o.id, o]))
    expect(byId.same).toMatchObject({
      status: 'exact',
      newText: 'The strikes killed several militia members.'
    })
    expect(byId.edited?.status).toBe('drifted')
    expect(byId.edited?.newText).toContain('thought to have launched a drone attack')
    expect(byId.gone).toMatchObject({
      status: 'orphaned',
      newText: '',
      oldText: 'Iran aims to protect its interests through them.'
    })
  })
})
