export {
  RECORD_UPGRADES,
  RECORD_VERSION,
  TABLE_ADDED_IN,
  needsUpgrade,
  upgradeAnnotation,
  upgradeEvent,
  upgradeNote,
  upgradeRecord,
  upgradeStep,
  type RecordTable
} from './record-upgrades'
export type { RecordUpgrade, StoredRecord } from './stored-record'
export { V2_ANNOTATION_DEFAULTS } from './v002-annotation-fields'
export { V3_NOTE_DEFAULTS } from './v003-note-schema-version'
