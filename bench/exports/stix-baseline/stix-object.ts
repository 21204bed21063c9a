/** A STIX 2.1 object as the bundle writer builds it: the common properties plus any others. */
export interface StixObject {
  type: string
  spec_version: '2.1'
  id: string
  created: string
  modified: string
  [property: string]: unknown
}

/**
 * created/modified of the objects that stand for the workbench itself (its identity, the event
 * extension definition). Their ids never change, and STIX forbids changing `created` between
 * versions of one object, so they carry this fixed date (the project's start), not the export time.
 */
export const WORKBENCH_OBJECTS_CREATED = '2026-11-25T00:00:00.000Z'

/** The object minus properties that are undefined, null, '' or [] (STIX forbids empty values). */
export function withoutEmpty<T extends Record<string, unknown>>(object: T): T {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value) && value.length === 0) continue
    out[key] = value
  }
  return out as T
}
