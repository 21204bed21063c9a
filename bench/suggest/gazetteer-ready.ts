// One cold measurement for suggest-bench.ts, run in a fresh process so nothing is loaded yet:
//   npx tsx bench/suggest/gazetteer-ready.ts geonames   the GeoNames gazetteer: import + first loadGazetteer()
//   npx tsx bench/suggest/gazetteer-ready.ts baseline   the old places.json matcher of the baseline
//                                                       commit (baseline-source.ts): import + first placeMatcher()
// Prints {"importMs", "buildMs", "places"} on its last line, or {"skipped": why} when the
// baseline's sources cannot be had. Dynamic imports, so the clock starts before the data is read.
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'
import { baselineSource } from './baseline-source'

const which = process.argv[2]
if (which === 'geonames') {
  const t0 = performance.now()
  const { loadGazetteer } = await import('@core/geo')
  const t1 = performance.now()
  const gazetteer = loadGazetteer()
  const t2 = performance.now()
  const places = gazetteer.lookup('Kramatorsk').length
  console.log(JSON.stringify({ importMs: t1 - t0, buildMs: t2 - t1, places }))
} else if (which === 'baseline') {
  // Unpacked by the parent before the first run; reused here, outside the clock.
  const base = baselineSource(undefined, true)
  if ('why' in base) {
    console.log(JSON.stringify({ skipped: base.why }))
  } else {
    const file = pathToFileURL(join(base.src, 'core', 'suggest', 'place-gazetteer.ts')).href
    const t0 = performance.now()
    const { placeMatcher } = (await import(file)) as { placeMatcher: () => unknown }
    const t1 = performance.now()
    placeMatcher()
    const t2 = performance.now()
    console.log(JSON.stringify({ importMs: t1 - t0, buildMs: t2 - t1, places: 0 }))
  }
} else {
  console.error('usage: gazetteer-ready.ts geonames|baseline')
  process.exit(2)
}
