import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { BACKUP_TABLES } from './backup-format'
import { BACKUP_RECORD_SCHEMAS } from './backup-record-schemas'
import { sampleBackupTables } from './fixtures/sample-backup-tables'
import { quickAccept, type QuickAccept } from './quick-accept'

const compiled = (schema: z.ZodType): QuickAccept => {
  const quick = quickAccept(schema)
  if (!quick) throw new Error('schema did not compile')
  return quick
}

describe('quickAccept', () => {
  it('models every backup record schema, so zod runs only on doubtful records', () => {
    for (const name of BACKUP_TABLES)
      expect(quickAccept(BACKUP_RECORD_SCHEMAS[name]), name).toBeTypeOf('function')
  })

  it('accepts every record of the sample backup', () => {
    const tables = sampleBackupTables()
    for (const name of BACKUP_TABLES) {
      const quick = compiled(BACKUP_RECORD_SCHEMAS[name])
      for (const record of tables[name]) expect(quick(record), name).toBe(true)
    }
  })

  it('gives up on schemas it does not model', () => {
    expect(quickAccept(z.string().refine((s) => s !== 'x'))).toBeUndefined()
    expect(quickAccept(z.union([z.string(), z.number()]))).toBeUndefined()
    expect(quickAccept(z.string().transform((s) => s.length))).toBeUndefined()
    expect(quickAccept(z.strictObject({ a: z.string() }))).toBeUndefined()
    expect(quickAccept(z.object({ a: z.string() }).catchall(z.number()))).toBeUndefined()
    expect(quickAccept(z.string().max(3))).toBeUndefined()
    expect(quickAccept(z.coerce.number())).toBeUndefined()
    expect(quickAccept(z.object({ toString: z.string() }))).toBeUndefined()
    expect(quickAccept(z.record(z.enum(['a']), z.string()))).toBeUndefined()
    // Schemas that are checks themselves, and a catchall with a refinement.
    for (const schema of [z.int(), z.int32(), z.email(), z.uuid(), z.iso.datetime()])
      expect(quickAccept(schema)).toBeUndefined()
    expect(quickAccept(z.object({ a: z.int() }))).toBeUndefined()
    expect(
      quickAccept(z.object({ a: z.string() }).catchall(z.unknown().refine((v) => v !== 1)))
    ).toBeUndefined()
  })

  it('says no (ask zod) where zod is subtle, and agrees with zod elsewhere', () => {
    const schema = z.looseObject({
      id: z.string().min(1),
      n: z.number().int().min(0).max(9),
      opt: z.array(z.string()).optional(),
      any: z.unknown(),
      map: z.record(z.string(), z.literal([1, 2])),
      kind: z.enum(['a', 'b']).nullable(),
      f: z.number().nullable()
    })
    const quick = compiled(schema)
    const good = { id: 'ab', n: 3, any: 0, map: { x: 1 }, kind: null, f: 0.5, extra: [1] }
    const cases: unknown[] = [
      good,
      { ...good, opt: ['x'] },
      { ...good, opt: undefined },
      { ...good, id: 'a' }, // zod counts code points: doubtful, zod says yes
      { ...good, id: '' },
      { ...good, n: 3.5 },
      { ...good, n: 10 },
      { ...good, n: -1 },
      { ...good, n: Infinity },
      { ...good, n: NaN },
      { ...good, n: 2 ** 60 },
      { ...good, n: '3' },
      { ...good, f: Infinity },
      { ...good, f: -Infinity },
      { ...good, f: NaN },
      { ...good, f: null },
      { ...good, any: undefined }, // present but undefined: zod says yes
      (({ any: _, ...rest }) => rest)(good), // absent: zod says no
      { ...good, map: [] },
      { ...good, map: new Date() }, // not a plain object
      { ...good, map: new (class Keys {})() },
      { ...good, map: { x: 3 } },
      { ...good, map: Object.assign(Object.create(null) as object, { x: 1 }) },
      { ...good, map: { [Symbol('s')]: 1, x: 1 } },
      { ...good, map: JSON.parse('{"__proto__": 5, "x": 1}') as unknown },
      { ...good, kind: 'c' },
      { ...good, kind: 'a' },
      { ...good, opt: [1] },
      JSON.parse(`{"__proto__": {"id": "zz"}, ${JSON.stringify(good).slice(1)}`) as unknown,
      [good],
      null,
      'text'
    ]
    for (const value of cases) {
      const zodSays = schema.safeParse(value).success
      if (quick(value)) expect(zodSays, JSON.stringify(value)).toBe(true)
    }
    expect(quick(good)).toBe(true)
    expect(quick({ ...good, opt: ['x'] })).toBe(true)
    expect(quick({ ...good, kind: 'a' })).toBe(true)
  })

  it('handles recursive schemas (a note document nests nodes)', () => {
    const quick = compiled(BACKUP_RECORD_SCHEMAS.notes)
    const note = sampleBackupTables().notes[0]!
    const deep = {
      ...note,
      doc: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'paragraph', content: [{}] }] }]
      }
    }
    expect(quick(deep)).toBe(false)
    expect(BACKUP_RECORD_SCHEMAS.notes.safeParse(deep).success).toBe(false)
    deep.doc.content[0]!.content[0]!.content[0] = { type: 'text' }
    expect(quick(deep)).toBe(true)
  })

  // The guarantee that matters: a record quickAccept lets through, zod would have let through.
  // Mutate sample records anywhere (a field replaced by an odd value, removed, a key added) and
  // compare with zod.
  it('never accepts a record zod refuses (property)', () => {
    const tables = sampleBackupTables()
    const bases = BACKUP_TABLES.flatMap((name) =>
      tables[name].map((record) => ({ name, record: record as unknown }))
    )
    const odd = fc.constantFrom<unknown>(
      undefined,
      null,
      '',
      'x',
      'xy',
      'doc',
      'paragraph',
      'TextQuoteSelector',
      'A',
      'exact',
      0,
      -1,
      1,
      1.5,
      7,
      2 ** 53,
      1e300,
      Infinity,
      -Infinity,
      NaN,
      true,
      [],
      [1],
      ['x'],
      {},
      { type: 'text' },
      Object.create(null) as unknown
    )
    const mutation = fc.record({
      at: fc.nat(),
      slot: fc.nat(),
      how: fc.constantFrom('replace', 'delete', 'add'),
      value: odd,
      key: fc.constantFrom('__proto__', 'x', 'type', 'text', 'content', 'level')
    })
    fc.assert(
      fc.property(
        fc.nat({ max: bases.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (which, mutations) => {
          const { name, record } = bases[which]!
          const value = structuredClone(record) as Record<string, unknown>
          // A fresh copy of the odd value each time: a shared one could end up inside itself.
          const fresh = (v: unknown): unknown =>
            typeof v !== 'object' || v === null
              ? v
              : Object.getPrototypeOf(v) === null
                ? Object.create(null)
                : structuredClone(v)
          for (const m of mutations) {
            // Every object or array inside the record (the record itself included).
            const holders: Record<string | number, unknown>[] = []
            const walk = (v: unknown): void => {
              if (typeof v !== 'object' || v === null) return
              holders.push(v as Record<string, unknown>)
              for (const child of Object.values(v)) walk(child)
            }
            walk(value)
            const holder = holders[m.at % holders.length]!
            const keys = Object.keys(holder)
            const key = keys.length > 0 ? keys[m.slot % keys.length]! : m.key
            if (m.how === 'delete') delete holder[key]
            else if (m.how === 'replace') holder[key] = fresh(m.value)
            else
              Object.defineProperty(holder, m.key, {
                value: fresh(m.value),
                enumerable: true,
                writable: true,
                configurable: true
              })
          }
          const quick = compiled(BACKUP_RECORD_SCHEMAS[name])
          if (quick(value)) expect(BACKUP_RECORD_SCHEMAS[name].safeParse(value).success).toBe(true)
        }
      ),
      { numRuns: 3000 }
    )
  })
})
