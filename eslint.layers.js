// The import direction the linter keeps: data → model → i18n → store → components / views → the app, no cycles,
// and inside src/data its pipeline: sources → checks → reading → layouts. One function, so that the tree's lint
// (eslint.config.js) and the test that lints a bad fixture (tests/unit/eslint.layers.test.ts) check the same rules.
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

/** Each layer and what it must not import: every layer above it. */
const FORBIDDEN = {
  data: ['model', 'i18n', 'store', 'components', 'views'],
  model: ['i18n', 'store', 'components', 'views'],
  i18n: ['store', 'components', 'views'],
  store: ['components', 'views'],
  // Components take props: the views read the store and hand them what they show.
  components: ['store', 'views'],
  views: [],
};

const REASONS = {
  data: 'src/data parses text into records: it imports nothing above it',
  model: 'src/model computes on records: it imports only src/data',
  i18n: 'src/i18n puts words on figures: it imports only src/data and src/model',
  store: 'src/store holds records and UI state: it never imports a view or a component',
  components: 'components take props: only views read the store',
  views: 'views never import the app that composes them',
};

/**
 * The import's pipeline inside src/data, as its folders show it: sources (text, files and pages made grids) →
 * checks (pure checks of an inspection) → reading (roles, orientation, direction, assembly) → layouts (the readers
 * that compose them); each folder imports only the ones before it, and the modules at src/data's top level.
 */
const PIPELINE = {
  sources: ['checks', 'reading', 'layouts'],
  checks: ['sources', 'reading', 'layouts'],
  reading: ['layouts'],
};

const PIPELINE_REASONS = {
  sources: 'src/data/sources build grids from text and files: they import no check, reading or layout after them',
  checks: 'src/data/checks check an inspection: they import no source, reading or layout',
  reading: 'src/data/reading reads grids: it imports no layout reader after it',
};

/**
 * Lint config for the layers of the tree at `root` (the folder holding src/). Files in `files` only: the
 * repository passes its own globs, the fixture test its fixture's.
 */
export function layerRules(root, files = ['src/**/*.{ts,tsx}']) {
  const zones = Object.entries(FORBIDDEN).map(([layer, above]) => ({
    target: `./src/${layer}/**`,
    // The top-level modules (App, boot, main, prerender) compose the layers: nothing inside imports them.
    from: [...above.map((name) => `./src/${name}/**`), './src/*.tsx'],
    message: REASONS[layer],
  }));
  for (const [step, after] of Object.entries(PIPELINE))
    zones.push({
      target: `./src/data/${step}/**`,
      from: after.map((name) => `./src/data/${name}/**`),
      message: PIPELINE_REASONS[step],
    });
  return {
    files,
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
      // Static and dynamic imports both count. Type-only imports are erased from the build, and the rule
      // ignores them: a type two modules share belongs in a module both import.
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: false }],
    },
  };
}
