// Record exporters (see the "Exchange formats" section of docs/domain.md): annotations as W3C Web
// Annotation JSON-LD, events as ACLED-style CSV, a STIX 2.1 bundle and the workbench's own JSON.
// Each is (data, ctx) => string; pure and deterministic for the same data and context.
export { ACLED_CSV_COLUMNS, type AcledColumn } from './acled-csv-columns'
export { annotationIri, annotationsToJsonLd, W3C_ANNO_CONTEXT } from './annotations-to-jsonld'
export { eventsToAcledCsv } from './events-to-acled-csv'
export { eventsToAcledXlsx } from './events-to-acled-xlsx'
export { EVENTS_JSON_FORMAT, EVENTS_JSON_VERSION, eventsToJson } from './events-to-json'
export { eventsToStixBundle } from './events-to-stix-bundle'
export { eventsToMispEvent } from './events-to-misp-event'
export { ADMIRALTY_CREDIBILITY_TO_STIX } from './stix-confidence'
export { ACLED_EVENT_EXTENSION_ID } from './stix-acled-event'
export { WORKBENCH_UUID_NAMESPACE } from './workbench-uuid'
