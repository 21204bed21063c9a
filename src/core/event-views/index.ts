export {
  timelineItems,
  DEFAULT_TIMELINE_LABELS,
  type TimelineItem,
  type TimelineItemsResult,
  type TimelineLabels
} from './timeline-items'
export {
  actorGraph,
  normaliseActorName,
  type ActorEdge,
  type ActorGraph,
  type ActorGraphLabels,
  type ActorNode
} from './actor-graph'
export { INTER_CODES, INTER_LABELS } from './inter-labels'
