// Coordinates against a rough country bounding box. The workbench ships no boundary data, so the
// caller supplies the boxes (or nothing, and the check is skipped).
import type { EventRecord } from '../../shared/model/event'
import type { CodingIssue } from './coding-issue'

/**
 * A rough box in degrees. `west` greater than `east` means the box crosses the 180° meridian
 * (Fiji, Russia's far east), so longitudes from `west` up to 180 and from −180 up to `east` fit.
 */
export interface CountryBounds {
  south: number
  west: number
  north: number
  east: number
}

/** Looks up a country's box by ISO alpha-3 code; null when there is no data for it. */
export type CountryBoundsLookup = (countryCode: string) => CountryBounds | null

/** True when the point lies in the box, edges included. */
export function insideBounds(latitude: number, longitude: number, box: CountryBounds): boolean {
  if (latitude < box.south || latitude > box.north) return false
  return box.west <= box.east
    ? longitude >= box.west && longitude <= box.east
    : longitude >= box.west || longitude <= box.east
}

/** A warning when the event's coordinates fall outside its country's box; nothing without data. */
export function checkCountryBounds(
  event: EventRecord,
  lookup: CountryBoundsLookup | undefined
): CodingIssue[] {
  const { latitude, longitude, countryCode } = event
  if (lookup === undefined || latitude === null || longitude === null || countryCode === '') {
    return []
  }
  const box = lookup(countryCode)
  if (box === null || insideBounds(latitude, longitude, box)) return []
  // Swapped latitude and longitude is the commonest slip when pasting coordinates.
  const swapped =
    Math.abs(longitude) <= 90 && insideBounds(longitude, latitude, box)
      ? ' They would fit if latitude and longitude were swapped.'
      : ''
  return [
    {
      severity: 'warning',
      field: 'latitude',
      code: 'outside-country-bounds',
      message: `The coordinates (${latitude}, ${longitude}) fall outside ${countryCode}: check the country or the coordinates.${swapped}`
    }
  ]
}
