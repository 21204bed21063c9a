// The CAMEO action (1.1b3, the last CAMEO release) that matches each ACLED sub-event type, so the
// code follows the sub-type an analyst picks. The same codes as the suggester gives for its
// triggers; sub-types CAMEO has no action for get no code rather than a loose one.
import type { OntologyCode } from '../../shared/model/event'
import type { AcledSubEventType } from './acled-codebook'

const CAMEO_VERSION = '1.1b3'

const CAMEO: Record<AcledSubEventType, [code: string, label: string] | null> = {
  'Armed clash': ['190', 'Use conventional military force'],
  'Government regains territory': ['190', 'Use conventional military force'],
  'Non-state actor overtakes territory': ['190', 'Use conventional military force'],
  'Chemical weapon': ['2041', 'Use chemical, biological, or radiological weapons'],
  'Air/drone strike': ['195', 'Employ aerial weapons'],
  'Suicide bomb': ['1831', 'Carry out suicide bombing'],
  'Shelling/artillery/missile attack': ['194', 'Fight with artillery and tanks'],
  'Remote explosive/landmine/IED': ['183', 'Conduct suicide, car, or other non-military bombing'],
  Grenade: ['190', 'Use conventional military force'],
  'Sexual violence': ['1821', 'Sexually assault'],
  Attack: ['180', 'Use unconventional mass violence'],
  'Abduction/forced disappearance': ['181', 'Abduct, hijack, or take hostage'],
  'Peaceful protest': ['141', 'Demonstrate or rally'],
  'Protest with intervention': ['141', 'Demonstrate or rally'],
  'Excessive force against protesters': ['141', 'Demonstrate or rally'],
  'Violent demonstration': ['145', 'Protest violently, riot'],
  'Mob violence': ['145', 'Protest violently, riot'],
  Agreement: ['057', 'Sign formal agreement'],
  Arrests: ['173', 'Arrest, detain, or charge with legal action'],
  'Change to group/activity': null,
  'Disrupted weapons use': ['190', 'Use conventional military force'],
  'Headquarters or base established': null,
  'Looting/property destruction': ['1712', 'Destroy property'],
  // An army entering a town others left: the withdrawal is the CAMEO action.
  'Non-violent transfer of territory': ['0874', 'Retreat or surrender militarily'],
  Other: null
}

/** The CAMEO code for a sub-event type, or null when there is none (or no sub-type). */
export function ontologyCodeOf(subEventType: string): OntologyCode | null {
  const row = (CAMEO as Record<string, [string, string] | null | undefined>)[subEventType]
  return row ? { ontology: 'CAMEO', version: CAMEO_VERSION, code: row[0], label: row[1] } : null
}
