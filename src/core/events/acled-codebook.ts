// ACLED codebook tables (event types, sub-event types, actor categories, interaction codes).
// Orders follow docs/domain.md so pickers list them the way analysts learn them.
import type { AcledEventType, InterCode } from '../../shared/model/event'

/** The six event types, each with its sub-event types, in codebook order (6 types / 25 sub-types). */
export const ACLED_EVENT_TYPES = [
  {
    type: 'Battles',
    subTypes: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']
  },
  {
    type: 'Explosions/Remote violence',
    subTypes: [
      'Chemical weapon',
      'Air/drone strike',
      'Suicide bomb',
      'Shelling/artillery/missile attack',
      'Remote explosive/landmine/IED',
      'Grenade'
    ]
  },
  {
    type: 'Violence against civilians',
    subTypes: ['Sexual violence', 'Attack', 'Abduction/forced disappearance']
  },
  {
    type: 'Protests',
    subTypes: [
      'Peaceful protest',
      'Protest with intervention',
      'Excessive force against protesters'
    ]
  },
  { type: 'Riots', subTypes: ['Violent demonstration', 'Mob violence'] },
  {
    type: 'Strategic developments',
    subTypes: [
      'Agreement',
      'Arrests',
      'Change to group/activity',
      'Disrupted weapons use',
      'Headquarters or base established',
      'Looting/property destruction',
      'Non-violent transfer of territory',
      'Other'
    ]
  }
] as const satisfies readonly { type: AcledEventType; subTypes: readonly string[] }[]

/** Any of the 25 ACLED sub-event types. */
export type AcledSubEventType = (typeof ACLED_EVENT_TYPES)[number]['subTypes'][number]

/** The six type names, in order, for pickers. */
export const EVENT_TYPE_NAMES: readonly AcledEventType[] = ACLED_EVENT_TYPES.map((t) => t.type)

const SUB_TYPES_BY_TYPE = new Map<string, readonly string[]>(
  ACLED_EVENT_TYPES.map((t) => [t.type, t.subTypes])
)
const TYPE_BY_SUB_TYPE = new Map<string, AcledEventType>(
  ACLED_EVENT_TYPES.flatMap((t) => t.subTypes.map((s) => [s, t.type] as const))
)

/** True for one of the six ACLED event type names (exact spelling). */
export function isEventType(value: string): value is AcledEventType {
  return SUB_TYPES_BY_TYPE.has(value)
}

/** The sub-event types of a type, in codebook order; empty for '' or an unknown type. */
export function subTypesOf(type: AcledEventType | ''): readonly string[] {
  return SUB_TYPES_BY_TYPE.get(type) ?? []
}

/** The event type a sub-event type belongs to, or null if it is not an ACLED sub-event type. */
export function typeOfSubType(sub: string): AcledEventType | null {
  return TYPE_BY_SUB_TYPE.get(sub) ?? null
}

/** True when `sub` is one of the sub-event types of `type` (exact spelling). */
export function isSubTypeOf(type: AcledEventType | '', sub: string): boolean {
  return subTypesOf(type).includes(sub)
}

/**
 * Why `sub` cannot go with `type`, in words ("Air/drone strike" is a sub-event type of
 * Explosions/Remote violence, not of Battles…); null when the pair is fine or either is empty.
 */
export function describeSubTypeMismatch(type: AcledEventType | '', sub: string): string | null {
  if (sub === '') return null
  if (type === '') return `The sub-event type "${sub}" is set but the event type is empty.`
  if (isSubTypeOf(type, sub)) return null
  const owner = typeOfSubType(sub)
  const lead = owner
    ? `"${sub}" is a sub-event type of ${owner}, not of ${type}.`
    : `"${sub}" is not an ACLED sub-event type.`
  return `${lead} ${type} has: ${subTypesOf(type).join('; ')}.`
}

/** ACLED actor categories ("inter" codes) with the codebook's labels. */
export const ACTOR_CATEGORIES = {
  1: 'State forces',
  2: 'Rebel groups',
  3: 'Political militias',
  4: 'Identity militias',
  5: 'Rioters',
  6: 'Protesters',
  7: 'Civilians',
  8: 'External/Other forces'
} as const satisfies Record<InterCode, string>

/** The eight inter codes in order, for pickers. */
export const INTER_CODES = [1, 2, 3, 4, 5, 6, 7, 8] as const satisfies readonly InterCode[]

/** True for an integer 1..8. */
export function isInterCode(value: unknown): value is InterCode {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8
}

/**
 * ACLED's `disorder_type` (codebook 2023+). The mapping chosen, by sub-event type:
 * - Battles, Explosions/Remote violence, Violence against civilians: Political violence.
 * - Riots / Mob violence: Political violence (a mob attacking people or property is one-sided
 *   violence, so ACLED counts it with political violence, not with demonstrations).
 * - Protests / Excessive force against protesters: "Political violence; Demonstrations" — the
 *   only sub-type that is both (peaceful demonstrators met with lethal or serious force).
 * - Protests / Peaceful protest and Protest with intervention, Riots / Violent demonstration:
 *   Demonstrations (an intervention without serious injury does not make it political violence).
 * - Strategic developments: Strategic developments.
 */
export type DisorderType =
  | 'Political violence'
  | 'Demonstrations'
  | 'Political violence; Demonstrations'
  | 'Strategic developments'

/**
 * The disorder type of a coded event; null when the type is missing, the sub-type does not belong
 * to it, or a Protests/Riots event has no sub-type yet (those two types need it to decide).
 */
export function disorderType(
  eventType: AcledEventType | '',
  subEventType: string
): DisorderType | null {
  if (eventType === '') return null
  if (subEventType !== '' && !isSubTypeOf(eventType, subEventType)) return null
  switch (eventType) {
    case 'Battles':
    case 'Explosions/Remote violence':
    case 'Violence against civilians':
      return 'Political violence'
    case 'Strategic developments':
      return 'Strategic developments'
    case 'Protests':
      if (subEventType === '') return null
      return subEventType === 'Excessive force against protesters'
        ? 'Political violence; Demonstrations'
        : 'Demonstrations'
    case 'Riots':
      if (subEventType === '') return null
      return subEventType === 'Mob violence' ? 'Political violence' : 'Demonstrations'
  }
}

/**
 * ACLED's two-digit `interaction` code (codebook up to 2023; ACLED now also publishes it as text).
 * Convention: the two inter codes with the smaller first (8 with 3 gives 38, not 83); two actors of
 * the same category repeat it (33); an event with a single categorised actor gives that code
 * followed by 0 (10 for State forces alone, 60 for Protesters alone). Associated actors never count.
 * Returns null when neither actor has a category.
 */
export function interaction(inter1: InterCode | null, inter2: InterCode | null): number | null {
  if (inter1 === null && inter2 === null) return null
  if (inter1 === null || inter2 === null) return (inter1 ?? inter2 ?? 0) * 10
  const low = Math.min(inter1, inter2)
  const high = Math.max(inter1, inter2)
  return low * 10 + high
}
