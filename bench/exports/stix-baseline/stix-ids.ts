import { workbenchUuid } from '../../../src/core/export/data/workbench-uuid'

/** `<type>--<uuidv5>`, the UUID derived from the type and a key naming the record. */
export function stixId(type: string, key: string): string {
  return `${type}--${workbenchUuid(`${type}:${key}`)}`
}

/**
 * An RFC 3339 UTC timestamp with milliseconds, as STIX wants for created/modified; `fallback` when
 * `iso` cannot be read (a record with a broken date must not make an invalid bundle).
 */
export function stixTime(iso: string, fallback: string): string {
  const ms = Date.parse(iso)
  return new Date(Number.isNaN(ms) ? Date.parse(fallback) : ms).toISOString()
}

/** created and modified of a record, with modified never before created. */
export function stixTimes(
  createdAt: string,
  updatedAt: string,
  fallback: string
): { created: string; modified: string } {
  const created = stixTime(createdAt, fallback)
  const modified = stixTime(updatedAt, created)
  return { created, modified: modified < created ? created : modified }
}
