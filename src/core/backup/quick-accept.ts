// A fast yes for the records zod would accept, built from the zod schemas themselves.
//
// zod 4 checks objects with generated code (`new Function`) where it may; the app's Content
// Security Policy forbids that, so in the renderer it walks every schema node for every value,
// building a result object (a copy of each record and of each nested object) and an issue list as
// it goes: ~5 µs a record, 0.25 s of a 50,000-record restore. A restore only needs the verdict,
// and for a valid file (the usual case) that is "yes" for every record.
//
// `quickAccept(schema)` turns a schema into a plain predicate: no allocation, no result, just
// typeof and Set lookups, over the same schema tree (so the schemas stay the one description of
// a valid record). It answers `true` only when zod would accept the value; when it answers
// `false`, the caller asks zod, whose verdict and issues (the user's error messages) are final.
// So a quick "no" is never a refusal, only "ask zod": where zod's rule is subtle (a field absent
// rather than undefined, a string of 1 to 2×min UTF-16 units whose code points must be counted,
// symbol keys), the predicate says no. A schema node it does not know (a refinement, a
// transform, a union, coercion...) makes `quickAccept` return undefined: then zod checks every
// value, as before. quick-accept.test.ts checks that every backup schema compiles, and that the
// predicate never accepts what zod refuses (property-tested).
import type { z } from 'zod'
import { isObject } from './is-object'

/** Accepts only values the schema accepts; `false` means "not sure", not "invalid". */
export type QuickAccept = (value: unknown) => boolean

// zod's internals as this module reads them (zod 4: `schema._zod.def`).
interface Def {
  type: string
  checks?: readonly { _zod: { def: CheckDef } }[]
  coerce?: boolean
  shape?: Record<string, Node>
  catchall?: Node
  element?: Node
  innerType?: Node
  keyType?: Node
  valueType?: Node
  mode?: string
}
interface CheckDef {
  check: string
  minimum?: number
  value?: unknown
  inclusive?: boolean
  format?: string
  when?: unknown
}
interface Node {
  _zod: { def: Def; values?: ReadonlySet<unknown>; optin?: string; traits?: ReadonlySet<string> }
}

class Unsupported extends Error {}

/** The string and number checks the backup schemas use; anything else is unsupported. */
function compileChecks(def: Def, origin: 'string' | 'number'): QuickAccept[] {
  const out: QuickAccept[] = []
  for (const check of def.checks ?? []) {
    const c = check._zod.def
    if (origin === 'string' && c.check === 'min_length' && typeof c.minimum === 'number') {
      const min = c.minimum
      // zod counts code points between min and 2×min UTF-16 units: leave those to zod.
      out.push((v) => (v as string).length >= 2 * min && min >= 0)
    } else if (origin === 'number' && c.check === 'number_format' && c.format === 'safeint') {
      out.push((v) => Number.isSafeInteger(v))
    } else if (
      origin === 'number' &&
      (c.check === 'greater_than' || c.check === 'less_than') &&
      typeof c.value === 'number' &&
      c.when === undefined
    ) {
      const bound = c.value
      const inclusive = c.inclusive === true
      out.push(
        c.check === 'greater_than'
          ? inclusive
            ? (v) => (v as number) >= bound
            : (v) => (v as number) > bound
          : inclusive
            ? (v) => (v as number) <= bound
            : (v) => (v as number) < bound
      )
    } else throw new Unsupported(`${origin} check ${c.check}`)
  }
  return out
}

const withChecks = (base: QuickAccept, checks: QuickAccept[]): QuickAccept => {
  if (checks.length === 0) return base
  if (checks.length === 1) {
    const [a] = checks as [QuickAccept]
    return (v) => base(v) && a(v)
  }
  return (v) => base(v) && checks.every((c) => c(v))
}

/** Names an own field may not have: reading them would find Object.prototype's members. */
const inherited = new Set(Object.getOwnPropertyNames(Object.prototype))

function compile(node: Node, seen: Map<Node, QuickAccept>): QuickAccept {
  const known = seen.get(node)
  if (known) return known
  // Recursive schemas (a note's nodes hold nodes): a forward reference, filled in below.
  let self: QuickAccept = () => false
  seen.set(node, (v) => self(v))
  self = build(node, seen)
  return self
}

