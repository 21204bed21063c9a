// Country facts the record exports need, from world-countries (already used by the gazetteer):
// ISO numeric (ACLED's `iso`), alpha-2 (STIX `country`), ACLED's country name and region, and the
// STIX region vocabulary value.
import countries from 'world-countries'

export interface CountryInfo {
  alpha3: string
  alpha2: string
  /** ISO 3166-1 numeric as ACLED writes it (no leading zeros); null where the data has none. */
  numeric: number | null
  /** The name ACLED uses. */
  name: string
  /** ACLED's region; '' where the table below cannot tell. */
  acledRegion: string
  /** STIX 2.1 region-ov value; '' where world-countries' subregion does not match one. */
  stixRegion: string
}

// ACLED spells a few countries differently from world-countries' common names.
const ACLED_NAMES: Record<string, string> = {
  TUR: 'Turkey',
  COD: 'Democratic Republic of Congo',
  COG: 'Republic of Congo',
  CIV: 'Ivory Coast',
  CZE: 'Czech Republic'
}

// ACLED regions by world-countries subregion. World-countries follows the UN M49 groups loosely;
// ACLED's regions differ from them in the Middle East and the Caucasus, fixed per country below.
const ACLED_REGION_BY_SUBREGION: Record<string, string> = {
  'Northern Africa': 'Northern Africa',
  'Western Africa': 'Western Africa',
  'Middle Africa': 'Middle Africa',
  'Eastern Africa': 'Eastern Africa',
  'Southern Africa': 'Southern Africa',
  'Western Asia': 'Middle East',
  'Central Asia': 'Caucasus and Central Asia',
  'Southern Asia': 'South Asia',
  'South-Eastern Asia': 'Southeast Asia',
  'Eastern Asia': 'East Asia',
  'Northern Europe': 'Europe',
  'Western Europe': 'Europe',
  'Central Europe': 'Europe',
  'Eastern Europe': 'Europe',
  'Southern Europe': 'Europe',
  'Southeast Europe': 'Europe',
  Caribbean: 'Caribbean',
  'Central America': 'Central America',
  'North America': 'North America',
  'South America': 'South America',
  'Australia and New Zealand': 'Oceania',
  Melanesia: 'Oceania',
  Micronesia: 'Oceania',
  Polynesia: 'Oceania'
}
const ACLED_REGION_BY_COUNTRY: Record<string, string> = {
  ARM: 'Caucasus and Central Asia',
  AZE: 'Caucasus and Central Asia',
  GEO: 'Caucasus and Central Asia',
  IRN: 'Middle East',
  MEX: 'Central America',
  SSD: 'Eastern Africa'
}

// STIX region-ov values (UN M49 names). "Central Europe" and "Southeast Europe" are not M49
// groups, so those countries get only the coarser "europe".
const STIX_REGION_BY_SUBREGION: Record<string, string> = {
  'Northern Africa': 'northern-africa',
  'Western Africa': 'western-africa',
  'Middle Africa': 'middle-africa',
  'Eastern Africa': 'eastern-africa',
  'Southern Africa': 'southern-africa',
  'Western Asia': 'western-asia',
  'Central Asia': 'central-asia',
  'Southern Asia': 'southern-asia',
  'South-Eastern Asia': 'south-eastern-asia',
  'Eastern Asia': 'eastern-asia',
  'Northern Europe': 'northern-europe',
  'Western Europe': 'western-europe',
  'Central Europe': 'europe',
  'Eastern Europe': 'eastern-europe',
  'Southern Europe': 'southern-europe',
  'Southeast Europe': 'europe',
  Caribbean: 'caribbean',
  'Central America': 'central-america',
  'North America': 'northern-america',
  'South America': 'south-america',
  'Australia and New Zealand': 'australia-new-zealand',
  Melanesia: 'melanesia',
  Micronesia: 'micronesia',
  Polynesia: 'polynesia'
}
const STIX_REGION_BY_COUNTRY: Record<string, string> = { MEX: 'central-america' }

let byAlpha3: Map<string, CountryInfo> | null = null

function build(): Map<string, CountryInfo> {
  const map = new Map<string, CountryInfo>()
  for (const c of countries) {
    const numeric = /^\d+$/.test(c.ccn3) ? Number(c.ccn3) : null
    map.set(c.cca3, {
      alpha3: c.cca3,
      alpha2: c.cca2,
      numeric,
      name: ACLED_NAMES[c.cca3] ?? c.name.common,
      acledRegion: ACLED_REGION_BY_COUNTRY[c.cca3] ?? ACLED_REGION_BY_SUBREGION[c.subregion] ?? '',
      stixRegion: STIX_REGION_BY_COUNTRY[c.cca3] ?? STIX_REGION_BY_SUBREGION[c.subregion] ?? ''
    })
  }
  return map
}

/** What the exports know of a country, by ISO alpha-3 (any case); null for an unknown code. */
export function countryInfo(alpha3: string): CountryInfo | null {
  byAlpha3 ??= build()
  return byAlpha3.get(alpha3.toUpperCase()) ?? null
}
