import type { EventActor, EventRecord, InterCode } from '../../shared/model/event'

/**
 * The actor graph of a set of events.
 *
 * Nodes are actors. Two mentions are the same actor when they carry the same `actorId`; a mention
 * without an id is matched by its name, case- and space-insensitively, and joins the registry
 * actor whose mentions carry that same name (when exactly one registry actor does).
 *
 * Edges:
 * - `main`: one edge per pair of actors that are actor 1 and actor 2 of at least one event,
 *   undirected (ACLED: actor 1 and 2 do not say who attacked whom), so parallel events between
 *   the same pair, in either order, are merged into one edge listing all their ids. When both
 *   main actors are the same actor (e.g. a clash inside one group), the edge is a loop.
 * - `associated`: from an associated actor to the main actor it is associated with
 *   (assocActor1 → actor1, assocActor2 → actor2), drawn dashed; merged per pair the same way.
 *
 * Events with a single main actor (a protest, a strike with an unnamed target) have no
 * counterpart: they are NOT drawn as an edge to a synthetic "no counterpart" node (one such node
 * would become a hub joining every protest and pull the layout into a star) but listed on the
 * actor's node as `soloEventIds`, which a chart draws as a badge and a list offers as its own
 * entry. When an event has no actor 1 and no actor 2 but an associated actor, the associated
 * actor stands in for the missing main actor. Events with no actor at all are only counted.
 */
export interface ActorNode {
  /** `actor:<actorId>` or `name:<normalised name>`; never equal to an edge id. */
  id: string
  /** The spelling used most often (the first one seen on a tie). */
  label: string
  /** The category used most often among the mentions that have one (lowest code on a tie). */
  inter: InterCode | null
  /** Distinct events the actor takes part in, in any role. */
  eventCount: number
  eventIds: string[]
  /** Events where this actor is the only main actor: no counterpart. */
  soloEventIds: string[]
}

export interface ActorEdge {
  /** `main:<a>|<b>` or `assoc:<assoc>|<main>`; never equal to a node id. */
  id: string
  source: string
  target: string
  kind: 'main' | 'associated'
  /** Every event the edge stands for, in input order: what clicking the edge lists. */
  eventIds: string[]
  /** `Source — Target`, with ` (associated)` for an associated edge. */
  label: string
}

export interface ActorGraph {
  /** Most events first, then by label. */
  nodes: ActorNode[]
  /** Most events first, then by label. */
  edges: ActorEdge[]
  /** Events with no actor at all, not drawn. */
  noActorIds: string[]
}

export interface ActorGraphLabels {
  associated: string
}

const DEFAULT_LABELS: ActorGraphLabels = { associated: 'associated' }

/** Case- and space-insensitive form of a name, used to match mentions without an actorId. */
export function normaliseActorName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en')
}

interface NodeDraft {
  id: string
  spellings: Map<string, number>
  inters: Map<InterCode, number>
  eventIds: Set<string>
  soloEventIds: Set<string>
}

interface EdgeDraft {
  id: string
  source: string
  target: string
  kind: 'main' | 'associated'
  eventIds: Set<string>
}

const usable = (a: EventActor | null | undefined): a is EventActor =>
  a != null && (Boolean(a.actorId) || a.name.trim() !== '')

