import { describe, expect, it } from 'vitest'
import { linuxSandboxProblem, sandboxHelperPath, sandboxRemedy } from './linux-sandbox.mjs'

const SANDBOX = '/home/ana/workbench/node_modules/electron/dist/chrome-sandbox'
const ubuntu2404 = (file: string): string => {
  if (file === '/proc/sys/kernel/apparmor_restrict_unprivileged_userns') return '1\n'
  throw new Error(`ENOENT: ${file}`)
}
const asInstalled = () => ({ uid: 1000, mode: 0o100755 })
const setuidRoot = () => ({ uid: 0, mode: 0o104755 })

describe('linuxSandboxProblem', () => {
  it('explains an Ubuntu 24.04 host whose sandbox helper is as npm installed it, with the remedy', () => {
    const problem = linuxSandboxProblem({
      sandboxPath: SANDBOX,
      platform: 'linux',
      isRoot: false,
      readText: ubuntu2404,
      statFile: asInstalled
    })
    expect(problem).toContain('apparmor_restrict_unprivileged_userns is 1')
    expect(problem).toContain('Ubuntu 23.10 and later')
    expect(problem).toContain(`sudo chown root:root ${SANDBOX} && sudo chmod 4755 ${SANDBOX}`)
  })

  it('sees no problem once the helper is setuid root, on other systems, or for root', () => {
    const base = { sandboxPath: SANDBOX, readText: ubuntu2404, statFile: asInstalled }
    expect(
      linuxSandboxProblem({ ...base, platform: 'linux', statFile: setuidRoot, isRoot: false })
    ).toBeNull()
    expect(linuxSandboxProblem({ ...base, platform: 'darwin', isRoot: false })).toBeNull()
    expect(linuxSandboxProblem({ ...base, platform: 'win32', isRoot: false })).toBeNull()
    expect(linuxSandboxProblem({ ...base, platform: 'linux', isRoot: true })).toBeNull()
    // Setuid but not root-owned does not help the helper.
    expect(
      linuxSandboxProblem({
        ...base,
        platform: 'linux',
        isRoot: false,
        statFile: () => ({ uid: 1000, mode: 0o104755 })
      })
    ).not.toBeNull()
  })

  it('sees no problem where user namespaces are allowed or the switch cannot be read', () => {
    const base = {
      sandboxPath: SANDBOX,
      platform: 'linux' as const,
      isRoot: false,
      statFile: asInstalled
    }
    expect(linuxSandboxProblem({ ...base, readText: () => '0\n' })).not.toBeNull() // unprivileged_userns_clone = 0
    expect(
      linuxSandboxProblem({
        ...base,
        readText: (f) => (f.endsWith('apparmor_restrict_unprivileged_userns') ? '0\n' : '1\n')
      })
    ).toBeNull()
    expect(
      linuxSandboxProblem({
        ...base,
        readText: () => {
          throw new Error('ENOENT')
        }
      })
    ).toBeNull()
  })

  it('treats a missing helper as not setuid', () => {
    const problem = linuxSandboxProblem({
      sandboxPath: SANDBOX,
      platform: 'linux',
      isRoot: false,
      readText: ubuntu2404,
      statFile: () => {
        throw new Error('ENOENT')
      }
    })
    expect(problem).not.toBeNull()
  })

  it('finds the helper beside the Electron binary and words the one-line remedy', () => {
    expect(sandboxHelperPath('/x/node_modules/electron/dist/electron')).toBe(
      '/x/node_modules/electron/dist/chrome-sandbox'
    )
    expect(sandboxRemedy('/s')).toBe('sudo chown root:root /s && sudo chmod 4755 /s')
  })
})
