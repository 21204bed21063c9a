// Trigger words → ACLED event type and sub-type, with the CAMEO code for the same action (CAMEO
// 1.1b3, the last CAMEO release; PLOVER has no code list to cite yet). Some triggers only count
// with the right participants ("shot dead" is excessive force when protesters are named, an
// attack when civilians are) or verb ("ceasefire" needs "signed", "agreed", "brokered"...).
import type { AcledEventType, OntologyCode } from '../../shared/model/event'
import { ontologyCodeOf } from '../events/ontology-code-of'
import { PhraseMatcher, type PhraseMatch, type Token } from './phrase-matcher'

/** What a trigger needs in its clause to count. */
export type TriggerRequirement =
  | 'protesters'
  | 'civilians'
  | 'armed-target'
  | 'crowd-doer'
  | 'drone-act'
  | 'state-taker'
  | 'non-state-taker'
  | 'withdrawal'
  | 'agreement-verb'
  | 'aircraft'
  | 'armed-state'
  | 'unarmed'
  | 'none'

export interface TriggerSpec {
  eventType: AcledEventType
  subEventType: string
  /** CAMEO code, where the sub-type or the trigger has one. */
  code?: OntologyCode
  requires: TriggerRequirement
}

export type TriggerMatch = PhraseMatch<TriggerSpec[]>

const CAMEO_VERSION = '1.1b3'
const cameo = (code: string, label: string): OntologyCode => ({
  ontology: 'CAMEO',
  version: CAMEO_VERSION,
  code,
  label
})

const EXPLOSIONS = 'Explosions/Remote violence'
const TERRITORY =
  'recaptured|retook|retaken|regained control|regained|recapture|gained control|took control|taken control|seized control|seized|captured|overran|overrun|pushed back|pushed out|drove out|driven out|ousted|expelled|liberated'
// Acts of violence whose type depends on who was hit: civilians (an attack) or armed men (a battle).
const VIOLENT_ACTS =
  'shot dead|opened fire|fire opened|fatally shot|fatally wounded|gunned down|attack|attacks|attacked|attacking|assault|assaulted|massacre|massacred|executed|killed|killing|kill|kills|stabbed|beheaded|beheading|hacked to death|slaughtered|stormed|storming|raid|raided|raids|ambush|ambushed|shot|shooting|sniper|sniper fire|burnt|burned|torched|set ablaze|set on fire'
// `code` null: the sub-type's own CAMEO code from core (ontologyCodeOf), the one the form gives
// when the analyst picks that sub-type. Only a trigger that says more than its sub-type (a threat
// coded "Other") carries a code of its own.
type Row = [
  phrases: string,
  type: AcledEventType,
  sub: string,
  code: OntologyCode | null,
  requires?: TriggerRequirement
]

