export { foldPlaceName } from './fold-place-name'
export {
  createGazetteer,
  type Gazetteer,
  type GazetteerPlace,
  type GazetteerRegion
} from './gazetteer'
export type { GazetteerData } from './gazetteer-data'
export { loadGazetteer } from './load-gazetteer'
