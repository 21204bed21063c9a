import { useLiveQuery } from 'dexie-react-hooks'
import { lazy, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react'
import { createAnchorer } from '../../../core/anchoring'
import { plainText } from '../../../core/article/plain-text'
import {
  chooseCandidate,
  type CandidateField
} from '../../../core/event-drafts/event-from-suggestion'
import { editEvent, emptyEvent, type PassageMentions } from '../../../core/events'
import type { ArticleRecord } from '../../../shared/model/article'
import type { EventRecord } from '../../../shared/model/event'
import type { Span } from '../annotations/annotation-ui'
import { useNotices } from '../app/notices'
import { recordChange } from '../app/undo'
import { deleteEvent, saveEvent } from '../db/commands/events/save-event'
import { db } from '../db/db'
import { newId } from '../db/new-id'
import { listActors, listAllEvents, listEvents } from '../db/queries/list-events'
import type { EventsPaneProps } from './EventsPane'
import { useEventSave } from './form/useEventSave'
import { SuggestionsReview, type Proposal } from './SuggestionsReview'

// The form pulls in the gazetteer; it loads when first opened, so the reader paints sooner.
const EventForm = lazy(() => import('./form/EventForm').then((m) => ({ default: m.EventForm })))
const loadEngine = () => import('./suggestion-engine')

interface FormState {
  initial: EventRecord
  isNew: boolean
  mentions?: PassageMentions
  /** Set when the form edits a suggestion: saving removes it from the review list. */
  proposalKey?: string
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
  const text = useMemo(() => (article ? plainText(article.blocks) : ''), [article])
  const [form, setForm] = useState<FormState | null>(null)
  const [proposals, setProposals] = useState<Proposal[] | null>(null)

  const { save, split, addMany } = useEventSave()

  const actorNames = useMemo(
    () => [...new Set([...actors.map((a) => a.name), ...actors.flatMap((a) => a.aliases)])].sort(),
    [actors]
  )
  const resolveActor = useCallback(
    (name: string) => {
      const key = name.trim().toLowerCase()
      const hit = actors.find(
        (a) => a.name.toLowerCase() === key || a.aliases.some((x) => x.toLowerCase() === key)
      )
      return hit ? { name: hit.name, actorId: hit.id, inter: hit.category } : null
    },
    [actors]
  )

  const tagFromSpan = useCallback(
    (span: Span) => {
      if (!article) return
      // The reader stays usable beside an open form: a second "Tag event" must not discard it.
      if (form?.initial.articleId === article.id) {
        notify('warning', 'Save or cancel the event being coded first.')
        return
      }
      void loadEngine().then(({ draftFromPassage }) => {
        const { draft, mentions } = draftFromPassage(article, text, span, actors)
        setForm({ initial: draft, isNew: true, mentions })
      })
    },
    [article, text, actors, form, notify]
  )

  const suggest = useCallback(() => {
    if (!article) return
    if (!article.publishedAt)
      notify(
        'warning',
        'This article has no publication date, so relative dates (“earlier this week”) were left empty. Set it in Edit details.'
      )
    void loadEngine().then(({ draftsForArticle }) =>
      setProposals(draftsForArticle(article, text, actors))
    )
  }, [article, text, actors, notify])

  const anchorer = useMemo(() => createAnchorer(text), [text])
  // A candidate chosen in the review sets its field and cites its words; nothing else does.
  const choose = (p: Proposal, field: CandidateField, index: number): void =>
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
    )

  const dropProposal = (key: string | undefined): void =>
    setProposals((ps) => (ps && key ? ps.filter((p) => p.key !== key) : ps))

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
          notify('info', 'Event deleted. Ctrl+Z brings it back.')
        }
      })
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
      {/* The review steps aside while a proposal is edited: the form beside the reader is modeless. */}
      {proposals && !(form && form.initial.articleId === article?.id) && (
        <SuggestionsReview
          proposals={proposals}
          onClose={() => setProposals(null)}
          onDismiss={(p) => dropProposal(p.key)}
          onChoose={choose}
          onEdit={(p) => setForm({ initial: p.draft, isNew: true, proposalKey: p.key })}
          onAccept={(p) => {
            void addMany([p.draft], 'accept suggested event').then((errs) =>
              errs.length ? notify('error', errs.join(' ')) : dropProposal(p.key)
            )
          }}
          onAcceptAll={() => {
            void addMany(
              proposals.map((p) => p.draft),
              'accept suggested events'
            ).then((errs) => (errs.length ? notify('error', errs.join(' ')) : setProposals([])))
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
            otherEvents={allEvents.filter((e) => e.id !== form.initial.id)}
            publishedAt={article.publishedAt}
            articleText={text}
            actorNames={actorNames}
            resolveActor={resolveActor}
            onSave={async (e) => {
              const errs = await save(e)
              if (!errs.length) dropProposal(form.proposalKey)
              return errs
            }}
            onSplit={async (e, proposal) => {
              const errs = await split(e, proposal.parts, !form.isNew)
              if (!errs.length) dropProposal(form.proposalKey)
              return errs
            }}
            onClose={() => setForm(null)}
          />
        </Suspense>
      )}
    </>
  )

  return { paneProps, dialogs, tagFromSpan }
}