// Order matters where one phrase appears twice: the first row whose requirement holds wins.
const ROWS: Row[] = [
  [
    'airstrike|airstrikes|air strike|air strikes|air raid|air raids|drone strike|drone strikes|drone attack|drone attacks|aerial bombardment|bombing raid|bombing raids|drones armed with explosives|explosive laden drones|armed drones|warplanes bombed|bombed by warplanes',
    EXPLOSIONS,
    'Air/drone strike',
    null
  ],
  // "A Ukrainian drone sparked a fire at an oil refinery", "drones hit buildings in Moscow".
  [
    'drone|drones|unmanned aerial vehicle|unmanned aerial vehicles|UAV|UAVs|kamikaze drone|kamikaze drones|loitering munition|loitering munitions|warplane|warplanes|fighter jet|fighter jets|jet|jets|military aircraft|helicopter gunship|helicopter gunships|gunship|gunships',
    EXPLOSIONS,
    'Air/drone strike',
    null,
    'drone-act'
  ],
  ['strike|strikes', EXPLOSIONS, 'Air/drone strike', null, 'armed-state'],
  ['bombed|bombing|bombings|bombarded', EXPLOSIONS, 'Air/drone strike', null, 'aircraft'],
  [
    'shelling|shelled|shells|artillery|artillery fire|mortar|mortars|mortar fire|rocket|rockets|rocket attack|rocket attacks|missile|missiles|missile strike|missile strikes|missile attack|Katyusha rockets',
    EXPLOSIONS,
    'Shelling/artillery/missile attack',
    null
  ],
  [
    'suicide bomber|suicide bombers|suicide bombing|suicide bombings|suicide attack|suicide attacks|suicide car bomb|suicide vest|suicide bomb|suicide bomb attack|suicide blast|suicide explosion|explosive vest|suicide truck bomb',
    EXPLOSIONS,
    'Suicide bomb',
    null
  ],
  [
    'explosion|explosions|blast|blasts|exploded|explodes|detonated|detonation|roadside device|bomb blast|bomb|bombs|mine|mines|roadside bomb|roadside bombs|improvised explosive device|improvised explosive devices|improvised explosives|improvised explosive|IED|IEDs|landmine|landmines|land mine|land mines|explosive device|explosive devices|car bomb|car bombs|explosives|bomb blast|bomb exploded|bomb|bombed|bombing|bombings',
    EXPLOSIONS,
    'Remote explosive/landmine/IED',
    null
  ],
  ['grenade|grenades|hand grenade|grenade attack', EXPLOSIONS, 'Grenade', null],
  [
    'chemical attack|chemical weapons|chemical weapon|chlorine gas|sarin',
    EXPLOSIONS,
    'Chemical weapon',
    null
  ],
  // Who takes ground decides the sub-type: a state's forces regain it, anyone else overtakes it.
  [TERRITORY, 'Battles', 'Government regains territory', null, 'state-taker'],
  [TERRITORY, 'Battles', 'Non-state actor overtakes territory', null, 'non-state-taker'],
  [
    'entered|moved into|marched into|rolled into',
    'Strategic developments',
    'Non-violent transfer of territory',
    null,
    'withdrawal'
  ],
  [
    'tear gas|teargas|water cannon|water cannons|rubber bullets|baton charged',
    'Protests',
    'Protest with intervention',
    null,
    'protesters'
  ],
  [
    'shot dead|opened fire|live ammunition|live rounds|fatally shot|gunned down|killed|killing',
    'Protests',
    'Excessive force against protesters',
    null,
    'protesters'
  ],
  // Protesters storming, burning or stoning: the demonstration turned violent is a riot (ACLED).
  [
    `${VIOLENT_ACTS}|burning|pushed their way|forced their way|threw stones|hurled stones|pelted|vandalised|vandalized|smashed|looted|set alight`,
    'Riots',
    'Violent demonstration',
    null,
    'crowd-doer'
  ],
  [VIOLENT_ACTS, 'Violence against civilians', 'Attack', null, 'civilians'],
  // The same acts against soldiers, police or fighters are battles (ACLED: an attack on an armed
  // actor, even asleep or caught by surprise, is an armed clash).
  [VIOLENT_ACTS, 'Battles', 'Armed clash', null, 'armed-target'],
  [
    'clash|clashes|clashed|clashing|fighting|fought|battle|battles|battled|firefight|firefights|gunfight|gunfights|gun battle|gun battles|gunbattle|gunbattles|gun-battle|shootout|shoot-out|shootouts|confronted|engaged in a|exchanged gunfire|exchanged fire|returned fire|exchange of fire|exchanged fire|ambush|ambushed|heavy fighting|repelled an attack|repulsed an attack|repelled|repulsed',
    'Battles',
    'Armed clash',
    null
  ],
  [
    'abducted|abduct|abducting|abduction|abductions|kidnapped|kidnap|kidnapping|kidnappings|taken hostage|took hostage|forcibly disappeared',
    'Violence against civilians',
    'Abduction/forced disappearance',
    null
  ],
  [
    'raped|rape|sexual violence|sexually assaulted',
    'Violence against civilians',
    'Sexual violence',
    null
  ],
  [
    'protest|protests|protested|protesting|demonstration|demonstrations|demonstrated|rally|rallies|rallied|march|marched|marching|sit-in|took to the streets|went on strike',
    'Protests',
    'Peaceful protest',
    null
  ],
  [
    'riot|riots|rioted|rioting|violent demonstration|violent demonstrations|violent protest|violent protests',
    'Riots',
    'Violent demonstration',
    null
  ],
  ['looted|looting|set fire|torched|ransacked', 'Riots', 'Violent demonstration', null, 'unarmed'],
  ['lynched|lynching|mob violence|mob attack|mob attacked', 'Riots', 'Mob violence', null],
  [
    'ceasefire|cease-fire|truce|peace agreement|peace deal|agreement|deal|accord|prisoner exchange|peace talks|negotiations|talks',
    'Strategic developments',
    'Agreement',
    null,
    'agreement-verb'
  ],
  [
    'arrested|arrest|arrests|detained|detain|rounded up|taken into custody',
    'Strategic developments',
    'Arrests',
    null
  ],
  ['defused|intercepted|shot down', 'Strategic developments', 'Disrupted weapons use', null],
  [
    'threatened|threatening|threatens|threatened to|vowed to respond|vowed to retaliate|vowed revenge|vowed|vowing|warned of retaliation',
    'Strategic developments',
    'Other',
    cameo('138', 'Threaten to use military force')
  ]
]

