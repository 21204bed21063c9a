import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EmailAttachmentsDialog } from './EmailAttachmentsDialog'

afterEach(cleanup)

const file = (fileName: string, importable: boolean) => ({
  fileName,
  importable,
  bytes: new TextEncoder().encode('x'.repeat(2048))
})

describe('EmailAttachmentsDialog', () => {
  it('offers the importable attachments and says which cannot be imported', async () => {
    const onImport = vi.fn(async () => true)
    render(
      <EmailAttachmentsDialog
        offered={{
          messageTitle: 'Weekly brief',
          attachments: [file('notes.txt', true), file('photos.zip', false)]
        }}
        onImport={onImport}
        onClose={() => undefined}
      />
    )
    expect(screen.getByText(/The e-mail “Weekly brief” has been imported/)).toBeTruthy()
    expect(screen.getByText(/photos.zip/).closest('li')?.textContent).toContain(
      'Not a kind of file the workbench imports'
    )
    expect(screen.queryByRole('button', { name: 'Import photos.zip' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Import notes.txt' }))
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Imported')
    expect(onImport).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'notes.txt' }))
  })

  it('keeps the button when an attachment is refused, so it can be tried again', async () => {
    const onImport = vi.fn(async () => false)
    render(
      <EmailAttachmentsDialog
        offered={{ messageTitle: 'M', attachments: [file('bad.docx', true)] }}
        onImport={onImport}
        onClose={() => undefined}
      />
    )
    const button = screen.getByRole('button', { name: 'Import bad.docx' })
    fireEvent.click(button)
    await vi.waitFor(() => expect(onImport).toHaveBeenCalledTimes(1))
    await vi.waitFor(() => expect(button.hasAttribute('disabled')).toBe(false))
    expect(screen.queryByRole('status')).toBeNull()
  })
})
