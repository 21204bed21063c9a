// Seeded, ACLED-like events for the events benchmark and its harness page (pure: no DOM, no Node).
//
// Shape of the data, so a reader can judge how realistic the load is:
// - 8 countries; each has fixed actors (state forces, police, 3 rebel groups, 4 political and
//   4 identity militias, rioters, protesters, civilians) and a long tail of 40 local militias
//   picked with a Zipf-like bias, plus 4 external forces shared by all countries; at 2,000
//   events this gives a few hundred distinct actors and several hundred actor pairs.
// - Event types: battles 25%, explosions 20%, violence against civilians 15%, protests 25% (most
//   with a single actor), riots 8%, strategic developments 7% (single actor); 15% have an
//   associated actor.
// - Dates over 2024: 75% known to the day, 17% to the week, 8% to the month; 8% historical
//   mentions (1–5 years earlier), 4% future/hypothetical/negated, 1% without a date.
import type {
  AcledEventType,
  EventActor,
  EventContext,
  EventRecord,
  InterCode,
  TimePrecision
} from '@shared/model/event'
import { makeEvent } from '@core/test-support/make-records'
import { createRng } from '../anchoring/prng'

// The same seeded generator as the anchoring bench, so every bench is reproducible the same way.
export { createRng, type Rng } from '../anchoring/prng'

const COUNTRIES = [
  ['IRQ', 'Iraq', 'Iraqi'],
  ['SYR', 'Syria', 'Syrian'],
  ['SDN', 'Sudan', 'Sudanese'],
  ['MMR', 'Myanmar', 'Burmese'],
  ['NGA', 'Nigeria', 'Nigerian'],
  ['YEM', 'Yemen', 'Yemeni'],
  ['COD', 'DR Congo', 'Congolese'],
  ['MLI', 'Mali', 'Malian']
] as const

const TAIL = 40

interface CountryActors {
  code: string
  name: string
  state: EventActor
  police: EventActor
  rebels: EventActor[]
  political: EventActor[]
  identity: EventActor[]
  rioters: EventActor
  protesters: EventActor
  civilians: EventActor
  tail: EventActor[]
}

const mk = (name: string, inter: InterCode, actorId: string | null = null): EventActor => ({
  name,
  inter,
  actorId
})

function buildActors(): { countries: CountryActors[]; external: EventActor[] } {
  const countries = COUNTRIES.map(([code, name, adj], c): CountryActors => ({
    code,
    name,
    state: mk(`Military Forces of ${name}`, 1, `Q-state-${code}`),
    police: mk(`Police Forces of ${name}`, 1, `Q-police-${code}`),
    rebels: [1, 2, 3].map((i) =>
      mk(`${adj} Liberation Front ${i}`, 2, i === 1 ? `Q-r-${c}` : null)
    ),
    political: [1, 2, 3, 4].map((i) => mk(`${adj} Party Militia ${i}`, 3)),
    identity: [1, 2, 3, 4].map((i) => mk(`${adj} Communal Militia ${i}`, 4)),
    rioters: mk(`Rioters (${name})`, 5),
    protesters: mk(`Protesters (${name})`, 6),
    civilians: mk(`Civilians (${name})`, 7),
    tail: Array.from({ length: TAIL }, (_, i) => mk(`${adj} Local Militia ${i + 1}`, 3))
  }))
  const external = [
    mk('Military Forces of the United States', 8, 'Q-ext-us'),
    mk('Military Forces of Russia', 8, 'Q-ext-ru'),
    mk('Military Forces of Turkey', 8, 'Q-ext-tr'),
    mk('Wagner Group', 8, null)
  ]
  return { countries, external }
}

const SUB_TYPES: Record<AcledEventType, string[]> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Air/drone strike',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade'
  ],
  'Violence against civilians': ['Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Arrests', 'Agreement', 'Looting/property destruction', 'Other']
}

const pad = (n: number): string => String(n).padStart(2, '0')
const isoDay = (t: number): string => {
  const d = new Date(t)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}
const DAY = 86_400_000

