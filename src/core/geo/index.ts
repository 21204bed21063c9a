export { foldPlaceName } from './fold-place-name'
export { createGazetteer, type Gazetteer, type GazetteerPlace } from './gazetteer'
export type { GazetteerData } from './gazetteer-data'
export { loadGazetteer } from './load-gazetteer'
