// Structural checks of a STIX 2.1 bundle, for the exporters' tests (not used by the app): the
// common properties, the required properties of each type we emit, and that every reference
// resolves inside the bundle. Small zod schemas, not the full OASIS JSON schemas.
import { z } from 'zod'

/** RFC 4122/9562 UUID: version digit 1-8, variant bits 10xx. */
export const UUID_PATTERN =
  '[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}'
const ID = new RegExp(`^([a-z0-9][a-z0-9-]*[a-z0-9])--(${UUID_PATTERN})$`)
// RFC 3339 in UTC with milliseconds, as STIX recommends for created/modified.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

const timestamp = z
  .string()
  .regex(TIMESTAMP, 'RFC 3339 UTC timestamp with milliseconds')
  .refine((s) => new Date(s).toISOString() === s, 'a real instant')
const identifier = z.string().regex(ID, '<type>--<uuid>')
const nonEmpty = z.string().min(1)

const common = z.object({
  type: z.string().regex(/^[a-z0-9][a-z0-9-]{1,248}[a-z0-9]$/),
  spec_version: z.literal('2.1'),
  id: identifier,
  created: timestamp,
  modified: timestamp,
  created_by_ref: identifier.optional(),
  confidence: z.number().int().min(0).max(100).optional()
})

const byType: Record<string, z.ZodType> = {
  // TLP markings as STIX publishes them have no `modified`.
  'marking-definition': common.omit({ modified: true }).extend({
    name: nonEmpty,
    definition_type: z.enum(['tlp', 'statement']),
    definition: z.record(z.string(), z.string())
  }),
  report: common.extend({
    name: nonEmpty,
    published: timestamp,
    report_types: z.array(nonEmpty).min(1).optional(),
    object_refs: z.array(identifier).min(1)
  }),
  'threat-actor': common.extend({ name: nonEmpty }),
  identity: common.extend({ name: nonEmpty, identity_class: nonEmpty }),
  location: common
    .extend({
      region: nonEmpty.optional(),
      country: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
      latitude: z.number().min(-90).max(90).optional(),
      longitude: z.number().min(-180).max(180).optional()
    })
    .refine(
      (l) =>
        l.region !== undefined ||
        l.country !== undefined ||
        (l.latitude !== undefined && l.longitude !== undefined),
      'location needs region, country or latitude+longitude'
    )
    .refine(
      (l) => (l.latitude === undefined) === (l.longitude === undefined),
      'latitude and longitude go together'
    ),
  relationship: common.extend({
    relationship_type: z.string().regex(/^[a-z0-9-]+$/),
    source_ref: identifier,
    target_ref: identifier
  }),
  note: common.extend({ content: nonEmpty, object_refs: z.array(identifier).min(1) }),
  'extension-definition': common.extend({
    name: nonEmpty,
    schema: nonEmpty,
    version: nonEmpty,
    extension_types: z
      .array(
        z.enum([
          'new-sdo',
          'new-sco',
          'new-sro',
          'property-extension',
          'toplevel-property-extension'
        ])
      )
      .min(1),
    created_by_ref: identifier
  })
}

/** Schema of an object of `type`; custom (new-sdo) objects must name their extension. */
function schemaFor(type: string): z.ZodType {
  return (
    byType[type] ??
    common.extend({
      extensions: z
        .record(z.string(), z.object({ extension_type: z.literal('new-sdo') }))
        .refine((e) => Object.keys(e).length > 0, 'a custom object names its extension-definition')
    })
  )
}

/** Every `*_ref`, `*_refs` and extension id an object refers to. */
export function referencesOf(object: Record<string, unknown>): string[] {
  const refs: string[] = []
  for (const [key, value] of Object.entries(object)) {
    if (key.endsWith('_ref') && typeof value === 'string') refs.push(value)
    if (key.endsWith('_refs') && Array.isArray(value)) refs.push(...value.map(String))
    if (key === 'extensions' && value && typeof value === 'object') {
      refs.push(...Object.keys(value).filter((k) => k.startsWith('extension-definition--')))
    }
  }
  return refs
}

/** What is wrong with a parsed bundle, one line per problem; [] when it passes. */
export function stixBundleProblems(bundle: unknown): string[] {
  const shape = z.object({
    type: z.literal('bundle'),
    id: z.string().regex(new RegExp(`^bundle--${UUID_PATTERN}$`)),
    objects: z.array(z.record(z.string(), z.unknown())).min(1)
  })
  const parsed = shape.safeParse(bundle)
  if (!parsed.success)
    return parsed.error.issues.map((i) => `bundle ${i.path.join('.')}: ${i.message}`)
  const problems: string[] = []
  const ids = new Set<string>()
  for (const object of parsed.data.objects) {
    const id = String(object['id'])
    const type = String(object['type'])
    if (ids.has(id)) problems.push(`${id}: duplicate id`)
    ids.add(id)
    if (!id.startsWith(`${type}--`)) problems.push(`${id}: id does not start with its type ${type}`)
    const result = schemaFor(type).safeParse(object)
    if (!result.success) {
      for (const i of result.error.issues) problems.push(`${id} ${i.path.join('.')}: ${i.message}`)
    }
    if (
      typeof object['created'] === 'string' &&
      typeof object['modified'] === 'string' &&
      object['modified'] < object['created']
    ) {
      problems.push(`${id}: modified before created`)
    }
  }
  for (const object of parsed.data.objects) {
    for (const ref of referencesOf(object)) {
      if (!ids.has(ref)) problems.push(`${String(object['id'])}: dangling reference ${ref}`)
    }
  }
  return problems
}
