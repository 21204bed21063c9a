// The kinds of warning the OASIS STIX validator (stix2-validator) gave on our old bundles, checked
// in the exporter's tests (not used by the app): SDO/SRO ids that are not UUIDv4, relationships
// from or to a custom object (importers drop them), custom top-level objects, and external
// references with a url but no hashes.

const STANDARD_TYPES = new Set([
  'attack-pattern',
  'campaign',
  'course-of-action',
  'grouping',
  'identity',
  'incident',
  'indicator',
  'infrastructure',
  'intrusion-set',
  'location',
  'malware',
  'malware-analysis',
  'note',
  'observed-data',
  'opinion',
  'report',
  'threat-actor',
  'tool',
  'vulnerability',
  'relationship',
  'sighting',
  'marking-definition',
  'extension-definition',
  'language-content'
])
const UUID_V4 = /--[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
// The TLP marking-definitions keep the ids STIX and OpenCTI fixed for them.
const FIXED_IDS = new Set([
  'marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9',
  'marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da',
  'marking-definition--f88d31f6-486f-44da-b317-01333bde0b82',
  'marking-definition--826578e1-40ad-459f-bc73-ede076f81f37',
  'marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed'
])

/** One line per warning of the kinds above; [] when there are none. */
export function stixWarnings(bundle: { objects: Record<string, unknown>[] }): string[] {
  const warnings: string[] = []
  const typeOf = new Map(bundle.objects.map((o) => [String(o['id']), String(o['type'])]))
  for (const o of bundle.objects) {
    const id = String(o['id'])
    const type = String(o['type'])
    if (!STANDARD_TYPES.has(type)) warnings.push(`${id}: custom object ${type} (importers drop it)`)
    if (!FIXED_IDS.has(id) && !UUID_V4.test(id)) warnings.push(`${id}: id is not a UUIDv4`)
    if (type === 'relationship') {
      for (const end of ['source_ref', 'target_ref']) {
        const endType = typeOf.get(String(o[end])) ?? String(o[end]).split('--')[0]!
        if (!STANDARD_TYPES.has(endType))
          warnings.push(`${id}: ${end} is a custom object ${endType}`)
      }
    }
    const refs = o['external_references']
    if (Array.isArray(refs)) {
      for (const ref of refs as Record<string, unknown>[]) {
        if (ref['url'] && !ref['hashes'])
          warnings.push(`${id}: external reference url without hashes`)
      }
    }
  }
  return warnings
}
