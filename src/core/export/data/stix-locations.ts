import type { EventRecord } from '../../../shared/model/event'
import { countryInfo, type CountryInfo } from './country-info'
import { stixId, stixTimes } from './stix-ids'
import { WORKBENCH_OBJECTS_CREATED, withoutEmpty, type StixObject } from './stix-object'

/** The STIX locations of a set of events and the way from an event to its location ids. */
export interface StixLocations {
  /** Locations, then the `located-at` relationships of each place to its country. */
  objects: StixObject[]
  /** The most precise location of the event (its place, else its country), or null. */
  refOf(event: EventRecord): string | null
  /** The event's country, or null. */
  countryRefOf(event: EventRecord): string | null
  /** The event's place and, when different, its country: what a report on it contains. */
  refsOf(event: EventRecord): string[]
}

const placeKey = (e: EventRecord): string =>
  [e.countryCode.toUpperCase(), e.admin1, e.location, e.latitude ?? '', e.longitude ?? ''].join('|')

/**
 * OpenCTI types a location by `x_opencti_location_type` (without it, a town with a `country`
 * becomes a Country entity named after the town); MISP makes a location with `city` or
 * coordinates a geolocation object and any other a country or region galaxy cluster.
 */
type LocationKind = 'City' | 'Administrative-Area' | 'Position' | 'Country'

/**
 * One `location` per country (a Country) and one per distinct place inside it: a City when the
 * event names a location (with `city`, coordinates and admin1), an Administrative-Area when only
 * admin1 is coded, a Position when only coordinates are. Each place is `located-at` its country,
 * as OpenCTI links City to Country. Places and countries stand for no record of ours, so `created`
 * is the workbench's fixed date (STIX forbids it to change for an id); `modified` follows the
 * latest event seen there.
 */
export function stixLocations(
  events: readonly EventRecord[],
  createdByRef: string,
  now: string
): StixLocations {
  const places = new Map<string, { first: EventRecord; updatedAt: string }>()
  const countries = new Map<string, { info: CountryInfo; updatedAt: string }>()
  for (const e of events) {
    const info = e.countryCode ? countryInfo(e.countryCode) : null
    if (info) {
      const c = countries.get(info.alpha2)
      if (!c) countries.set(info.alpha2, { info, updatedAt: e.updatedAt })
      else if (e.updatedAt > c.updatedAt) c.updatedAt = e.updatedAt
    }
    if (!e.location && !e.admin1 && (e.latitude === null || e.longitude === null)) continue
    const key = placeKey(e)
    const place = places.get(key)
    if (!place) places.set(key, { first: e, updatedAt: e.updatedAt })
    else if (e.updatedAt > place.updatedAt) place.updatedAt = e.updatedAt
  }
  const common = (type: string, key: string, updatedAt: string) => ({
    type,
    spec_version: '2.1' as const,
    id: stixId(type, key),
    ...stixTimes(WORKBENCH_OBJECTS_CREATED, updatedAt, now),
    created_by_ref: createdByRef
  })
  const countryIds = new Map<string, string>()
  const objects: StixObject[] = []
  for (const [alpha2, { info, updatedAt }] of [...countries].sort(byKey)) {
    const location = withoutEmpty({
      ...common('location', `country:${alpha2}`, updatedAt),
      name: info.name,
      region: info.stixRegion,
      country: alpha2,
      x_opencti_location_type: 'Country' satisfies LocationKind
    })
    countryIds.set(alpha2, location.id)
    objects.push(location)
  }
  const placeIds = new Map<string, string>()
  const links: StixObject[] = []
  for (const [key, { first: e, updatedAt }] of [...places].sort(byKey)) {
    const info = e.countryCode ? countryInfo(e.countryCode) : null
    const hasPoint = e.latitude !== null && e.longitude !== null
    // STIX requires region, country or latitude+longitude.
    if (!info && !hasPoint) continue
    const kind: LocationKind = e.location ? 'City' : e.admin1 ? 'Administrative-Area' : 'Position'
    const location = withoutEmpty({
      ...common('location', key, updatedAt),
      name: e.location || e.admin1 || `${e.latitude}, ${e.longitude}`,
      latitude: hasPoint ? e.latitude : undefined,
      longitude: hasPoint ? e.longitude : undefined,
      region: info?.stixRegion,
      country: info?.alpha2,
      administrative_area: e.admin1,
      city: kind === 'City' ? e.location : undefined,
      x_opencti_location_type: kind
    })
    placeIds.set(key, location.id)
    objects.push(location)
    const countryId = info ? countryIds.get(info.alpha2) : undefined
    if (countryId) {
      links.push({
        ...common('relationship', `${key}|located-at`, updatedAt),
        relationship_type: 'located-at',
        source_ref: location.id,
        target_ref: countryId,
        description: `${String(location['name'])} is in ${info?.name ?? 'its country'}.`
      })
    }
  }
  const countryOf = (e: EventRecord): string | null => {
    const info = e.countryCode ? countryInfo(e.countryCode) : null
    return info ? (countryIds.get(info.alpha2) ?? null) : null
  }
  return {
    objects: [...objects, ...links],
    refOf: (e) => placeIds.get(placeKey(e)) ?? countryOf(e),
    countryRefOf: countryOf,
    refsOf: (e) =>
      [placeIds.get(placeKey(e)), countryOf(e)].filter(
        (id): id is string => id !== undefined && id !== null
      )
  }
}

function byKey<T>([a]: [string, T], [b]: [string, T]): number {
  return a < b ? -1 : a > b ? 1 : 0
}
