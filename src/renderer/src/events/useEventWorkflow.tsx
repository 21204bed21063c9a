import { useLiveQuery } from 'dexie-react-hooks'
import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react'
import { createAnchorer } from '@core/anchoring'
import {
  emptyEvent,
  editEvent,
  findRegistryActor,
  formatEventDate,
  splitEvent,
  type PassageMentions
} from '@core/events'
import { chooseCandidate, type CandidateField } from '@core/event-drafts/event-from-suggestion'
import type { ArticleRecord } from '@shared/model/article'
import type { EventRecord } from '@shared/model/event'
import type { Span } from '../services/annotation-ui'
import { useNotices } from '../services/notices'
import { recordBatch, recordChange } from '../services/undo'
import { mergeStoredEvents } from '../db/commands/events/merge-events'
import { deleteEvent, saveEvent } from '../db/commands/events/save-event'
import { db } from '../db/db'
import { newId } from '../db/new-id'
import { listActors, listAllEvents, listEvents } from '../db/queries/list-events'
import { EngineProgress } from './EngineProgress'
import type { EventsPaneProps } from './EventsPane'
import { useEventSave } from './form/useEventSave'
import { MergeDialog } from './merge/MergeDialog'
import { SuggestionsReview, type Proposal } from './SuggestionsReview'
// A small client: the suggester itself loads in its worker on the first call.
import { draftFromPassage, draftsForArticle } from './suggestion-engine'
import { countNoun } from '@core/text/count-noun'
import { articlePlainText } from '../db/queries/article-plain-text'

// The form pulls in the gazetteer; it loads when first opened, so the reader paints sooner.
const EventForm = lazy(() => import('./form/EventForm').then((m) => ({ default: m.EventForm })))

interface FormState {
  initial: EventRecord
  isNew: boolean
  mentions?: PassageMentions
  /** Set when the form edits a suggestion: saving removes it from the review list. */
  proposalKey?: string
  /** Set while the parts of a split are reviewed one by one; nothing is stored until saved. */
  review?: SplitReview
}

interface SplitReview {
  parts: EventRecord[]
  index: number
  /** The stored event the split replaces (editing a saved event): removed with the first saved part. */
  replaceId: string | null
  saved: number
}

/** What the analyst checks a split part against: its country and date. */
function describePart(e: EventRecord): string {
  const when = e.eventDate ? formatEventDate(e.eventDate, e.timePrecision) : 'no date'
  return `${e.countryCode || 'no country'}, ${when}${e.location ? `, ${e.location}` : ''}`
}

