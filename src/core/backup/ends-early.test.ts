import { describe, expect, it } from 'vitest'
import { endsEarly } from './ends-early'

describe('endsEarly', () => {
  it('is true for JSON cut inside an object, an array or a string', () => {
    expect(endsEarly('{"a":[1,2')).toBe(true)
    expect(endsEarly('{"a":"text with } and ] and \\" inside')).toBe(true)
    expect(endsEarly('[')).toBe(true)
  })

  it('is false for complete JSON, for text that never opened, and for extra closers', () => {
    expect(endsEarly('{"a":"}"}')).toBe(false)
    expect(endsEarly('Dear analyst')).toBe(false)
    expect(endsEarly('{"a":1}}{')).toBe(false)
  })
})