// "March" the month is not a march; acronyms match as written.
const EXACT = new Set(['march', 'marched', 'marching', 'IED', 'IEDs'])

let matcher: PhraseMatcher<TriggerSpec[]> | null = null

function build(): PhraseMatcher<TriggerSpec[]> {
  const byPhrase = new Map<string, TriggerSpec[]>()
  for (const [phrases, eventType, subEventType, code, requires] of ROWS) {
    for (const phrase of phrases.split('|')) {
      const list = byPhrase.get(phrase) ?? []
      const cameoCode = code ?? ontologyCodeOf(subEventType)
      list.push({
        eventType,
        subEventType,
        ...(cameoCode ? { code: cameoCode } : {}),
        requires: requires ?? 'none'
      })
      byPhrase.set(phrase, list)
    }
  }
  return new PhraseMatcher(
    [...byPhrase].map(([phrase, value]) => ({
      phrase,
      value,
      caseRule: EXACT.has(phrase) ? ('exact' as const) : ('any' as const)
    }))
  )
}

/** Trigger words among tokens[from, to), each with its candidate readings (first that holds wins). */
export function findTriggers(
  text: string,
  tokens: readonly Token[],
  from = 0,
  to = tokens.length
): TriggerMatch[] {
  matcher ??= build()
  return matcher.match(text, tokens, from, to)
}

const DRONE_ACT =
  /\b(?:hit|hits|struck|strikes?|attack(?:ed|s|ing)?|explod(?:ed|es|ing)|sparked|crashed|targeted|targeting|launched|sending|sent|fired|dropped|bombed|slammed|damaged|destroyed|killed|killing|wounded)\b/i
const GROUND =
  /\b(?:control|territory|town|towns|city|cities|village|villages|base|bases|area|areas|district|region|province|positions?|camp|outpost|airport|capital|north|south|east|west|centre|center|neighbourhoods?|neighborhoods?|hills?|border|ground|stronghold|\p{Lu}\p{Ll}+)\b/u
const WITHDREW =
  /\b(?:left|withdrew|had withdrawn|pulled out|retreated|abandoned|vacated|handed over)\b/i
const AIRCRAFT =
  /\b(?:jets?|warplanes?|aircraft|air ?forces?|helicopters?|gunships?|drones?|planes?|bombers?)\b/i
const AGREEMENT_VERB =
  /\b(?:signed|sign|agreed|agree|agreeing|reached|brokered|struck|concluded|announced|declared|accepted|held|began|opened|resumed|entered into|mediated)\b/i
