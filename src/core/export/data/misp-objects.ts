// MISP objects as the MISP event JSON format writes them, built after the MISP object templates
// (MISP/misp-objects; the tests check every object against its template in
// ../shared/schemas/misp-objects). The template uuids and versions are those templates'.
import { stixId } from './stix-ids'

/** The templates the MISP export uses: uuid and version as in MISP/misp-objects at 54538c6. */
export const MISP_TEMPLATES = {
  annotation: { uuid: '5d8dc046-15a1-4ca3-a09f-ed4ede7c4487', version: 3 },
  event: { uuid: '3853b726-6a9c-43b3-8ffb-23839b07d5a9', version: 1 },
  geolocation: { uuid: 'cd6f2238-ba55-4888-82c4-104e6e1acf21', version: 8 },
  organization: { uuid: 'f750e12b-127a-432c-b022-b3f9153c4e2a', version: 9 },
  report: { uuid: '70a68471-df22-4e3f-aa1a-5a3be19f82df', version: 8 }
} as const
export type MispTemplateName = keyof typeof MISP_TEMPLATES

export interface MispTag {
  name: string
}

export interface MispAttribute {
  uuid: string
  object_relation: string
  type: string
  category: string
  value: string
  /** Left out when empty. */
  comment?: string
  to_ids: boolean
  disable_correlation: boolean
  /** 5: inherit the event's distribution. */
  distribution: '5'
  Tag?: MispTag[]
}

export interface MispObjectReference {
  uuid: string
  referenced_uuid: string
  relationship_type: string
  comment?: string
}

export interface MispObject {
  uuid: string
  name: MispTemplateName
  'meta-category': 'misc'
  template_uuid: string
  template_version: string
  comment: string
  distribution: '5'
  timestamp: string
  Attribute: MispAttribute[]
  ObjectReference: MispObjectReference[]
}

/** A UUIDv4-shaped uuid derived from a key naming the record (see stixId for why). */
export const mispUuid = (key: string): string => stixId('misp', key).slice('misp--'.length)

/** Seconds since the epoch as MISP writes timestamps (a string). */
export function mispTimestamp(iso: string, fallback: string): string {
  const ms = Date.parse(iso)
  return String(Math.floor((Number.isNaN(ms) ? Date.parse(fallback) : ms) / 1000))
}

/** One attribute: [relation, MISP type, category, value, comment]; empty values are skipped. */
export type AttributeSpec = [string, string, string, string | number | null | undefined, string?]

/**
 * A MISP object of a template, with its attributes (empty values left out) and references. The
 * object's description is the template's (MISP shows that), so it is not repeated in the file.
 */
export function mispObject(
  name: MispTemplateName,
  key: string,
  comment: string,
  timestamp: string,
  specs: readonly AttributeSpec[],
  tags: readonly MispTag[] = []
): MispObject {
  const uuid = mispUuid(`object:${name}:${key}`)
  const attributes: MispAttribute[] = []
  specs.forEach(([relation, type, category, raw, attributeComment], i) => {
    if (raw === null || raw === undefined) return
    const value = String(raw).trim()
    if (value === '') return
    attributes.push({
      uuid: mispUuid(`attribute:${uuid}:${relation}:${i}`),
      object_relation: relation,
      type,
      category,
      value,
      ...(attributeComment ? { comment: attributeComment } : {}),
      // Nothing here is an indicator of compromise: no IDS export, and free text stays out of
      // MISP's correlation engine (a place name would otherwise correlate with every event).
      to_ids: false,
      disable_correlation: type === 'text' || type === 'datetime',
      distribution: '5',
      ...(tags.length > 0 ? { Tag: [...tags] } : {})
    })
  })
  return {
    uuid,
    name,
    'meta-category': 'misc',
    template_uuid: MISP_TEMPLATES[name].uuid,
    template_version: String(MISP_TEMPLATES[name].version),
    comment,
    distribution: '5',
    timestamp,
    Attribute: attributes,
    ObjectReference: []
  }
}

/** Adds a reference from one object to another (once). */
export function linkObjects(
  from: MispObject,
  to: MispObject | string,
  relationship: string,
  comment = ''
): void {
  const target = typeof to === 'string' ? to : to.uuid
  if (target === from.uuid) return
  if (
    from.ObjectReference.some(
      (r) => r.referenced_uuid === target && r.relationship_type === relationship
    )
  )
    return
  from.ObjectReference.push({
    uuid: mispUuid(`reference:${from.uuid}:${relationship}:${target}`),
    referenced_uuid: target,
    relationship_type: relationship,
    ...(comment ? { comment } : {})
  })
}
