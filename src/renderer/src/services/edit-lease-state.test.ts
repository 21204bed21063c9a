import { describe, expect, it } from 'vitest'
import {
  leaseAnnouncement,
  leaseName,
  leaseNotice,
  mayEdit,
  nextLeaseState,
  OPENING,
  type EditLeaseEvent,
  type EditLeaseState
} from './edit-lease-state'

const run = (...events: EditLeaseEvent[]): EditLeaseState => events.reduce(nextLeaseState, OPENING)

describe('nextLeaseState', () => {
  it('edits at once when no other window holds the record', () => {
    expect(run('granted')).toEqual({ kind: 'editing', since: 'opened' })
  })

  it('is read-only while another window holds it, and edits once it lets go', () => {
    expect(run('refused')).toEqual({ kind: 'elsewhere', why: 'open' })
    expect(run('refused', 'granted')).toEqual({ kind: 'editing', since: 'waited' })
  })

  it('takes over on request, and says so apart from waiting', () => {
    expect(run('refused', 'take-over')).toEqual({ kind: 'taking-over' })
    expect(run('refused', 'take-over', 'granted')).toEqual({ kind: 'editing', since: 'took-over' })
  })

  it('hands over when asked: read-only while storing, then the other window edits', () => {
    expect(run('granted', 'release-asked')).toEqual({ kind: 'handing-over' })
    expect(run('granted', 'release-asked', 'released')).toEqual({ kind: 'elsewhere', why: 'taken' })
    expect(run('granted', 'release-asked', 'released', 'take-over', 'granted')).toEqual({
      kind: 'editing',
      since: 'took-over'
    })
  })

  it('offers taking over anyway when the holder does not answer, and loses a lease taken so', () => {
    expect(run('refused', 'take-over', 'no-answer')).toEqual({
      kind: 'taking-over',
      unanswered: true
    })
    expect(run('refused', 'take-over', 'no-answer', 'granted')).toEqual({
      kind: 'editing',
      since: 'took-over'
    })
    expect(run('granted', 'lost')).toEqual({ kind: 'elsewhere', why: 'taken' })
    expect(run('granted', 'release-asked', 'lost')).toEqual({ kind: 'elsewhere', why: 'taken' })
    expect(run('granted', 'no-answer')).toEqual({ kind: 'editing', since: 'opened' })
  })

  it('ignores events that do not apply', () => {
    expect(run('granted', 'refused')).toEqual({ kind: 'editing', since: 'opened' })
    expect(run('granted', 'take-over')).toEqual({ kind: 'editing', since: 'opened' })
    expect(run('refused', 'release-asked')).toEqual({ kind: 'elsewhere', why: 'open' })
    expect(run('refused', 'released')).toEqual({ kind: 'elsewhere', why: 'open' })
    expect(run('granted', 'release-asked', 'granted')).toEqual({ kind: 'handing-over' })
  })
})

describe('mayEdit', () => {
  it('lets only the editing window type, not one that is handing over', () => {
    expect(mayEdit(run('granted'))).toBe(true)
    expect(mayEdit(run('refused', 'granted'))).toBe(true)
    for (const s of [
      OPENING,
      run('refused'),
      run('refused', 'take-over'),
      run('granted', 'release-asked'),
      run('granted', 'release-asked', 'released')
    ])
      expect(mayEdit(s)).toBe(false)
  })
})

describe('leaseNotice', () => {
  it('says nothing while this window edits or is still asking', () => {
    expect(leaseNotice('note', OPENING)).toBeNull()
    expect(leaseNotice('note', run('granted'))).toBeNull()
  })

  it('names the record and offers to take over while another window edits it', () => {
    expect(leaseNotice('note', run('refused'))).toEqual({
      text: 'This note is open for editing in another window.',
      action: 'Take over editing'
    })
    expect(leaseNotice('comment', run('refused'))?.text).toBe(
      'This comment is open for editing in another window.'
    )
    expect(leaseNotice('note', run('granted', 'release-asked', 'released'))).toEqual({
      text: 'Another window took over editing the note; what you typed here is saved.',
      action: 'Take over editing'
    })
  })

  it('offers nothing to press while the lease is changing hands', () => {
    expect(leaseNotice('comment', run('refused', 'take-over'))?.action).toBeNull()
    expect(leaseNotice('note', run('granted', 'release-asked'))?.action).toBeNull()
  })

  it('says when the other window does not answer, and offers to take over anyway', () => {
    expect(leaseNotice('note', run('refused', 'take-over', 'no-answer'))).toEqual({
      text: 'The other window does not answer about the note.',
      action: 'Take over anyway'
    })
  })
})

describe('leaseAnnouncement', () => {
  it('tells a waiting window that it can edit now, and nothing else', () => {
    expect(leaseAnnouncement('note', run('refused'), run('refused', 'granted'))).toBe(
      'The other window stopped editing the note: you can edit it here now.'
    )
    expect(leaseAnnouncement('note', OPENING, run('granted'))).toBeNull()
    expect(
      leaseAnnouncement(
        'comment',
        run('refused', 'take-over'),
        run('refused', 'take-over', 'granted')
      )
    ).toBeNull()
    expect(leaseAnnouncement('note', run('granted'), run('granted', 'release-asked'))).toBeNull()
  })
})

describe('leaseName', () => {
  it('is one name per record, the same in every window', () => {
    expect(leaseName('note', 'n1')).toBe('workbench-edit:note:n1')
    expect(leaseName('comment', 'a1')).toBe('workbench-edit:comment:a1')
  })
})
