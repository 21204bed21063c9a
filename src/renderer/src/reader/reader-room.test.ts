import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { requestReaderRoom, useReaderRoomWanted } from './reader-room'

afterEach(() => requestReaderRoom(false))

describe('reader room', () => {
  it('tells the workbench when the reader asks for room and when it gives it back', () => {
    const { result } = renderHook(() => useReaderRoomWanted())
    expect(result.current).toBe(false)
    act(() => requestReaderRoom(true))
    expect(result.current).toBe(true)
    // Asking twice is one request: one withdrawal ends it.
    act(() => requestReaderRoom(true))
    act(() => requestReaderRoom(false))
    expect(result.current).toBe(false)
  })
})
