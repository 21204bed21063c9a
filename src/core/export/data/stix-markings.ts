import type { TlpLevel } from '../exchange-options'
import type { StixObject } from './stix-object'

// The TLP marking-definitions exactly as STIX 2.1 §7.2.1.4 publishes them (fixed ids, created
// 2017-01-20): every platform already holds these objects and matches them by id. TLP 2.0's CLEAR
// is TLP 1.0's WHITE renamed, and OpenCTI stores TLP:CLEAR under the WHITE id, so CLEAR travels as
// that object. AMBER+STRICT has no object in the STIX standard; OpenCTI gives it the fixed id
// below, as a statement marking named "TLP:AMBER+STRICT", which is what we emit.
const TLP_1: Record<Exclude<TlpLevel, 'amber+strict'>, { id: string; tlp: string }> = {
  clear: { id: 'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9', tlp: 'white' },
  green: { id: 'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', tlp: 'green' },
  amber: { id: 'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82', tlp: 'amber' },
  red: { id: 'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed', tlp: 'red' }
}
export const TLP_AMBER_STRICT_ID = 'marking-definition--826578e1-40ad-459f-bc73-ede076f81f37'

/** The marking-definition object of a TLP level (spec_version 2.1). */
export function tlpMarking(level: TlpLevel): StixObject {
  if (level === 'amber+strict') {
    return {
      type: 'marking-definition',
      spec_version: '2.1',
      id: TLP_AMBER_STRICT_ID,
      created: '2022-08-01T00:00:00.000Z',
      modified: '2022-08-01T00:00:00.000Z',
      name: 'TLP:AMBER+STRICT',
      definition_type: 'statement',
      definition: {
        statement:
          'TLP:AMBER+STRICT (FIRST TLP 2.0): limited disclosure, recipients may share only ' +
          'within their own organisation.'
      }
    }
  }
  const { id, tlp } = TLP_1[level]
  // STIX's TLP markings have no `modified` (and the schema forbids extra properties on them).
  return {
    type: 'marking-definition',
    spec_version: '2.1',
    id,
    created: '2017-01-20T00:00:00.000Z',
    name: `TLP:${tlp.toUpperCase()}`,
    definition_type: 'tlp',
    definition: { tlp }
  } as unknown as StixObject
}

/** The id of the marking-definition of a TLP level. */
export const tlpMarkingId = (level: TlpLevel): string =>
  level === 'amber+strict' ? TLP_AMBER_STRICT_ID : TLP_1[level].id
