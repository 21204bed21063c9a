#!/usr/bin/env node
// `npm test`: every check in order — typecheck, lint, unit tests, build, main-bundle smoke test,
// end-to-end tests — then one summary line `N passed, N failed` that CI reads.
// Every suite runs even after a failure, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const results = { passed: 0, failed: 0, skipped: 0 }
const lines = []
mkdirSync('test-results', { recursive: true })

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`)
  const r = spawnSync(command, args, { stdio: 'inherit', env: process.env })
  return r.status === 0
}

/** A step that is one check (typecheck, lint, build). */
function check(label, command, args) {
  const ok = run(label, command, args)
  if (ok) results.passed++
  else results.failed++
  lines.push(`${label}: ${ok ? 'passed' : 'FAILED'}`)
  return ok
}

/** A suite that reports its own counts in a JSON file. */
function suite(label, command, args, reportFile, count) {
  rmSync(reportFile, { force: true })
  const ok = run(label, command, args)
  let counts = { passed: 0, failed: ok ? 0 : 1, skipped: 0 }
  if (existsSync(reportFile)) {
    try {
      counts = count(JSON.parse(readFileSync(reportFile, 'utf8')))
      if (!ok && counts.failed === 0) counts.failed = 1 // the runner failed outside any test
    } catch {
      counts = { passed: 0, failed: 1, skipped: 0 }
    }
  }
  results.passed += counts.passed
  results.failed += counts.failed
  results.skipped += counts.skipped
  lines.push(
    `${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`
  )
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

check('typecheck', npm, ['run', '--silent', 'typecheck'])
// eslint, then the import boundaries (dependency-cruiser, .dependency-cruiser.mjs).
check('lint', npm, ['run', '--silent', 'lint'])
suite(
  'unit',
  npx,
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-results/unit-results.json'
  ],
  'test-results/unit-results.json',
  (r) => ({
    passed: r.numPassedTests,
    failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
    skipped: r.numPendingTests + r.numTodoTests
  })
)
const built = check('build', npx, ['electron-vite', 'build'])
if (built) {
  suite(
    'smoke',
    'node',
    ['scripts/smoke-main.mjs', '--json', 'test-results/smoke-results.json'],
    'test-results/smoke-results.json',
    (r) => r
  )
  suite('e2e', npx, ['playwright', 'test'], 'test-results/e2e-results.json', (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
    skipped: r.stats.skipped
  }))
} else {
  lines.push('smoke, e2e: not run (the build failed)')
  results.failed += 2
}

console.log('\n' + lines.join('\n'))
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`)
process.exit(results.failed === 0 ? 0 : 1)
