import { formatEventDate, type MergeFieldKey } from '@core/events'
import type { EventActor, EventRecord } from '@shared/model/event'

const actorText = (a: EventActor | null): string =>
  a ? `${a.name}${a.inter ? ` (category ${a.inter})` : ''}` : '—'

/** A merge field's value as the analyst compares it; '—' for none. */
export function mergeFieldText(e: EventRecord, key: MergeFieldKey): string {
  switch (key) {
    case 'type':
      return e.eventType ? `${e.eventType}${e.subEventType ? ` › ${e.subEventType}` : ''}` : '—'
    case 'actor1':
    case 'assocActor1':
    case 'actor2':
    case 'assocActor2':
      return actorText(e[key])
    case 'country':
      return e.countryCode || '—'
    case 'location': {
      const place = [e.location, e.admin1].filter(Boolean).join(', ')
      const at =
        e.latitude !== null && e.longitude !== null ? ` (${e.latitude}, ${e.longitude})` : ''
      return place || at ? `${place || 'unnamed place'}${at}` : '—'
    }
    case 'date':
      return e.eventDate ? formatEventDate(e.eventDate, e.timePrecision) : '—'
    case 'fatalities':
      return e.fatalities === null
        ? e.fatalitiesPhrase
          ? `unknown (“${e.fatalitiesPhrase}”)`
          : '—'
        : `${e.fatalities}${e.fatalitiesPhrase ? ` (“${e.fatalitiesPhrase}”)` : ''}`
    case 'context':
      return e.context
    case 'source': {
      const grade = e.grade ? ` ${e.grade.reliability}${e.grade.credibility}` : ''
      return e.sourceName || grade ? `${e.sourceName || 'unnamed source'}${grade}` : '—'
    }
  }
}
