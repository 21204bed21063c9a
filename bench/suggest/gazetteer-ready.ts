export {}

// One cold measurement for suggest-bench.ts, run in a fresh process so nothing is loaded yet:
//   npx tsx bench/suggest/gazetteer-ready.ts geonames   the GeoNames gazetteer: import + first loadGazetteer()
//   npx tsx bench/suggest/gazetteer-ready.ts baseline   the old places.json matcher: import + first placeMatcher()
// Prints {"importMs", "buildMs", "places"} on its last line. Dynamic imports, so the clock starts
// before the data is read.
const which = process.argv[2]
const t0 = performance.now()
if (which === 'geonames') {
  const { loadGazetteer } = await import('../../src/core/geo')
  const t1 = performance.now()
  const gazetteer = loadGazetteer()
  const t2 = performance.now()
  const places = gazetteer.lookup('Kramatorsk').length
  console.log(JSON.stringify({ importMs: t1 - t0, buildMs: t2 - t1, places }))
} else if (which === 'baseline') {
  const { placeMatcher } = await import('../../src/core/suggest/place-gazetteer')
  const t1 = performance.now()
  placeMatcher()
  const t2 = performance.now()
  console.log(JSON.stringify({ importMs: t1 - t0, buildMs: t2 - t1, places: 0 }))
} else {
  console.error('usage: gazetteer-ready.ts geonames|baseline')
  process.exit(2)
}