function mostUsed<K>(counts: Map<K, number>, tieBreak?: (a: K, b: K) => number): K | null {
  let best: K | null = null
  let bestCount = 0
  for (const [key, count] of counts) {
    if (
      count > bestCount ||
      (count === bestCount && best !== null && tieBreak && tieBreak(key, best) < 0)
    ) {
      best = key
      bestCount = count
    }
  }
  return best
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Builds the actor graph: actors as nodes, events as edges between actors 1 and 2. */
export function actorGraph(
  events: readonly EventRecord[],
  labels: Partial<ActorGraphLabels> = {}
): ActorGraph {
  const words = { ...DEFAULT_LABELS, ...labels }

  // The same few hundred names recur across thousands of mentions: normalise each once.
  const normalised = new Map<string, string>()
  const normal = (name: string): string => {
    let n = normalised.get(name)
    if (n === undefined) {
      n = normaliseActorName(name)
      normalised.set(name, n)
    }
    return n
  }
  // A name used by exactly one registry actor resolves to that actor when a mention has no id.
  const idsByName = new Map<string, Set<string>>()
  for (const event of events) {
    for (const a of [event.actor1, event.assocActor1, event.actor2, event.assocActor2]) {
      if (!a?.actorId) continue
      const key = normal(a.name)
      if (key === '') continue
      const set = idsByName.get(key) ?? new Set<string>()
      set.add(a.actorId)
      idsByName.set(key, set)
    }
  }
  const nodeKey = (a: EventActor): string => {
    if (a.actorId) return `actor:${a.actorId}`
    const name = normal(a.name)
    const ids = idsByName.get(name)
    if (ids?.size === 1) return `actor:${[...ids][0]}`
    return `name:${name}`
  }

  const nodes = new Map<string, NodeDraft>()
  const edges = new Map<string, EdgeDraft>()
  const noActorIds: string[] = []

  const touch = (a: EventActor, eventId: string): NodeDraft => {
    const id = nodeKey(a)
    let node = nodes.get(id)
    if (!node) {
      node = {
        id,
        spellings: new Map(),
        inters: new Map(),
        eventIds: new Set(),
        soloEventIds: new Set()
      }
      nodes.set(id, node)
    }
    const spelling = a.name.trim() || a.actorId || id
    node.spellings.set(spelling, (node.spellings.get(spelling) ?? 0) + 1)
    if (a.inter !== null && a.inter !== undefined)
      node.inters.set(a.inter, (node.inters.get(a.inter) ?? 0) + 1)
    node.eventIds.add(eventId)
    return node
  }
  const link = (
    key: string,
    source: string,
    target: string,
    kind: EdgeDraft['kind'],
    eventId: string
  ): void => {
    let edge = edges.get(key)
    if (!edge) {
      edge = { id: key, source, target, kind, eventIds: new Set() }
      edges.set(key, edge)
    }
    edge.eventIds.add(eventId)
  }

  for (const event of events) {
    let main1 = usable(event.actor1) ? event.actor1 : null
    let assoc1 = usable(event.assocActor1) ? event.assocActor1 : null
    let main2 = usable(event.actor2) ? event.actor2 : null
    let assoc2 = usable(event.assocActor2) ? event.assocActor2 : null
    if (!main1 && !main2) {
      // Only associated actors were coded: let them stand in for the missing main actors.
      main1 = assoc1
      assoc1 = null
      main2 = assoc2
      assoc2 = null
    }
    if (!main1 && !main2) {
      noActorIds.push(event.id)
      continue
    }
    const n1 = main1 ? touch(main1, event.id) : null
    const n2 = main2 ? touch(main2, event.id) : null
    if (n1 && n2) {
      const [lo, hi] = n1.id <= n2.id ? [n1.id, n2.id] : [n2.id, n1.id]
      link(`main:${lo}|${hi}`, n1.id, n2.id, 'main', event.id)
    } else {
      const only = (n1 ?? n2) as NodeDraft
      only.soloEventIds.add(event.id)
    }
    for (const [assoc, main] of [
      [assoc1, n1 ?? n2],
      [assoc2, n2 ?? n1]
    ] as const) {
      if (!assoc || !main) continue
      const a = touch(assoc, event.id)
      if (a.id === main.id) continue
      link(`assoc:${a.id}|${main.id}`, a.id, main.id, 'associated', event.id)
    }
  }

  const labelOf = new Map<string, string>()
  const nodeList: ActorNode[] = [...nodes.values()].map((n) => {
    const label = mostUsed(n.spellings) ?? n.id
    labelOf.set(n.id, label)
    return {
      id: n.id,
      label,
      inter: mostUsed(n.inters, (a, b) => a - b),
      eventCount: n.eventIds.size,
      eventIds: [...n.eventIds],
      soloEventIds: [...n.soloEventIds]
    }
  })
  nodeList.sort((a, b) => b.eventCount - a.eventCount || compare(a.label, b.label))

  const edgeList: ActorEdge[] = [...edges.values()].map((e) => {
    const pair = `${labelOf.get(e.source) ?? e.source} — ${labelOf.get(e.target) ?? e.target}`
    return {
      id: e.id,
      source: e.source,
      target: e.target,
      kind: e.kind,
      eventIds: [...e.eventIds],
      label: e.kind === 'associated' ? `${pair} (${words.associated})` : pair
    }
  })
  edgeList.sort(
    (a, b) =>
      b.eventIds.length - a.eventIds.length || compare(a.label, b.label) || compare(a.id, b.id)
  )
  return { nodes: nodeList, edges: edgeList, noActorIds }
}