function build(node: Node, seen: Map<Node, QuickAccept>): QuickAccept {
  const def = node._zod.def
  if (def.coerce) throw new Unsupported('coercion')
  // A node that is itself a check (z.int(), z.email(), z.uuid(), z.iso.datetime()...) runs as
  // its own check, which def.checks does not list: taken as a plain number or string, it would
  // accept 1.5 or any text.
  if (node._zod.traits?.has('$ZodCheck') || (def as { check?: unknown }).check !== undefined)
    throw new Unsupported(`${def.type} that is a check`)
  const noChecks = (): void => {
    if (def.checks && def.checks.length > 0) throw new Unsupported(`checks on ${def.type}`)
  }
  switch (def.type) {
    case 'string':
      return withChecks((v) => typeof v === 'string', compileChecks(def, 'string'))
    case 'number':
      return withChecks(
        (v) => typeof v === 'number' && Number.isFinite(v),
        compileChecks(def, 'number')
      )
    case 'unknown':
      noChecks()
      return () => true
    case 'enum':
    case 'literal': {
      noChecks()
      const values = node._zod.values
      if (!values) throw new Unsupported(`${def.type} without values`)
      return (v) => values.has(v)
    }
    case 'nullable': {
      noChecks()
      const inner = compile(def.innerType!, seen)
      return (v) => v === null || inner(v)
    }
    case 'optional': {
      noChecks()
      // An optional over a default would substitute the default: not used, leave it to zod.
      if (def.innerType!._zod.optin === 'defaulted') throw new Unsupported('optional default')
      const inner = compile(def.innerType!, seen)
      return (v) => v === undefined || inner(v)
    }
    case 'default': {
      noChecks()
      // The default replaces undefined and is not validated; anything else is the inner schema's.
      const inner = compile(def.innerType!, seen)
      return (v) => v === undefined || inner(v)
    }
    case 'array': {
      noChecks()
      const element = compile(def.element!, seen)
      return (v) => {
        if (!Array.isArray(v)) return false
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false
        return true
      }
    }
    case 'record': {
      noChecks()
      const keyDef = def.keyType!._zod.def
      if (keyDef.type !== 'string' || (keyDef.checks?.length ?? 0) > 0 || keyDef.coerce)
        throw new Unsupported('record keys other than z.string()')
      const value = compile(def.valueType!, seen)
      return (v) => {
        // zod wants a plain object; an ordinary one (or a prototype-less one) surely is.
        if (!isObject(v)) return false
        const proto = Object.getPrototypeOf(v) as unknown
        if (proto !== Object.prototype && proto !== null) return false
        // Symbol keys fail z.string(): leave them to zod.
        if (Object.getOwnPropertySymbols(v).length > 0) return false
        for (const key of Object.keys(v)) {
          if (key === '__proto__') continue // zod skips it too
          if (!value(v[key])) return false
        }
        return true
      }
    }
    case 'object': {
      noChecks()
      // Strip (z.object) and loose (z.looseObject, catchall unknown) both accept any other key;
      // strict objects and other catchalls check them: leave those to zod.
      if (
        def.catchall &&
        (def.catchall._zod.def.type !== 'unknown' ||
          (def.catchall._zod.def.checks?.length ?? 0) > 0)
      )
        throw new Unsupported('object catchall')
      const shape = def.shape!
      const keys = Object.keys(shape)
      if (Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported('symbol keys')
      const fields = keys.map((key) => {
        if (key === '__proto__' || inherited.has(key)) throw new Unsupported(`field ${key}`)
        const field = shape[key]!
        const kind = field._zod.def.type
        return {
          key,
          check: compile(field, seen),
          // An undefined field (absent, or present as undefined) passes only these; for others
          // zod tells apart absent from undefined: ask zod.
          undefinedOk: kind === 'optional' || kind === 'default'
        }
      })
      return (v) => {
        if (!isObject(v)) return false
        for (let i = 0; i < fields.length; i++) {
          const f = fields[i]!
          const value = v[f.key]
          if (value === undefined) {
            if (!f.undefinedOk) return false
          } else if (!f.check(value)) return false
        }
        return true
      }
    }
    default:
      throw new Unsupported(def.type)
  }
}

/**
 * A predicate that accepts only values `schema` accepts (and nearly all of them), or undefined
 * when the schema uses something this module does not model: then use `schema.safeParse`.
 */
export function quickAccept(schema: z.ZodType): QuickAccept | undefined {
  try {
    return compile(schema as unknown as Node, new Map())
  } catch (error) {
    if (error instanceof Unsupported) return undefined
    throw error
  }
}
