import type { z } from 'zod'

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'empty (null)'
}

/** `['anchor', 'start']` → "anchor.start"; `['tags', 2]` → "tags[2]". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out
}

const show = (value: unknown): string => (typeof value === 'string' ? `“${value}”` : String(value))

/**
 * One zod issue in words an analyst can act on, e.g. "anchor.start must be a number",
 * "colour must be one of 0, 1, 2, 3, 4 (it is 7)". Needs issues parsed with `reportInput: true`.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatIssuePath(issue.path)
  const subject = where === '' ? 'the record' : where
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `${subject} is missing`
      return `${subject} must be ${EXPECTED[issue.expected] ?? issue.expected}`
    case 'invalid_value':
      return `${subject} must be one of ${issue.values.map(show).join(', ')} (it is ${show(issue.input)})`
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1
        ? `${subject} is empty`
        : `${subject} must be at least ${String(issue.minimum)}`
    case 'too_big':
      return `${subject} must be at most ${String(issue.maximum)}`
    default:
      return `${subject}: ${issue.message}`
  }
}
