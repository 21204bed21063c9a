// Checks MISP objects against their MISP object templates (MISP/misp-objects), read from
// ../shared/schemas/misp-objects (see its README): never copied into the repository. What MISP
// itself enforces when it adds an object from a template: the template's uuid, version and
// meta-category, attribute relations the template defines with its MISP type, the `required` and
// `requiredOneOf` relations, at most one attribute for relations not marked `multiple`, values from
// `values_list`, and categories the template allows (any MISP category when it lists none).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const MISP_TEMPLATES_DIR = fileURLToPath(
  new URL('../../../shared/schemas/misp-objects', import.meta.url)
)

interface TemplateAttribute {
  'misp-attribute': string
  multiple?: boolean
  categories?: string[]
  values_list?: string[]
}
interface Template {
  name: string
  uuid: string
  version: number
  'meta-category': string
  required?: string[]
  requiredOneOf?: string[]
  attributes: Record<string, TemplateAttribute>
}

export interface MispObjectLike {
  name: string
  uuid?: string
  'meta-category'?: string
  template_uuid?: string
  template_version?: string
  Attribute: {
    object_relation: string
    type: string
    category: string
    value: string
    uuid?: string
  }[]
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const templates = new Map<string, Template>()
let categories: string[] | null = null

function missing(): never {
  throw new Error(
    `The MISP object templates are missing: expected them in ${MISP_TEMPLATES_DIR} ` +
      '(../shared/schemas/misp-objects beside the repository; see ../shared/schemas/README.md).'
  )
}

function template(name: string): Template | null {
  if (!existsSync(MISP_TEMPLATES_DIR)) missing()
  const known = templates.get(name)
  if (known) return known
  const file = join(MISP_TEMPLATES_DIR, name, 'definition.json')
  if (!existsSync(file)) return null
  const t = JSON.parse(readFileSync(file, 'utf8')) as Template
  templates.set(name, t)
  return t
}

/** Every MISP attribute category (from the template schema's enum). */
function mispCategories(): string[] {
  if (!existsSync(MISP_TEMPLATES_DIR)) missing()
  categories ??= (
    JSON.parse(readFileSync(join(MISP_TEMPLATES_DIR, 'schema_objects.json'), 'utf8')) as {
      defs: { attribute: { properties: { categories: { items: { enum: string[] } } } } }
    }
  ).defs.attribute.properties.categories.items.enum
  return categories
}

/** What is wrong with one object against its template, one line each; [] when it fits. */
export function mispTemplateErrors(object: MispObjectLike): string[] {
  const t = template(object.name)
  const at = `${object.name} ${object.uuid ?? ''}`
  if (!t) return [`${at}: no template named "${object.name}"`]
  const errors: string[] = []
  if (object.uuid !== undefined && !UUID.test(object.uuid)) errors.push(`${at}: bad uuid`)
  if (object.template_uuid !== t.uuid) errors.push(`${at}: template_uuid is not ${t.uuid}`)
  if (object.template_version !== String(t.version))
    errors.push(`${at}: template_version is not ${t.version}`)
  if (object['meta-category'] !== t['meta-category'])
    errors.push(`${at}: meta-category is not ${t['meta-category']}`)
  const count = new Map<string, number>()
  for (const a of object.Attribute) {
    const spec = t.attributes[a.object_relation]
    const where = `${at} ${a.object_relation}`
    if (!spec) {
      errors.push(`${where}: not a relation of the template`)
      continue
    }
    count.set(a.object_relation, (count.get(a.object_relation) ?? 0) + 1)
    if (a.type !== spec['misp-attribute'])
      errors.push(`${where}: type ${a.type}, the template says ${spec['misp-attribute']}`)
    const allowed = spec.categories ?? mispCategories()
    if (!allowed.includes(a.category))
      errors.push(`${where}: category ${a.category} not in ${allowed.join(', ')}`)
    if (spec.values_list && !spec.values_list.includes(a.value))
      errors.push(`${where}: value "${a.value}" not in the template's values_list`)
    if (typeof a.value !== 'string' || a.value.trim() === '') errors.push(`${where}: empty value`)
    if (a.uuid !== undefined && !UUID.test(a.uuid)) errors.push(`${where}: bad uuid`)
    if (spec['misp-attribute'] === 'float' && Number.isNaN(Number(a.value)))
      errors.push(`${where}: "${a.value}" is not a number`)
    if (spec['misp-attribute'] === 'datetime' && Number.isNaN(Date.parse(a.value)))
      errors.push(`${where}: "${a.value}" is not a date and time`)
    if (spec['misp-attribute'] === 'link' && !/^https?:\/\/\S+$/.test(a.value))
      errors.push(`${where}: "${a.value}" is not a web link`)
  }
  for (const [relation, n] of count) {
    if (n > 1 && !t.attributes[relation]?.multiple)
      errors.push(`${at} ${relation}: ${n} attributes for a relation that is not multiple`)
  }
  for (const relation of t.required ?? []) {
    if (!count.has(relation)) errors.push(`${at}: required relation ${relation} missing`)
  }
  if (t.requiredOneOf && !t.requiredOneOf.some((r) => count.has(r)))
    errors.push(`${at}: needs one of ${t.requiredOneOf.join(', ')}`)
  return errors
}
