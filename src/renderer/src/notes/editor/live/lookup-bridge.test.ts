import { describe, expect, it, vi } from 'vitest'
import { EMPTY_LOOKUPS } from './note-lookups'
import { createLookupBridge } from './lookup-bridge'

describe('createLookupBridge', () => {
  it('forwards reads to whichever lookups are current', () => {
    const bridge = createLookupBridge({
      ...EMPTY_LOOKUPS,
      getAnnotation: () => ({ quote: 'one', grade: null, status: 'exact' })
    })
    const { getAnnotation } = bridge.lookups
    expect(getAnnotation('a')?.quote).toBe('one')
    bridge.setCurrent(EMPTY_LOOKUPS)
    expect(getAnnotation('a')).toBeUndefined()
  })

  it('notifies its own listeners until they unsubscribe', () => {
    const bridge = createLookupBridge(EMPTY_LOOKUPS)
    const listener = vi.fn()
    const unsubscribe = bridge.lookups.subscribe(listener)
    bridge.notify()
    unsubscribe()
    bridge.notify()
    expect(listener).toHaveBeenCalledTimes(1)
  })
})
