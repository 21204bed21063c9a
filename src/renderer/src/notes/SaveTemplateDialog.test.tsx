import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_TEMPLATE_NAME, SaveTemplateDialog } from './SaveTemplateDialog'

afterEach(cleanup)

function renderDialog(onSave = vi.fn(async () => true), existingNames: string[] = []) {
  const onClose = vi.fn()
  render(
    <SaveTemplateDialog
      defaultName="Weekly brief template"
      existingNames={existingNames}
      onClose={onClose}
      onSave={onSave}
    />
  )
  const input = screen.getByRole('textbox', { name: 'Template name' })
  return { onSave, onClose, input }
}

describe('SaveTemplateDialog', () => {
  it('offers the note’s name, saves the trimmed name with Enter and closes', async () => {
    const { onSave, onClose, input } = renderDialog()
    expect((input as HTMLInputElement).value).toBe('Weekly brief template')
    fireEvent.change(input, { target: { value: '  Morning sitrep  ' } })
    fireEvent.submit(input.closest('form')!)
    await waitFor(() => expect(onClose).toHaveBeenCalled())
    expect(onSave).toHaveBeenCalledWith('Morning sitrep')
  })

  it('refuses an empty or overlong name with a message, saving nothing', () => {
    const { onSave, input } = renderDialog()
    fireEvent.change(input, { target: { value: '   ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }))
    expect(screen.getByRole('alert').textContent).toBe('Give the template a name.')
    fireEvent.change(input, { target: { value: 'x'.repeat(MAX_TEMPLATE_NAME + 1) } })
    expect(screen.queryByRole('alert')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }))
    expect(screen.getByRole('alert').textContent).toContain(`at most ${MAX_TEMPLATE_NAME}`)
    expect(onSave).not.toHaveBeenCalled()
  })

  it('says when the name is already a template’s, and stays open when saving fails', async () => {
    const { onSave, onClose } = renderDialog(
      vi.fn(async () => false),
      ['Weekly brief template']
    )
    expect(screen.getByText(/A template of this name exists/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }))
    await waitFor(() => expect(onSave).toHaveBeenCalledWith('Weekly brief template'))
    expect(onClose).not.toHaveBeenCalled()
  })
})
