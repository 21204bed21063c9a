import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sampleEvent } from '@core/events/sample-event'
import { MergeDialog } from './MergeDialog'

afterEach(cleanup)

const keep = sampleEvent()
const remove = sampleEvent({
  id: 'ev-2',
  fatalities: 5,
  fatalitiesPhrase: 'five',
  location: '',
  admin1: '',
  latitude: null,
  longitude: null
})

describe('MergeDialog', () => {
  it('offers a choice only where the records differ, and merges with the picks', () => {
    const onMerge = vi.fn(() => Promise.resolve(null))
    render(<MergeDialog keep={keep} remove={remove} onMerge={onMerge} onClose={() => {}} />)
    const groups = screen.getAllByRole('radiogroup').map((g) => g.getAttribute('aria-labelledby'))
    expect(groups).toHaveLength(2)
    const fatalities = screen.getByRole('radiogroup', { name: 'Fatalities' })
    const location = screen.getByRole('radiogroup', { name: 'Location' })
    // The kept record's value by default, including its place over the other's blank.
    expect(within(fatalities).getByRole('radio', { name: /^4/ })).toHaveProperty('checked', true)
    expect(within(location).getByRole('radio', { name: /Amadiya/ })).toHaveProperty('checked', true)
    expect(screen.getByText('Event type').parentElement?.textContent).toContain('same in both')
    fireEvent.click(within(fatalities).getByRole('radio', { name: /^5/ }))
    fireEvent.click(screen.getByRole('button', { name: 'Merge events' }))
    expect(onMerge).toHaveBeenCalledWith(
      expect.objectContaining({ fatalities: 'b', location: 'a', type: 'a' })
    )
  })

  it('shows why a merge failed', async () => {
    const onMerge = vi.fn(() => Promise.resolve('The events were not merged: gone.'))
    render(<MergeDialog keep={keep} remove={remove} onMerge={onMerge} onClose={() => {}} />)
    fireEvent.click(screen.getByRole('button', { name: 'Merge events' }))
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'The events were not merged: gone.'
    )
  })
})
