/**
 * Flags that keep an automated Chromium quiet on a closed network (no background requests, no
 * updates, no sync) and working as root in a container. Shared by the e2e tests and the benches.
 */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check'
]
