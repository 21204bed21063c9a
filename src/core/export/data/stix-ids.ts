import { derivedUuid } from './derived-uuid'

/**
 * `<type>--<uuid>` for a record: a UUIDv4-shaped id derived from the type and a key naming the
 * record (also the MISP export's uuids). STIX 2.1 §2.9 says SDO ids SHOULD be UUIDv4 (validators
 * warn on anything else), and a re-export must update the objects a platform already holds
 * instead of duplicating them, so the id must also be stable. A v4 UUID is 122 random bits plus
 * the version and variant bits; here the 122 bits come from a hash of the key (`derivedUuid`), so
 * the id cannot be told from a random v4 and nothing needs storing on the record (old records and
 * imported backups get ids too).
 */
export function stixId(type: string, key: string): string {
  return `${type}--${derivedUuid(`${type}:${key}`)}`
}

/**
 * An RFC 3339 UTC timestamp with milliseconds, as STIX wants for created/modified; `fallback` when
 * `iso` cannot be read (a record with a broken date must not make an invalid bundle).
 */
export function stixTime(iso: string, fallback: string): string {
  const key = `${iso}|${fallback}`
  const known = times.get(key)
  if (known !== undefined) return known
  const ms = Date.parse(iso)
  const time = new Date(Number.isNaN(ms) ? Date.parse(fallback) : ms).toISOString()
  // A record's two dates are read for its report, notes and relationships: parse them once.
  if (times.size > 20_000) times.clear()
  times.set(key, time)
  return time
}
const times = new Map<string, string>()

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
