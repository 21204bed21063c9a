import { useCallback, useDeferredValue, useId, useMemo, useRef, type ReactNode } from 'react'
import type { EventRecord, InterCode } from '@shared/model/event'
import { actorGraph } from '@core/event-views/actor-graph'
import { INTER_CODES, INTER_LABELS } from '@core/event-views/inter-labels'
import { RovingButtonList, type ButtonListEntry } from '../timeline/RovingButtonList'
import { ViewToolbar } from '../timeline/ViewToolbar'
import { useListPanel } from '../timeline/useListPanel'
import { useActorCytoscape } from './useActorCytoscape'
import { useThemeColours } from './useThemeColours'
import '../timeline/event-lists.css'
import './actor-chart.css'
import { countNoun } from '@core/text/count-noun'

export interface ActorChartProps {
  events: EventRecord[]
  /** Called with the events an edge stands for (tap on the edge, or its button in the list). */
  onSelectEdge: (eventIds: string[]) => void
  /**
   * Called with the actor's name when an actor is tapped or chosen in the list. Without it, tapping
   * an actor calls `onSelectEdge` with all of that actor's events.
   */
  onSelectNode?: (actorName: string) => void
}

const NO_EVENTS: EventRecord[] = []

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/**
 * Who acted with or against whom (cytoscape, cose layout): actors as nodes coloured by ACLED
 * category, one line per pair of actors with a width that grows with its number of events
 * (dashed for an associated actor), a double ring on actors with events that have no
 * counterpart. The drawing is hidden from assistive technology; the "List" toggle opens the same
 * links and actors as lists of buttons over the chart ("A — B: 3 events"), so keyboard and
 * screen-reader users can do what a tap does. The lists are built when first opened, then kept.
 */
export function ActorChart({ events, onSelectEdge, onSelectNode }: ActorChartProps): ReactNode {
  const containerRef = useRef<HTMLDivElement>(null)
  const {
    open: listOpen,
    mounted: listMounted,
    toggle: toggleList,
    close: closeList,
    toggleRef,
    panelRef
  } = useListPanel()
  const listId = useId()
  // Mapping thousands of events is done in a background render, after the pane has appeared.
  const deferredEvents = useDeferredValue(events, NO_EVENTS)
  const graph = useMemo(() => actorGraph(deferredEvents), [deferredEvents])
  const colours = useThemeColours()
  const { layingOut, layout, fit } = useActorCytoscape(
    containerRef,
    graph,
    colours,
    onSelectEdge,
    onSelectNode
  )

  const present = useMemo(() => {
    const codes = new Set<InterCode | null>(graph.nodes.map((n) => n.inter))
    return { codes: INTER_CODES.filter((c) => codes.has(c)), unknown: codes.has(null) }
  }, [graph])

  const linkEntries = useMemo<ButtonListEntry[]>(() => {
    const links = graph.edges.map((e) => ({
      key: e.id,
      label: `${e.label}: ${plural(e.eventIds.length, 'event', 'events')}`
    }))
    const solos = graph.nodes
      .filter((n) => n.soloEventIds.length > 0)
      .map((n) => ({
        key: `solo:${n.id}`,
        label: `${n.label}, no counterpart: ${plural(n.soloEventIds.length, 'event', 'events')}`
      }))
    return [...links, ...solos]
  }, [graph])
  const actorEntries = useMemo<ButtonListEntry[]>(
    () =>
      graph.nodes.map((n) => ({
        key: n.id,
        label: `${n.label} (${n.inter ? INTER_LABELS[n.inter] : 'category unknown'}): ${plural(n.eventCount, 'event', 'events')}`
      })),
    [graph]
  )

  const activateLink = useCallback(
    (key: string): void => {
      if (key.startsWith('solo:')) {
        const node = graph.nodes.find((n) => `solo:${n.id}` === key)
        if (node) onSelectEdge(node.soloEventIds)
        return
      }
      const edge = graph.edges.find((e) => e.id === key)
      if (edge) onSelectEdge(edge.eventIds)
    },
    [graph, onSelectEdge]
  )
  const activateActor = useCallback(
    (key: string): void => {
      const node = graph.nodes.find((n) => n.id === key)
      if (!node) return
      if (onSelectNode) onSelectNode(node.label)
      else onSelectEdge(node.eventIds)
    },
    [graph, onSelectEdge, onSelectNode]
  )

  const links = graph.edges.length
  return (
    <div className="ac-chart">
      <ViewToolbar
        status={
          deferredEvents !== events
            ? `Reading the actors of ${countNoun(events.length, 'event')}…`
            : `${plural(graph.nodes.length, 'actor', 'actors')}, ${plural(links, 'link', 'links')}${
                graph.noActorIds.length > 0
                  ? ` · ${plural(graph.noActorIds.length, 'event', 'events')} without an actor, not shown`
                  : ''
              }`
        }
        onFit={fit}
        listOpen={listOpen}
        listId={listId}
        toggleRef={toggleRef}
        onToggleList={toggleList}
      />
      <ul className="ac-legend" aria-label="Key">
        {present.codes.map((code) => (
          <li key={code}>
            <span className={`ac-swatch ac-swatch-${code}`} aria-hidden="true" />
            {INTER_LABELS[code]}
          </li>
        ))}
        {present.unknown ? (
          <li>
            <span className="ac-swatch" aria-hidden="true" />
            Category unknown
          </li>
        ) : null}
        <li>
          <span className="ac-swatch ac-swatch-line ac-swatch-dashed" aria-hidden="true" />
          associated actor
        </li>
        <li>
          <span className="ac-swatch ac-swatch-ring" aria-hidden="true" />
          (+n) events with no counterpart
        </li>
        <li>thicker line: more events</li>
      </ul>
      <div className="ac-canvas-wrap" data-layout={layout ?? undefined}>
        <div ref={containerRef} className="ac-canvas" aria-hidden="true" />
        {layingOut ? (
          <p className="ac-status">Arranging {countNoun(graph.nodes.length, 'actor')}…</p>
        ) : null}
        {listMounted ? (
          <div id={listId} ref={panelRef} className="ev-list-panel" hidden={!listOpen}>
            <p className="ev-list-hint">
              Arrow keys move within a list, Enter lists the events, Escape closes.
            </p>
            <h3 className="ev-list-heading">Links between actors</h3>
            <RovingButtonList
              entries={linkEntries}
              onActivate={activateLink}
              label="Links between actors"
              emptyText="No actors coded yet."
              onEscape={closeList}
            />
            <h3 className="ev-list-heading">Actors</h3>
            <RovingButtonList
              entries={actorEntries}
              onActivate={activateActor}
              label="Actors"
              emptyText="No actors coded yet."
              onEscape={closeList}
            />
          </div>
        ) : null}
      </div>
    </div>
  )
}
