import type { Page } from '@playwright/test'

export interface FakeFile {
  name: string
  mimeType: string
  buffer: Buffer
}

export const textFile = (name: string, text: string, mimeType = 'text/plain'): FakeFile => ({
  name,
  mimeType,
  buffer: Buffer.from(text, 'utf8')
})

/** A real PNG header and chunk bytes, named .txt: content, not the name, must decide. */
export const binaryFile = (): FakeFile => ({
  name: 'satellite-image.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff610000000173524742',
    'hex'
  )
})

/** Imports through the Import… button and the file chooser, as a user would. */
export async function importThroughDialog(page: Page, file: FakeFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import…' }).click()
  await (await chooser).setFiles(file)
}

/** Drops a file onto the window the way a file manager's drag-and-drop delivers it. */
export async function dropFile(page: Page, file: FakeFile): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, mimeType, bytes }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }))
      return dt
    },
    { name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] }
  )
  const target = page.getByTestId('article-body')
  await target.dispatchEvent('dragenter', { dataTransfer })
  await target.dispatchEvent('dragover', { dataTransfer })
  await target.dispatchEvent('drop', { dataTransfer })
}
