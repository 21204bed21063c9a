import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY
} from '@shared/content-security-policy.mjs'
import { SAMPLE_TITLE, expect, test } from '../support/workbench'

// The built workbench, as browser mode serves it: the header is the shared policy and the page's
// own <meta> is the same policy less what a <meta> cannot carry (tests/content-policy.test.ts
// checks the same for the Electron shell's app:// handler). The workbench still starts under both.
test('the built page and its server carry the one shared Content-Security-Policy', async ({
  workbench: { page }
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  const response = await page.reload()
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  const metas = page.locator('meta[http-equiv="Content-Security-Policy"]')
  await expect(metas).toHaveCount(1)
  await expect(metas).toHaveAttribute('content', META_CONTENT_SECURITY_POLICY)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAMPLE_TITLE)
  expect(violations).toEqual([])
})
