// Event coding after the ACLED codebook (see the "Events" section of docs/domain.md): codebook
// tables, validation of stored records, coding checks, splitting. Pure: no DOM, no Node APIs.
export {
  ACLED_EVENT_TYPES,
  ACTOR_CATEGORIES,
  EVENT_TYPE_NAMES,
  INTER_CODES,
  describeSubTypeMismatch,
  disorderType,
  interaction,
  isEventType,
  isInterCode,
  isSubTypeOf,
  subTypesOf,
  typeOfSubType,
  type AcledSubEventType,
  type DisorderType
} from './acled-codebook'
export type { CodingIssue, CodingIssueCode } from './coding-issue'
export {
  checkEvent,
  checkHistoricalDate,
  checkInterCodes,
  checkRequiredFields,
  checkSubTypeOfType,
  type CheckEventOptions
} from './coding-checks'
export {
  checkCountryBounds,
  insideBounds,
  type CountryBounds,
  type CountryBoundsLookup
} from './country-bounds-check'
export {
  assessDuplicate,
  checkLikelyDuplicates,
  distanceKm,
  isLikelyDuplicate,
  NEARBY_KM,
  type DuplicateAssessment
} from './duplicate-check'
export { emptyEvent } from './empty-event'
export { datePeriod, formatEventDate, isRealDate, isoDateOf, periodsOverlap } from './event-date'
export { EVENT_FIELD_LABELS, EVENT_FIELDS } from './event-field-labels'
export {
  CITING_FIELDS,
  CONTEXT_OPTIONS,
  EVENT_FIELD_TABLE,
  EVENT_RECORD_KEYS,
  EVENT_TYPE_OPTIONS,
  GEO_PRECISION_OPTIONS,
  TIME_PRECISION_OPTIONS,
  optionsOf,
  type EventFieldSpec,
  type EventFieldTable,
  type FieldOption
} from './event-fields'
export {
  actorRecordSchema,
  eventRecordSchema,
  validateActorRecord,
  validateEventRecord,
  type ValidationProblem,
  type ValidationResult
} from './event-schema'
export {
  citationHolds,
  citationKey,
  editEvent,
  hasCitableValue,
  stampEvidence,
  validEvidence,
  withCitation
} from './valid-evidence'
export { ontologyCodeOf } from './ontology-code-of'
export { checkFatalitiesReuse } from './fatalities-reuse-check'
export { foldName } from './fold-name'
export {
  defaultPicks,
  MERGE_FIELDS,
  mergeEvents,
  sameMergeValue,
  type EventMerge,
  type MergeFieldKey,
  type MergePicks
} from './merge-events'
export { findRegistryActor, registerEventActors, type ActorRegistration } from './register-actors'
export {
  splitEvent,
  splitProposal,
  type PassageMentions,
  type SplitOptions,
  type SplitPart,
  type SplitProposal
} from './split-event'
