import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Ajv from 'ajv-draft-04'
import addFormats from 'ajv-formats'

/** The W3C Web Annotation working group's assertions, kept beside the repository (../shared). */
export const WEB_ANNOTATION_SCHEMAS = resolve(__dirname, '../../../shared/schemas/web-annotation')

export interface AssertionResult {
  assertion: string
  title: string
  passed: boolean
  errors: string
}

export interface W3cAssertions {
  /** Runs each assertion a test file lists (e.g. 'annotationMusts.test') on one annotation. */
  check: (testFile: string, annotation: unknown) => AssertionResult[]
}

/**
 * Loads the assertions (JSON Schema draft 04, ids relative to their folder) into one validator.
 * Fails with a clear message when the folder is missing: these checks must run, never skip.
 */
export function loadW3cAssertions(): W3cAssertions {
  if (!existsSync(WEB_ANNOTATION_SCHEMAS))
    throw new Error(
      `The W3C Web Annotation assertions are required at ${WEB_ANNOTATION_SCHEMAS} (../shared/schemas).`
    )
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false })
  addFormats(ajv)
  const folders = [
    'definitions',
    'annotations',
    'annotations/bodiesTargets',
    'annotations/specificResource'
  ]
  for (const folder of folders) {
    for (const name of readdirSync(join(WEB_ANNOTATION_SCHEMAS, folder))) {
      if (!name.endsWith('.json')) continue
      const schema = JSON.parse(readFileSync(join(WEB_ANNOTATION_SCHEMAS, folder, name), 'utf8'))
      // Assertions refer to the definitions by bare file name, whatever folder they are in, and
      // two folders hold assertions of the same name: each gets its path, flattened, as its id,
      // so that relative references still resolve to the definitions.
      const id = folder === 'definitions' ? name : `${folder}/${name}`.replaceAll('/', '__')
      ajv.addSchema({ ...schema, id }, id)
    }
  }
  return {
    check(testFile, annotation) {
      const test = JSON.parse(
        readFileSync(join(WEB_ANNOTATION_SCHEMAS, 'annotations', testFile), 'utf8')
      ) as { assertions: string[] }
      return test.assertions.map((path) => {
        const name = path.split('/').pop()!
        const validate = ajv.getSchema(path.replaceAll('/', '__'))
        if (!validate) throw new Error(`Assertion ${path} listed by ${testFile} was not loaded`)
        const schema = validate.schema as { title?: string; expectedResult?: string }
        const valid = validate(annotation) as boolean
        return {
          assertion: name,
          title: schema.title ?? name,
          passed: valid === (schema.expectedResult !== 'invalid'),
          errors: ajv.errorsText(validate.errors)
        }
      })
    }
  }
}
