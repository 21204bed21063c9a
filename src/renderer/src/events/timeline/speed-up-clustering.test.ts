import { describe, expect, it, vi } from 'vitest'
import { matchingCluster, speedUpClustering } from './speed-up-clustering'

const cluster = (...ids: number[]) => ({ data: { uiItems: ids.map((id) => ({ id })) } })
const items = (...ids: number[]) => ids.map((id) => ({ id }))

describe('speedUpClustering', () => {
  it('finds the previous cluster with exactly the same items, and only that one', () => {
    const a = cluster(1, 2, 3)
    const b = cluster(4, 5)
    const index = new Map([
      [1, a],
      [2, a],
      [3, a],
      [4, b],
      [5, b]
    ])
    expect(matchingCluster(items(3, 1, 2), index)).toBe(a)
    expect(matchingCluster(items(4, 5), index)).toBe(b)
    expect(matchingCluster(items(1, 2), index)).toBeNull()
    expect(matchingCluster(items(3, 4), index)).toBeNull()
    expect(matchingCluster(items(9), index)).toBeNull()
    expect(matchingCluster([], index)).toBeNull()
  })

  it('hands the original method the one matching old cluster, or none', () => {
    const original = vi.fn(
      (_items: unknown[], _group: unknown, _old: unknown[], _options: unknown) => 'made'
    )
    const getClusters = vi.fn(function (this: { _getClusterForItems: typeof original }) {
      const old = [cluster(1, 2), cluster(3)]
      return [
        this._getClusterForItems(items(2, 1), 'g', old, {}),
        this._getClusterForItems(items(3, 4), 'g', old, {})
      ]
    })
    const generator = { getClusters, _getClusterForItems: original }
    expect(speedUpClustering({ itemSet: { clusterGenerator: generator } })).toBe(true)
    expect(generator.getClusters()).toEqual(['made', 'made'])
    expect(original.mock.calls[0]?.[2]).toEqual([cluster(1, 2)])
    expect(original.mock.calls[1]?.[2]).toEqual([])
  })

  it('leaves an unknown timeline alone', () => {
    expect(speedUpClustering({})).toBe(false)
    expect(speedUpClustering({ itemSet: { clusterGenerator: {} } })).toBe(false)
  })
})
