// Each import-boundary rule in .dependency-cruiser.mjs must fire on a small bad example (a rule
// that cannot fail is a defect), and a tree that keeps the rules must pass. The examples are
// written to a temporary folder laid out like the repository and cruised with the real rules.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { cruise, type ICruiseResult } from 'dependency-cruiser'
import { afterAll, describe, expect, it } from 'vitest'
import config from '../.dependency-cruiser.mjs'

const made: string[] = []
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true })
})

/** Cruises a tree of files (path → imports) and returns the names of the rules broken. */
async function brokenRules(files: Record<string, string[]>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'wb-boundaries-'))
  made.push(root)
  for (const [file, imports] of Object.entries(files)) {
    mkdirSync(join(root, dirname(file)), { recursive: true })
    const body = imports.map((specifier, i) => `import * as m${i} from '${specifier}'\n`).join('')
    writeFileSync(join(root, file), `${body}export const here = ${imports.length}\n`)
  }
  const result = await cruise(['src'], {
    baseDir: root,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    tsPreCompilationDeps: true,
    exclude: config.options?.exclude
  })
  const output = result.output as ICruiseResult
  return [...new Set(output.summary.violations.map((violation) => violation.rule.name))].sort()
}

const R = 'src/renderer/src'

describe('the import-boundary rules', () => {
  it('are the ones this test exercises, so a new rule gets an example', () => {
    expect(config.forbidden?.map((rule) => rule.name).sort()).toEqual([
      'core-shared-stay-pure',
      'db-imports-no-feature',
      'no-folder-cycles',
      'only-main-imports-app',
      'processes-apart',
      'services-import-no-feature',
      'shared-imports-no-core',
      'ui-imports-no-feature'
    ])
  })

  it('pass a tree that keeps them', async () => {
    expect(
      await brokenRules({
        'src/shared/model.ts': [],
        'src/core/events/rules.ts': ['../../shared/model'],
        'src/main/index.ts': ['../core/events/rules', '../shared/model'],
        [`${R}/main.tsx`]: ['./app/App'],
        [`${R}/app/App.tsx`]: ['../library/LibraryPane', '../ui/Dialog', '../services/notices'],
        [`${R}/library/LibraryPane.tsx`]: ['../db/db', '../ui/Dialog', '../notes/NoteView'],
        [`${R}/notes/NoteView.tsx`]: [
          '../db/db',
          '../services/notices',
          '../../../core/events/rules'
        ],
        [`${R}/services/notices.tsx`]: ['../db/db'],
        [`${R}/ui/Dialog.tsx`]: ['../services/notices'],
        [`${R}/db/db.ts`]: ['../../../shared/model']
      })
    ).toEqual([])
  })

  it.each([
    [
      'core-shared-stay-pure',
      { 'src/core/x.ts': ['../renderer/src/db/db'], [`${R}/db/db.ts`]: [] }
    ],
    ['shared-imports-no-core', { 'src/shared/x.ts': ['../core/y'], 'src/core/y.ts': [] }],
    ['processes-apart', { 'src/main/x.ts': ['../renderer/src/db/db'], [`${R}/db/db.ts`]: [] }],
    [
      'db-imports-no-feature',
      { [`${R}/db/db.ts`]: ['../snapshots/change-feed'], [`${R}/snapshots/change-feed.ts`]: [] }
    ],
    [
      'ui-imports-no-feature',
      { [`${R}/ui/Dialog.tsx`]: ['../events/EventForm'], [`${R}/events/EventForm.tsx`]: [] }
    ],
    [
      'services-import-no-feature',
      { [`${R}/services/undo.ts`]: ['../notes/NoteView'], [`${R}/notes/NoteView.tsx`]: [] }
    ],
    [
      'only-main-imports-app',
      { [`${R}/library/LibraryPane.tsx`]: ['../app/App'], [`${R}/app/App.tsx`]: [] }
    ],
    [
      'no-folder-cycles',
      {
        [`${R}/annotations/AnnotationCard.tsx`]: ['../notes/note-saver'],
        [`${R}/notes/note-saver.ts`]: [],
        [`${R}/notes/NoteView.tsx`]: ['../annotations/colours'],
        [`${R}/annotations/colours.ts`]: []
      }
    ]
  ])('%s fires on a bad import', async (rule, files) => {
    expect(await brokenRules(files)).toEqual([rule])
  })
})
