// The import direction the linter keeps: data → model → i18n → store → components / views → the app, no
// cycles. One function, so that the tree's lint (eslint.config.js) and the test that lints a bad fixture
// (tests/unit/lint/layers.test.ts) check the same rules.
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
