import { describe, expect, it, vi } from 'vitest'
import { fail, ok } from '@shared/result'
import { checkWrittenSnapshot } from './check-written-snapshot'

const json = (text: string) =>
  text.startsWith('{') ? ok(null) : fail('invalid-payload', 'not a backup file')

describe('checkWrittenSnapshot', () => {
  it('passes a stored file equal to its source, byte for byte, that is a backup', async () => {
    const verify = vi.fn(json)
    const text = '{"title":"Frappes à Deir ez-Zor — “citées”"}'
    await expect(checkWrittenSnapshot(new Blob([text]), new Blob([text]), verify)).resolves.toEqual(
      ok(null)
    )
    expect(verify).toHaveBeenCalledWith(text)
  })

  it('refuses a stored file that differs, even in the last byte of a later piece', async () => {
    // Over two 4 MB pieces, the same size, one byte apart at the end.
    const size = 9 * 1024 * 1024
    const source = new Uint8Array(size).fill(0x61)
    const written = source.slice()
    written[size - 1] = 0x62
    const verify = vi.fn(json)
    await expect(
      checkWrittenSnapshot(new Blob([written]), new Blob([source]), verify)
    ).resolves.toEqual(
      fail('io-error', 'The snapshot read back differently from what was written; it was removed.')
    )
    await expect(
      checkWrittenSnapshot(new Blob(['{"a":1}']), new Blob(['{"a":1} ']), verify)
    ).resolves.toMatchObject({ ok: false, error: { code: 'io-error' } })
    expect(verify).not.toHaveBeenCalled()
  })

  it('refuses a faithful copy that is not a backup, with the parser’s reason', async () => {
    await expect(
      checkWrittenSnapshot(new Blob(['oops']), new Blob(['oops']), json)
    ).resolves.toEqual(
      fail(
        'invalid-payload',
        'The snapshot is not a valid backup (not a backup file); it was removed.'
      )
    )
  })
})
