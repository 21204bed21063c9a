// Import boundaries, checked by `npm run lint` (dependency-cruiser; scripts/boundaries.test.ts makes
// each rule fire on a small bad example). Paths are relative to the repository root.
//
//   src/shared ← src/core ← src/main | src/preload | src/renderer   (never each other)
//
// Inside the renderer (src/renderer/src):
//   app/       the composition root: may import anything; only main.tsx imports it
//   <feature>/ annotations, backup, events, exports, import, library, notes, reader, sample,
//              search, snapshots, versions: may import db, services, ui, platform and one another,
//              never app/, and never in a cycle (the folder-cycle rule)
//   services/  cross-feature services (notices, undo, navigation, pending writes, the reader's
//              shared selection state, drag types): import db and platform, no feature, no ui
//   ui/        primitives: import no feature, no db (NoticeArea reads services/notices)
//   db/        the database: imports no other renderer folder
const R = '^src/renderer/src/'
const FEATURES =
  '(annotations|backup|events|exports|import|library|notes|reader|sample|search|snapshots|versions)'

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'core-shared-stay-pure',
      comment:
        'src/core and src/shared run anywhere: they import no renderer, main or preload code.',
      severity: 'error',
      from: { path: '^src/(core|shared)/' },
      to: { path: '^src/(renderer|main|preload)/' }
    },
    {
      name: 'shared-imports-no-core',
      comment: 'src/shared holds the contracts at the bottom: it imports nothing of core.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/core/' }
    },
    {
      name: 'processes-apart',
      comment:
        'main, preload and renderer run in different processes: they share only core and shared.',
      severity: 'error',
      from: { path: '^src/(main|preload|renderer)/' },
      to: {
        path: '^src/(main|preload|renderer)/',
        pathNot: ['^src/$1/', '^src/preload/api\\.d\\.ts$']
      }
    },
    {
      name: 'db-imports-no-feature',
      comment:
        'db/ is the bottom of the renderer: no feature, service, primitive, platform or app.',
      severity: 'error',
      from: { path: `${R}db/` },
      to: { path: `${R}(${FEATURES.slice(1, -1)}|app|services|ui|platform)/` }
    },
    {
      name: 'ui-imports-no-feature',
      comment: 'ui/ primitives know no feature, no database and no app.',
      severity: 'error',
      from: { path: `${R}ui/` },
      to: { path: `${R}(${FEATURES.slice(1, -1)}|app|db)/` }
    },
    {
      name: 'services-import-no-feature',
      comment: 'services/ serve every feature, so they import none (nor ui/ or app/).',
      severity: 'error',
      from: { path: `${R}services/` },
      to: { path: `${R}(${FEATURES.slice(1, -1)}|app|ui)/` }
    },
    {
      name: 'only-main-imports-app',
      comment:
        'app/ is the composition root: features, services, ui, db and platform never import it.',
      severity: 'error',
      from: { path: R, pathNot: [`${R}app/`, `${R}main\\.tsx$`] },
      to: { path: `${R}app/` }
    },
    {
      name: 'no-folder-cycles',
      comment:
        'Renderer folders depend one way: a folder that needs another that needs it back is one idea in two places.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/renderer/' },
      to: { circular: true }
    }
  ],
  options: {
    // Tests may reach across folders to set things up; the rules are about the shipped code.
    exclude: { path: ['\\.test\\.tsx?$', 'test-setup\\.ts$', '(^|/)fixtures/'] },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.d.mts', '.mjs', '.js', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types']
    }
  }
}