/** `count` events, the same for the same seed. */
export function generateEvents(count: number, seed = 20_240_202): EventRecord[] {
  const rng = createRng(seed)
  const { countries, external } = buildActors()
  // Zipf-like: low indexes are picked far more often.
  const zipf = <T>(items: readonly T[]): T =>
    items[Math.min(items.length - 1, Math.floor(items.length * rng.next() ** 2.2))] as T
  const armed = (c: CountryActors): EventActor => {
    const r = rng.next()
    if (r < 0.3) return c.state
    if (r < 0.45) return zipf(c.rebels)
    if (r < 0.6) return zipf(c.political)
    if (r < 0.72) return zipf(c.identity)
    if (r < 0.8) return rng.pick(external)
    return zipf(c.tail)
  }
  // Some mentions spell the name differently or lack the registry id.
  const mention = (a: EventActor): EventActor => {
    if (a.actorId && rng.chance(0.1)) return { ...a, actorId: null }
    if (rng.chance(0.05)) return { ...a, name: a.name.toLowerCase() }
    return a
  }
  const start2024 = Date.UTC(2024, 0, 1)
  const events: EventRecord[] = []
  for (let i = 0; i < count; i++) {
    const c = zipf(countries)
    const r = rng.next()
    const eventType: AcledEventType =
      r < 0.25
        ? 'Battles'
        : r < 0.45
          ? 'Explosions/Remote violence'
          : r < 0.6
            ? 'Violence against civilians'
            : r < 0.85
              ? 'Protests'
              : r < 0.93
                ? 'Riots'
                : 'Strategic developments'
    let actor1: EventActor | null = null
    let actor2: EventActor | null = null
    switch (eventType) {
      case 'Battles':
        actor1 = armed(c)
        do actor2 = armed(c)
        while (actor2 === actor1 && rng.chance(0.9))
        break
      case 'Explosions/Remote violence':
        actor1 = armed(c)
        actor2 = rng.chance(0.4) ? armed(c) : rng.chance(0.5) ? c.civilians : null
        break
      case 'Violence against civilians':
        actor1 = armed(c)
        actor2 = c.civilians
        break
      case 'Protests':
        actor1 = c.protesters
        actor2 = rng.chance(0.2) ? c.police : null
        break
      case 'Riots':
        actor1 = c.rioters
        actor2 = rng.chance(0.5) ? c.police : rng.chance(0.5) ? c.civilians : null
        break
      case 'Strategic developments':
        actor1 = armed(c)
        break
    }
    const assocActor1 = rng.chance(0.15) ? armed(c) : null
    const precision: TimePrecision = rng.chance(0.75) ? 1 : rng.chance(0.68) ? 2 : 3
    const contextRoll = rng.next()
    const context: EventContext =
      contextRoll < 0.08
        ? 'historical'
        : contextRoll < 0.1
          ? 'future'
          : contextRoll < 0.11
            ? 'hypothetical'
            : contextRoll < 0.12
              ? 'negated'
              : 'current'
    let t = start2024 + rng.int(0, 365) * DAY
    if (context === 'historical') t -= rng.int(365, 5 * 365) * DAY
    if (context === 'future') t += rng.int(7, 120) * DAY
    if (precision === 2) t -= ((new Date(t).getUTCDay() + 6) % 7) * DAY
    let eventDate = isoDay(t)
    if (precision === 3) eventDate = `${eventDate.slice(0, 8)}01`
    if (rng.chance(0.01)) eventDate = ''
    const fatalities = rng.chance(0.6) ? rng.int(0, 40) : null
    events.push(
      makeEvent({
        id: `ev-${String(i).padStart(5, '0')}`,
        articleId: `art-${rng.int(1, Math.max(1, Math.round(count / 8)))}`,
        createdAt: '2024-06-01T00:00:00.000Z',
        updatedAt: '2024-06-01T00:00:00.000Z',
        eventType,
        subEventType: rng.pick(SUB_TYPES[eventType]),
        actor1: actor1 && mention(actor1),
        assocActor1,
        actor2: actor2 && mention(actor2),
        countryCode: c.code,
        admin1: `${c.name} province ${rng.int(1, 12)}`,
        location: `${c.name} town ${rng.int(1, 80)}`,
        eventDate,
        timePrecision: precision,
        fatalities,
        fatalitiesPhrase: fatalities !== null && rng.chance(0.1) ? 'several' : '',
        sourceName: 'Bench Wire',
        context
      })
    )
  }
  return events
}
