import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { useState, type ReactNode } from 'react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createAnchorer } from '@core/anchoring'
import { chooseCandidate, eventFromSuggestion } from '@core/event-drafts/event-from-suggestion'
import { handMadeSuggestion, TEXT } from '@core/event-drafts/hand-made-suggestion'
import type { EventRecord } from '@shared/model/event'
import { SuggestionsReview, type Proposal } from './SuggestionsReview'

beforeAll(() => {
  // jsdom has <dialog> without its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true
  }
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false
  }
})
afterEach(cleanup)

const anchorer = createAnchorer(TEXT)
const suggestion = handMadeSuggestion()
const proposal: Proposal = {
  key: 'p1',
  draft: eventFromSuggestion(suggestion, 'art-1', anchorer, () => 'ev-1', new Date()),
  passage: TEXT.slice(0, 80),
  suggestion
}

/** The review with the workflow's state: choosing updates the proposal, accepting records it. */
function Harness({ accepted }: { accepted: EventRecord[] }): ReactNode {
  const [ps, setPs] = useState([proposal])
  return (
    <SuggestionsReview
      proposals={ps}
      onAccept={(p) => accepted.push(p.draft)}
      onAcceptAll={() => accepted.push(...ps.map((p) => p.draft))}
      onEdit={() => {}}
      onDismiss={() => {}}
      onClose={() => {}}
      onChoose={(p, field, index) =>
        setPs((list) =>
          list.map((x) =>
            x.key === p.key
              ? {
                  ...x,
                  draft: chooseCandidate(x.draft, suggestion, field, index, anchorer),
                  chosen: { ...x.chosen, [field]: index }
                }
              : x
          )
        )
      }
    />
  )
}

describe('SuggestionsReview', () => {
  it('shows each proposed value with the words it came from and its confidence', () => {
    render(<Harness accepted={[]} />)
    const values = screen.getByLabelText('Proposed values')
    expect(values.textContent).toContain('Iraq (IRQ)')
    expect(values.textContent).toContain('from “Baghdad” · confidence 80 %')
    expect(values.textContent).toContain('from “Monday” · confidence 70 %')
    expect(screen.getByRole('listitem').textContent).toContain('confidence 60 %')
  })

  it('leaves an unsure field empty and offers its candidates; Accept all takes none of them', () => {
    const accepted: EventRecord[] = []
    render(<Harness accepted={accepted} />)
    const actor = screen.getByRole('group', { name: 'Choose Actor 1' })
    const options = within(actor).getAllByRole('button')
    expect(options.map((b) => b.textContent)).toEqual([
      'Unidentified Armed Group (Iraq)from “Gunmen” · confidence 40 %',
      'Militia (Iraq)from “militia fighters” · confidence 30 %'
    ])
    expect(options.every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Accept all 1' }))
    expect(accepted[0]?.actor1).toBeNull()
    expect(accepted[0]?.evidence.actor1).toBeUndefined()
    expect(accepted[0]?.location).toBe('Iraq')
  })

  it('choosing a candidate sets the value and cites its words', () => {
    const accepted: EventRecord[] = []
    render(<Harness accepted={accepted} />)
    const actor = screen.getByRole('group', { name: 'Choose Actor 1' })
    fireEvent.click(within(actor).getByRole('button', { name: /^Militia \(Iraq\)/ }))
    expect(
      within(actor)
        .getByRole('button', { name: /^Militia \(Iraq\)/ })
        .getAttribute('aria-pressed')
    ).toBe('true')
    expect(screen.getByRole('listitem').getAttribute('aria-label')).toContain('Militia (Iraq)')
    const place = screen.getByRole('group', { name: 'Choose Location' })
    fireEvent.click(within(place).getByRole('button', { name: /^Balad Air Base/ }))
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }))
    const [e] = accepted
    expect(e?.actor1?.name).toBe('Militia (Iraq)')
    expect(e?.evidence.actor1?.selectors.quote.exact).toBe('militia fighters')
    expect(e?.location).toBe('Balad Air Base')
    expect(e?.evidence.location?.selectors.quote.exact).toBe('Balad Air Base')
  })
})

describe('a long list of proposals', () => {
  it('draws a batch first and the rest a batch a frame, so the page is never held long', async () => {
    const many: Proposal[] = Array.from({ length: 30 }, (_, i) => ({ ...proposal, key: `p${i}` }))
    render(
      <SuggestionsReview
        proposals={many}
        onAccept={() => {}}
        onAcceptAll={() => {}}
        onEdit={() => {}}
        onDismiss={() => {}}
        onClose={() => {}}
        onChoose={() => {}}
      />
    )
    const list = screen.getByRole('list', { name: 'Proposed events' })
    expect(within(list).getAllByRole('listitem').length).toBeLessThan(30)
    // A batch a frame: on a loaded machine frames come slowly, past waitFor's default 1 s
    // (seen in a full run on 2 shared cores); the wait only bounds a hang.
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(30), {
      timeout: 20_000
    })
    // "Accept all" names every proposal from the start, drawn or not.
    expect(screen.getByRole('button', { name: 'Accept all 30' }).hasAttribute('disabled')).toBe(
      false
    )
  })
})

describe('SuggestionsReview with nothing left', () => {
  it('offers no "Accept all 0"', () => {
    render(
      <SuggestionsReview
        proposals={[]}
        onAccept={() => {}}
        onAcceptAll={() => {}}
        onEdit={() => {}}
        onDismiss={() => {}}
        onClose={() => {}}
        onChoose={() => {}}
      />
    )
    expect(screen.getByText('No more suggestions to review.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /Accept all/ })).toBeNull()
  })
})
