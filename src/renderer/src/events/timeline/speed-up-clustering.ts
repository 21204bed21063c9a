/**
 * A faster cluster lookup for vis-timeline 8's clustering (checked against 8.5.4).
 *
 * At each new zoom level vis-timeline re-clusters every item, and for EACH cluster it makes it
 * looks for an identical cluster of the previous level to reuse, by building a Set of item ids
 * for EVERY previous cluster (`ClusterGenerator._getClusterForItems`). With 2,000 events zoomed in
 * to days there are hundreds of clusters, so one redraw built hundreds of thousands of Set entries:
 * 50–100 ms per zoom step in our profile. This wraps that method so the previous clusters are
 * indexed once per pass (item id → cluster), and hands the original method only the one previous
 * cluster that can match (or none), keeping its own reuse and creation logic unchanged.
 *
 * It reaches into vis-timeline's internals (`itemSet.clusterGenerator`), so it checks their shape
 * and does nothing when they differ (for instance after an upgrade): clustering then works as
 * before, only slower.
 */

interface UiItem {
  id: string | number
}
interface Cluster {
  data: { uiItems: UiItem[] }
}
type FindCluster = (
  clusterItems: UiItem[],
  group: unknown,
  oldClusters: Cluster[] | null | undefined,
  options: unknown
) => unknown
interface ClusterGenerator {
  getClusters: (...args: unknown[]) => unknown
  _getClusterForItems: FindCluster
  __lookupPatched?: boolean
}

/** The previous cluster made of exactly `items`, found through an id index built once. */
export function matchingCluster(
  items: readonly UiItem[],
  index: ReadonlyMap<string | number, Cluster>
): Cluster | null {
  const first = items[0]
  if (!first) return null
  const candidate = index.get(first.id)
  if (!candidate || candidate.data.uiItems.length !== items.length) return null
  return items.every((item) => index.get(item.id) === candidate) ? candidate : null
}

/** Installs the faster lookup on a vis-timeline `Timeline`; returns whether it could. */
export function speedUpClustering(timeline: unknown): boolean {
  const generator = (timeline as { itemSet?: { clusterGenerator?: unknown } })?.itemSet
    ?.clusterGenerator as ClusterGenerator | undefined
  if (
    !generator ||
    typeof generator._getClusterForItems !== 'function' ||
    typeof generator.getClusters !== 'function'
  )
    return false
  if (generator.__lookupPatched) return true
  const original = generator._getClusterForItems.bind(generator)
  const getClusters = generator.getClusters.bind(generator)
  // One index per clustering pass: forgotten when the next pass starts.
  let indexes = new WeakMap<Cluster[], Map<string | number, Cluster>>()
  generator.getClusters = (...args) => {
    indexes = new WeakMap()
    return getClusters(...args)
  }
  generator._getClusterForItems = (clusterItems, group, oldClusters, options) => {
    if (!Array.isArray(oldClusters) || oldClusters.length === 0)
      return original(clusterItems, group, oldClusters, options)
    let index = indexes.get(oldClusters)
    if (!index) {
      index = new Map()
      for (const cluster of oldClusters)
        for (const item of cluster.data?.uiItems ?? []) index.set(item.id, cluster)
      indexes.set(oldClusters, index)
    }
    const match = matchingCluster(clusterItems, index)
    return original(clusterItems, group, match ? [match] : [], options)
  }
  generator.__lookupPatched = true
  return true
}
