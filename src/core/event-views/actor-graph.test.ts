import { describe, expect, it } from 'vitest'
import { actorGraph, normaliseActorName } from './actor-graph'
import { actor, makeEvent } from './test-events'

describe('actorGraph', () => {
  it('merges parallel events between the same pair, in either order, into one edge', () => {
    const us = actor('US military', 8)
    const kh = actor("Kata'ib Hezbollah", 3)
    const graph = actorGraph([
      makeEvent({ id: 'e1', actor1: us, actor2: kh }),
      makeEvent({ id: 'e2', actor1: kh, actor2: us }),
      makeEvent({ id: 'e3', actor1: { ...us, name: 'us  Military' }, actor2: kh })
    ])
    expect(graph.nodes).toHaveLength(2)
    expect(graph.edges).toHaveLength(1)
    expect(graph.edges[0]).toMatchObject({
      kind: 'main',
      source: 'name:us military',
      target: "name:kata'ib hezbollah",
      eventIds: ['e1', 'e2', 'e3'],
      label: "US military — Kata'ib Hezbollah"
    })
    expect(graph.nodes.map((n) => [n.label, n.inter, n.eventCount])).toEqual([
      ["Kata'ib Hezbollah", 3, 3],
      ['US military', 8, 3]
    ])
  })

  it('identifies actors by actorId first, and name-only mentions join a unique registry actor', () => {
    const graph = actorGraph([
      makeEvent({
        id: 'e1',
        actor1: actor('Military Forces of Iraq', 1, 'q1'),
        actor2: actor('A')
      }),
      makeEvent({ id: 'e2', actor1: actor('Iraqi army', 1, 'q1'), actor2: actor('A') }),
      makeEvent({ id: 'e3', actor1: actor('military forces of iraq', null), actor2: actor('a') })
    ])
    const iraq = graph.nodes.find((n) => n.id === 'actor:q1')
    expect(iraq).toMatchObject({ eventCount: 3, inter: 1, label: 'Military Forces of Iraq' })
    expect(graph.nodes).toHaveLength(2)
    expect(graph.edges).toHaveLength(1)
    expect(graph.edges[0]?.eventIds).toEqual(['e1', 'e2', 'e3'])
  })

  it('links associated actors to their main actor with an associated edge', () => {
    const graph = actorGraph([
      makeEvent({
        id: 'e1',
        actor1: actor('Protesters (Iraq)', 6),
        assocActor1: actor('Students (Iraq)', 6),
        actor2: actor('Police Forces of Iraq', 1),
        assocActor2: actor('Police Forces of Iraq', 1)
      })
    ])
    expect(graph.edges.map((e) => [e.kind, e.source, e.target, e.label])).toEqual([
      [
        'main',
        'name:protesters (iraq)',
        'name:police forces of iraq',
        'Protesters (Iraq) — Police Forces of Iraq'
      ],
      [
        'associated',
        'name:students (iraq)',
        'name:protesters (iraq)',
        'Students (Iraq) — Protesters (Iraq) (associated)'
      ]
    ])
    // The associated actor is the same as its main actor: no loop is drawn for it.
    expect(graph.edges.some((e) => e.source === e.target)).toBe(false)
  })

  it('puts single-actor events on the node as solo events, with no synthetic node', () => {
    const graph = actorGraph([
      makeEvent({ id: 'p1', actor1: actor('Protesters (Iraq)', 6) }),
      makeEvent({ id: 'p2', actor2: actor('protesters (iraq)', 6) }),
      makeEvent({ id: 'x', actor1: actor('Protesters (Iraq)', 6), actor2: actor('Police', 1) })
    ])
    expect(graph.nodes.map((n) => n.label)).toEqual(['Protesters (Iraq)', 'Police'])
    expect(graph.nodes[0]).toMatchObject({ eventCount: 3, soloEventIds: ['p1', 'p2'] })
    expect(graph.edges).toHaveLength(1)
  })

  it('draws a loop when both main actors are the same actor', () => {
    const graph = actorGraph([
      makeEvent({
        id: 'e',
        actor1: actor('Unidentified Armed Group', 3),
        actor2: actor('unidentified armed group', 3)
      })
    ])
    expect(graph.edges).toEqual([
      expect.objectContaining({
        source: graph.nodes[0]?.id,
        target: graph.nodes[0]?.id,
        eventIds: ['e']
      })
    ])
  })

  it('lets associated actors stand in when no main actor was coded, and counts events with none', () => {
    const graph = actorGraph([
      makeEvent({ id: 'a', assocActor1: actor('Students', 6) }),
      makeEvent({ id: 'none', actor1: actor('   ') })
    ])
    expect(graph.nodes).toEqual([
      expect.objectContaining({ label: 'Students', soloEventIds: ['a'] })
    ])
    expect(graph.noActorIds).toEqual(['none'])
  })

  it('picks the most frequent category, and keeps null when none is known', () => {
    const graph = actorGraph([
      makeEvent({ id: '1', actor1: actor('X', 3) }),
      makeEvent({ id: '2', actor1: actor('X', 2) }),
      makeEvent({ id: '3', actor1: actor('X', 2) }),
      makeEvent({ id: '4', actor1: actor('Y', null) })
    ])
    expect(graph.nodes.map((n) => [n.label, n.inter])).toEqual([
      ['X', 2],
      ['Y', null]
    ])
  })

  it('normalises names', () => {
    expect(normaliseActorName('  Kata’ib   HEZBOLLAH ')).toBe('kata’ib hezbollah')
  })
})
