// Validates STIX 2.1 objects against the OASIS JSON schemas (oasis-open/cti-stix2-json-schemas),
// read from ../shared/schemas/stix-2.1/schemas (see its README): never copied into the repository.
// Each object is validated against its own type's schema with ajv's draft 2020-12 validator.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'

export const STIX_SCHEMAS_DIR = fileURLToPath(
  new URL('../../../shared/schemas/stix-2.1/schemas', import.meta.url)
)

const BASE = 'http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/'

function loadAjv(): Ajv2020 {
  if (!existsSync(STIX_SCHEMAS_DIR)) {
    throw new Error(
      `The OASIS STIX 2.1 schemas are missing: expected them in ${STIX_SCHEMAS_DIR} ` +
        '(../shared/schemas/stix-2.1/schemas beside the repository; see ../shared/schemas/README.md).'
    )
  }
  // strict off: the OASIS schemas use keywords ajv's strict mode rejects (e.g. unknown formats).
  // unicodeRegExp off: the schemas' patterns are ECMA-262 without the u flag (e.g. `\-`).
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false })
  addFormats(ajv)
  for (const folder of readdirSync(STIX_SCHEMAS_DIR)) {
    for (const file of readdirSync(join(STIX_SCHEMAS_DIR, folder))) {
      if (!file.endsWith('.json')) continue
      const schema = JSON.parse(readFileSync(join(STIX_SCHEMAS_DIR, folder, file), 'utf8')) as {
        $id?: string
      }
      ajv.addSchema(schema, schema.$id ?? `${BASE}${folder}/${file}`)
    }
  }
  return ajv
}

let ajv: Ajv2020 | null = null
const validators = new Map<string, ValidateFunction>()

/** The schema file for an object type: SDOs, SROs, then the common objects. */
function schemaIdFor(type: string): string {
  if (existsSync(join(STIX_SCHEMAS_DIR, 'sdos', `${type}.json`))) return `${BASE}sdos/${type}.json`
  if (existsSync(join(STIX_SCHEMAS_DIR, 'sros', `${type}.json`))) return `${BASE}sros/${type}.json`
  if (existsSync(join(STIX_SCHEMAS_DIR, 'common', `${type}.json`)))
    return `${BASE}common/${type}.json`
  throw new Error(`No OASIS schema for STIX type "${type}"`)
}

/** The schema errors of one object, as "<id> <path>: <message>" lines; [] when it is valid. */
export function stixSchemaErrors(object: Record<string, unknown>): string[] {
  ajv ??= loadAjv()
  const type = String(object['type'])
  let validate = validators.get(type)
  if (!validate) {
    const id = schemaIdFor(type)
    validate = ajv.getSchema(id)
    if (!validate) throw new Error(`Schema ${id} did not load`)
    validators.set(type, validate)
  }
  if (validate(object)) return []
  return (validate.errors ?? []).map(
    (e) =>
      `${String(object['id'])} ${e.instancePath || '/'}: ${e.message ?? 'invalid'} ${JSON.stringify(e.params)}`
  )
}

/** Schema errors of every object of a bundle. */
export function bundleSchemaErrors(bundle: { objects: Record<string, unknown>[] }): string[] {
  return bundle.objects.flatMap((o) => stixSchemaErrors(o))
}
