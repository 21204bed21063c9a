import type { ExportAuthor } from '../exchange-options'
import { stixId } from './stix-ids'
import { WORKBENCH_OBJECTS_CREATED, withoutEmpty, type StixObject } from './stix-object'

/**
 * The `identity` every exported object names as `created_by_ref`: the organisation the analyst
 * set (identity_class "organization", the analyst's name in the description), else the analyst
 * ("individual"), else the workbench itself ("system"). Its id derives from the names, so the same
 * author is one identity across exports; `created` is fixed because the id never changes.
 */
export function authorIdentity(author: ExportAuthor | undefined): StixObject {
  const name = author?.name.trim() ?? ''
  const organisation = author?.organisation.trim() ?? ''
  const [label, identityClass] = organisation
    ? [organisation, 'organization']
    : name
      ? [name, 'individual']
      : ['Analyst Workbench', 'system']
  return withoutEmpty({
    type: 'identity',
    spec_version: '2.1' as const,
    id: stixId('identity', `author:${organisation.toLowerCase()}|${name.toLowerCase()}`),
    created: WORKBENCH_OBJECTS_CREATED,
    modified: WORKBENCH_OBJECTS_CREATED,
    name: label,
    description:
      organisation && name
        ? `Exported from Analyst Workbench by ${name}.`
        : name || organisation
          ? 'Exported from Analyst Workbench.'
          : 'The desktop workbench these objects were exported from.',
    identity_class: identityClass
  })
}
