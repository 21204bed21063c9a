import { expect, test } from '../support/workbench'
test('probe', async ({ workbench: { page } }) => {
  page.on('worker', (w) => { console.log('WORKER', w.url(), Date.now()); void w.evaluate(() => 1).then((v) => console.log('WORKER EVAL', v, Date.now()), (e) => console.log('WORKER EVAL ERR', String(e))); w.on('close', () => console.log('WORKER CLOSED', w.url())) })
  page.on('pageerror', (e) => console.log('PAGEERR', e.message))
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('CONSOLE', m.type(), m.text().slice(0, 300)) })
  await page.reload()

  await page.getByTestId('article-body').focus()
  await page.keyboard.press('Alt+Shift+ArrowRight')
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString().length ?? 0)).toBeGreaterThan(10)
  console.log('ACTIVE', await page.evaluate(() => `${document.activeElement?.tagName}.${document.activeElement?.className} ${document.activeElement?.getAttribute('data-testid')}`))
  await page.evaluate(() => document.addEventListener('keydown', (e) => console.log('KEYDOWN', e.key, (e.target as HTMLElement).className, e.defaultPrevented), true))
  page.on('console', (m) => console.log('PAGE', m.text()))
  await page.keyboard.press('e')
  const t0 = Date.now(); await expect(page.getByRole('status').filter({ hasText: 'Loading the gazetteer' })).toHaveCount(0, { timeout: 90000 }); console.log('READY after', Date.now() - t0)
  console.log('DIALOGS', await page.getByRole('dialog').count(), await page.evaluate(() => window.getSelection()?.toString().length))
  console.log('STATUS', await page.getByRole('status').allInnerTexts())
})
