/**
 * The columns of ACLED's public data export, in ACLED's order (the layout since the March 2023
 * column changes: event_id_no_cnty, data_id and iso3 removed; disorder_type, civilian_targeting and
 * tags added). The names are ACLED's, so scripts written for ACLED files read ours unchanged.
 */
export const ACLED_CSV_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp'
] as const

export type AcledColumn = (typeof ACLED_CSV_COLUMNS)[number]

/** The columns that hold numbers; every other column is text (see the formula guard in the CSV). */
export const ACLED_NUMERIC_COLUMNS: ReadonlySet<AcledColumn> = new Set<AcledColumn>([
  'year',
  'time_precision',
  'inter1',
  'inter2',
  'interaction',
  'iso',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'timestamp'
])
