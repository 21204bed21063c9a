import type { EventRecord } from '../../../src/shared/model/event'
import { countryInfo } from '../../../src/core/export/data/country-info'
import { stixId, stixTimes } from './stix-ids'
import { withoutEmpty, type StixObject } from './stix-object'

/** The STIX locations of a set of events and the way from an event to its location's id. */
export interface StixLocations {
  objects: StixObject[]
  refOf(event: EventRecord): string | null
}

const placeKey = (e: EventRecord): string =>
  [e.countryCode.toUpperCase(), e.admin1, e.location, e.latitude ?? '', e.longitude ?? ''].join('|')

/**
 * One `location` per distinct place (country, admin1, location, coordinates), shared by the
 * events that happened there. STIX requires region, country or latitude+longitude: an event with
 * none of them gets no location object rather than an invalid one.
 */
export function stixLocations(
  events: readonly EventRecord[],
  createdByRef: string,
  now: string
): StixLocations {
  const places = new Map<string, { first: EventRecord; createdAt: string; updatedAt: string }>()
  for (const e of events) {
    const key = placeKey(e)
    const place = places.get(key)
    if (!place) places.set(key, { first: e, createdAt: e.createdAt, updatedAt: e.updatedAt })
    else {
      if (e.createdAt < place.createdAt) place.createdAt = e.createdAt
      if (e.updatedAt > place.updatedAt) place.updatedAt = e.updatedAt
    }
  }
  const refs = new Map<string, string>()
  const objects: StixObject[] = []
  for (const [key, place] of [...places].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const e = place.first
    const country = e.countryCode ? countryInfo(e.countryCode) : null
    const hasPoint = e.latitude !== null && e.longitude !== null
    if (!country && !hasPoint) continue
    const id = stixId('location', key)
    refs.set(key, id)
    objects.push(
      withoutEmpty({
        type: 'location',
        spec_version: '2.1' as const,
        id,
        ...stixTimes(place.createdAt, place.updatedAt, now),
        created_by_ref: createdByRef,
        name: e.location || e.admin1 || country?.name || '',
        latitude: hasPoint ? e.latitude : undefined,
        longitude: hasPoint ? e.longitude : undefined,
        region: country?.stixRegion,
        country: country?.alpha2,
        administrative_area: e.admin1
      })
    )
  }
  return { objects, refOf: (e) => refs.get(placeKey(e)) ?? null }
}