// In a protest's sentence, these make it "with intervention" or "excessive force".
// "dispersed" alone is how a march ends; police dispersing it is an intervention.
const INTERVENTION =
  /\b(?:tear ?gas|water cannons?|rubber bullets|(?:police|officers|forces) (?:\w+ )?dispersed|were dispersed|to disperse|batons?|arrested|detained|beat|beaten|clashed with police)\b/i
const EXCESSIVE =
  /\b(?:shot dead|live (?:ammunition|rounds)|opened fire|fatally shot|gunned down|killed|killing)\b/i

/** The first reading of a trigger whose requirement holds in its clause. */
export function pickReading(
  specs: readonly TriggerSpec[],
  clause: string,
  inters: {
    inClause: ReadonlySet<number>
    afterTrigger: ReadonlySet<number>
    beforeTrigger: ReadonlySet<number>
    /** A state's forces are named right before the trigger ("a similar Turkish strike"). */
    stateBefore?: boolean
    /** The trigger is a passive verb ("were killed"): the actors before it were hit. */
    passive?: boolean
  }
): TriggerSpec | null {
  for (const spec of specs) {
    if (spec.requires === 'aircraft' && !AIRCRAFT.test(clause)) continue
    // "strike" is also a walk-out: only a state's forces or aircraft make it an air strike.
    if (spec.requires === 'armed-state' && !inters.stateBefore && !AIRCRAFT.test(clause)) continue
    // "The attackers set fire to the market": armed men burning is part of their attack, not a riot.
    if (spec.requires === 'unarmed' && [1, 2, 3, 4, 8].some((i) => inters.beforeTrigger.has(i)))
      continue
    if (spec.requires === 'protesters' && !inters.inClause.has(6)) continue
    // "killed civilians", "shot dead two villagers": the civilians are the ones hit.
    // "three civilians were killed": a passive puts the ones hit before the verb.
    const hit = inters.passive ? inters.beforeTrigger : inters.afterTrigger
    if (spec.requires === 'civilians' && !hit.has(7) && !inters.afterTrigger.has(7)) continue
    const doers = inters.passive ? inters.afterTrigger : inters.beforeTrigger
    if (spec.requires === 'crowd-doer' && !doers.has(6) && !doers.has(5)) continue
    if (spec.requires === 'armed-target' && ![1, 2, 3, 4, 8].some((i) => hit.has(i))) continue
    if (spec.requires === 'agreement-verb' && !AGREEMENT_VERB.test(clause)) continue
    if (spec.requires === 'drone-act' && !DRONE_ACT.test(clause)) continue
    const taker = inters.passive ? inters.afterTrigger : inters.beforeTrigger
    // "hundreds of munitions seized": taking ground needs ground.
    if (
      (spec.requires === 'state-taker' || spec.requires === 'non-state-taker') &&
      !GROUND.test(clause)
    )
      continue
    if (spec.requires === 'state-taker' && !(inters.stateBefore || taker.has(1) || taker.has(8)))
      continue
    if (spec.requires === 'non-state-taker' && ![2, 3, 4].some((i) => taker.has(i))) continue
    // "entered Lalibela after the militiamen left": ground changing hands without a fight.
    if (spec.requires === 'withdrawal' && !WITHDREW.test(clause)) continue
    return spec
  }
  return null
}

const PROTEST_RANK: Record<string, number> = {
  'Peaceful protest': 0,
  'Protest with intervention': 1,
  'Excessive force against protesters': 2
}

/** A protest's sub-type from its sentence: intervention and force words raise it, never lower it. */
export function protestSubType(current: string, sentence: string): string {
  const found = EXCESSIVE.test(sentence)
    ? 'Excessive force against protesters'
    : INTERVENTION.test(sentence)
      ? 'Protest with intervention'
      : 'Peaceful protest'
  return (PROTEST_RANK[found] ?? 0) > (PROTEST_RANK[current] ?? 0) ? found : current
}

/** The more severe of two protest sub-types (for merging mentions of one protest). */
export function severerProtest(a: string, b: string): string {
  return (PROTEST_RANK[b] ?? 0) > (PROTEST_RANK[a] ?? 0) ? b : a
}
