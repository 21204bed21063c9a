import { expect, test } from '../support/workbench'

test('the browser tab shows the app icon: /favicon.ico is served and linked', async ({
  workbench: { page }
}) => {
  // Chromium asks for /favicon.ico on its own; it was a 404 before the icon was shipped.
  const response = await page.request.get('/favicon.ico')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('image/x-icon')

  const icon = page.locator('link[rel="icon"]')
  await expect(icon).toHaveCount(1)
  // The link resolves to that file, and the browser can draw it.
  const drawn = await icon.evaluate(async (link: HTMLLinkElement) => {
    const image = new Image()
    image.src = link.href
    await image.decode()
    return { path: new URL(link.href).pathname, width: image.naturalWidth }
  })
  expect(drawn.path).toBe('/favicon.ico')
  expect(drawn.width).toBeGreaterThanOrEqual(16)
})
