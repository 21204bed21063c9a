import { describe, expect, it, vi } from 'vitest'
import { hardenSession } from './harden-session'
import { isPermissionAllowed } from './permission-policy'

const trusted = ['app://workbench']

describe('isPermissionAllowed', () => {
  it('denies everything that is not allow-listed, even for the workbench', () => {
    for (const permission of ['geolocation', 'media', 'notifications', 'openExternal', 'hid']) {
      expect(isPermissionAllowed(permission, 'app://workbench/index.html', trusted)).toBe(false)
    }
  })

  it('allows the clipboard and persistent storage for the workbench only', () => {
    expect(isPermissionAllowed('clipboard-read', 'app://workbench/index.html', trusted)).toBe(true)
    expect(isPermissionAllowed('persistent-storage', 'app://workbench', trusted)).toBe(true)
    expect(isPermissionAllowed('clipboard-read', 'https://evil.example/', trusted)).toBe(false)
    expect(isPermissionAllowed('clipboard-read', '', trusted)).toBe(false)
  })
})

describe('hardenSession', () => {
  it('installs request and check handlers that apply the policy', () => {
    const ses = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn()
    }
    hardenSession(ses, trusted)
    const request = ses.setPermissionRequestHandler.mock.calls[0]?.[0]
    const checkHandler = ses.setPermissionCheckHandler.mock.calls[0]?.[0]
    const callback = vi.fn()
    request(null, 'media', callback, { requestingUrl: 'app://workbench/' })
    expect(callback).toHaveBeenCalledWith(false)
    expect(checkHandler(null, 'geolocation', 'app://workbench', {})).toBe(false)
    expect(checkHandler(null, 'clipboard-sanitized-write', 'app://workbench', {})).toBe(true)
  })
})

describe('hardenSession and spelling', () => {
  const fakeSession = () => ({
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setSpellCheckerEnabled: vi.fn()
  })

  it('switches the spell checker off where it would download dictionaries', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const ses = fakeSession()
      hardenSession(ses, trusted, platform)
      expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
    }
  })

  it('keeps macOS’s own spell checker, which downloads nothing', () => {
    const ses = fakeSession()
    hardenSession(ses, trusted, 'darwin')
    expect(ses.setSpellCheckerEnabled).not.toHaveBeenCalled()
  })
})
