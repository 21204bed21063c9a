// The committed gazetteer, imported statically so every bundle (the app's worker, the corpus
// scorer's esbuild bundle with --loader:.json=json, Vitest) carries it without fs or fetch.
import data from './data/gazetteer.json'
import { createGazetteer, type Gazetteer } from './gazetteer'
import type { GazetteerData } from './gazetteer-data'

let gazetteer: Gazetteer | null = null

/** The GeoNames gazetteer, indexed on the first call and shared afterwards. */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= createGazetteer(data as GazetteerData)
  return gazetteer
}