/** Everything about events for the current article: data, the form, suggestions, and the pane's props. */
export function useEventWorkflow(article: ArticleRecord | undefined): {
  paneProps: EventsPaneProps
  dialogs: ReactNode
  tagFromSpan: (span: Span) => void
} {
  const { notify } = useNotices()
  const articleId = article?.id
  const stored = useLiveQuery(() => listEvents(db, articleId), [articleId])
  const storedAll = useLiveQuery(() => listAllEvents(db), [])
  const storedActors = useLiveQuery(() => listActors(db), [])
  const events = useMemo(() => stored ?? [], [stored])
  const allEvents = useMemo(() => storedAll ?? [], [storedAll])
  const actors = useMemo(() => storedActors ?? [], [storedActors])
  const text = useMemo(() => (article ? articlePlainText(article.blocks) : ''), [article])
  const [form, setForm] = useState<FormState | null>(null)
  const [proposals, setProposals] = useState<Proposal[] | null>(null)
  // The suggester works in a worker: what the analyst waits for, shown until it answers.
  const [waitingFor, setWaitingFor] = useState<string | null>(null)
  const [merging, setMerging] = useState<{ keep: EventRecord; remove: EventRecord } | null>(null)

  const { save, addMany } = useEventSave()

  const actorNames = useMemo(
    () => [...new Set([...actors.map((a) => a.name), ...actors.flatMap((a) => a.aliases)])].sort(),
    [actors]
  )
  const resolveActor = useCallback(
    (name: string) => {
      const hit = findRegistryActor(actors, name)
      return hit ? { name: hit.name, actorId: hit.id, inter: hit.category } : null
    },
    [actors]
  )

  const tagFromSpan = useCallback(
    (span: Span) => {
      if (!article) return
      // The reader stays usable beside an open form: a second "Tag event" must not discard it.
      if (form?.initial.articleId === article.id) {
        notify('warning', 'Save or cancel the event being coded first.', { aboutArticle: true })
        return
      }
      setWaitingFor('Reading the passage…')
      void draftFromPassage(article, text, span, actors)
        .then(({ draft, mentions }) => setForm({ initial: draft, isNew: true, mentions }))
        .catch((error: Error) =>
          notify('error', `Could not prefill the event: ${error.message}`, { aboutArticle: true })
        )
        .finally(() => setWaitingFor(null))
    },
    [article, text, actors, form, notify]
  )

  const suggest = useCallback(() => {
    if (!article) return
    if (!article.publishedAt)
      notify(
        'warning',
        'This article has no publication date, so relative dates (“earlier this week”) were left empty. Set it in Edit details.',
        { aboutArticle: true }
      )
    setWaitingFor('Suggesting events…')
    void draftsForArticle(article, text, actors)
      .then(setProposals)
      .catch((error: Error) =>
        notify('error', `Could not suggest events: ${error.message}`, { aboutArticle: true })
      )
      .finally(() => setWaitingFor(null))
  }, [article, text, actors, notify])

  const anchorer = useMemo(() => createAnchorer(text), [text])
  // A candidate chosen in the review sets its field and cites its words; nothing else does.
  const choose = useCallback(
    (p: Proposal, field: CandidateField, index: number): void =>
      setProposals((ps) =>
        ps
          ? ps.map((x) =>
              x.key === p.key && x.suggestion
                ? {
                    ...x,
                    draft: chooseCandidate(x.draft, x.suggestion, field, index, anchorer),
                    chosen: { ...x.chosen, [field]: index }
                  }
                : x
            )
          : ps
      ),
    [anchorer]
  )

  const dropProposal = (key: string | undefined): void =>
    setProposals((ps) => (ps && key ? ps.filter((p) => p.key !== key) : ps))
  // Stable handlers, so the review redraws only the proposal that changed.
  const dismissProposal = useCallback((p: Proposal) => dropProposal(p.key), [])
  const editProposal = useCallback(
    (p: Proposal) => setForm({ initial: p.draft, isNew: true, proposalKey: p.key }),
    []
  )
  const acceptProposal = useCallback(
    (p: Proposal) => {
      void addMany([p.draft], 'accept suggested event').then((errs) =>
        errs.length ? notify('error', errs.join(' '), { aboutArticle: true }) : dropProposal(p.key)
      )
    },
    [addMany, notify]
  )
  // The form's coding checks compare with the other events: one list per form, not per render.
  const formId = form?.initial.id
  const otherEvents = useMemo(() => allEvents.filter((e) => e.id !== formId), [allEvents, formId])

  /** Shows the next part of a split, or ends the review saying what was stored. */
  const nextPart = (review: SplitReview, savedNow: boolean, proposalKey?: string): void => {
    const next = { ...review, index: review.index + 1, saved: review.saved + (savedNow ? 1 : 0) }
    const part = next.parts[next.index]
    if (part) return setForm({ initial: part, isNew: true, review: next, proposalKey })
    setForm(null)
    endReview(next)
  }
  const endReview = (review: SplitReview): void =>
    notify(
      'info',
      review.saved === 0
        ? 'Split cancelled: nothing was saved.'
        : `Split: ${review.saved} of ${countNoun(review.parts.length, 'part')} saved. Ctrl+Z removes them one by one.`,
      { aboutArticle: true }
    )

  const paneProps: EventsPaneProps = {
    events,
    allEvents,
    actors,
    publishedAt: article?.publishedAt ?? '',
    hasArticle: !!article,
    onSuggest: suggest,
    onNewEvent: () =>
      article &&
      setForm({
        initial: { ...emptyEvent(article.id, newId, new Date()), sourceName: article.source },
        isNew: true
      }),
    onEditEvent: (id) => {
      const e = events.find((x) => x.id === id)
      if (e) setForm({ initial: e, isNew: false })
    },
    onDeleteEvent: (id) => {
      void deleteEvent(db, id).then((before) => {
        if (before) {
          recordChange(db.events, 'delete event', before, undefined)
          notify('info', 'Event deleted. Ctrl+Z brings it back.', { aboutArticle: true })
        }
      })
    },
    onMergeEvents: (keepId, otherId) => {
      const keep = events.find((e) => e.id === keepId)
      const remove = events.find((e) => e.id === otherId)
      if (keep && remove) setMerging({ keep, remove })
    },
    onInlineEdit: (e, patch) => {
      // An inline change drops the citation of the value it replaces, as the form does.
      void saveEvent(db, editEvent(e, patch), new Date()).then(({ before, after }) =>
        recordChange(db.events, 'edit event', before, after)
      )
    }
  }

  const dialogs = (
    <>
      {waitingFor && <EngineProgress task={waitingFor} />}
      {merging && (
        <MergeDialog
          keep={merging.keep}
          remove={merging.remove}
          onClose={() => setMerging(null)}
          onMerge={async (picks) => {
            try {
              const { before, merged } = await mergeStoredEvents(
                db,
                merging.keep.id,
                merging.remove.id,
                picks,
                new Date()
              )
              recordBatch('merge events', [
                { table: db.events, before: before[0], after: merged },
                { table: db.events, before: before[1], after: undefined }
              ])
              setMerging(null)
              notify('info', 'Events merged. Ctrl+Z separates them again.', { aboutArticle: true })
              return null
            } catch (err) {
              return `The events were not merged: ${err instanceof Error ? err.message : String(err)}`
            }
          }}
        />
      )}
      {/* The review steps aside while a proposal is edited: the form beside the reader is modeless. */}
      {proposals && !(form && form.initial.articleId === article?.id) && (
        <SuggestionsReview
          proposals={proposals}
          onClose={() => setProposals(null)}
          onDismiss={dismissProposal}
          onChoose={choose}
          onEdit={editProposal}
          onAccept={acceptProposal}
          onAcceptAll={() => {
            // Closed with Done while the events were being stored: the review stays closed.
            void addMany(
              proposals.map((p) => p.draft),
              'accept suggested events'
            ).then((errs) =>
              errs.length
                ? notify('error', errs.join(' '), { aboutArticle: true })
                : setProposals((p) => (p ? [] : p))
            )
          }}
        />
      )}
      {/* The form sits beside the reader: it belongs to the article it was opened on, and leaving
          that article for another one puts it away. */}
      {form && article && form.initial.articleId === article.id && (
        <Suspense fallback={null}>
          <EventForm
            key={form.initial.id}
            initial={form.initial}
            isNew={form.isNew}
            mentions={form.mentions}
            otherEvents={otherEvents}
            publishedAt={article.publishedAt}
            articleText={text}
            actorNames={actorNames}
            resolveActor={resolveActor}
            onSave={async (e) => {
              const review = form.review
              if (!review) {
                const errs = await save(e)
                if (!errs.length) dropProposal(form.proposalKey)
                return errs
              }
              const replace = review.replaceId && review.saved === 0 ? [review.replaceId] : []
              const label = `save split part ${review.index + 1} of ${review.parts.length}`
              const errs = await save(e, label, replace)
              if (errs.length) return errs
              dropProposal(form.proposalKey)
              nextPart(review, true, form.proposalKey)
              return errs
            }}
            onSplit={(e, proposal) => {
              const parts = splitEvent(e, proposal.parts, newId, new Date())
              const review = { parts, index: 0, replaceId: form.isNew ? null : e.id, saved: 0 }
              setForm({
                initial: parts[0] ?? e,
                isNew: true,
                review,
                proposalKey: form.proposalKey
              })
              return Promise.resolve([])
            }}
            review={
              form.review && {
                title: `Split: part ${form.review.index + 1} of ${form.review.parts.length}`,
                note:
                  `This part: ${describePart(form.initial)}. Check it against the passage: nothing ` +
                  'is stored until you save it. Skip part leaves it out; Cancel split stops here.',
                onSkip: () => form.review && nextPart(form.review, false, form.proposalKey)
              }
            }
            onClose={() => {
              setForm(null)
              if (form.review) endReview(form.review)
            }}
          />
        </Suspense>
      )}
    </>
  )

  return { paneProps, dialogs, tagFromSpan }
}
