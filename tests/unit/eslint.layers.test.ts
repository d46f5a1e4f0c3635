// The layer rules of eslint.layers.js on a small tree that breaks them: an upward import, a cycle, a component
// reading the store and a source importing the reading after it are errors; a view reading the store is not.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { layerRules } from '../../eslint.layers.js';

const fixtureRoot = fileURLToPath(new URL('../fixtures/lint-layers', import.meta.url));

async function lintFixture(): Promise<Map<string, { rule: string | null; message: string }[]>> {
  const eslint = new ESLint({
    cwd: fixtureRoot,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, layerRules(fixtureRoot)],
  });
  const results = await eslint.lintFiles(['src']);
  return new Map(
    results.map((result) => [
      result.filePath.slice(fixtureRoot.length + 1),
      result.messages.map((m) => ({ rule: m.ruleId, message: m.message })),
    ]),
  );
}

describe('layer rules', () => {
  it('report an upward import, a cycle and a component importing the store, and nothing else', async () => {
    const byFile = await lintFixture();
    expect(byFile.get('src/data/records.ts')).toEqual([
      expect.objectContaining({ rule: 'import-x/no-restricted-paths', message: expect.stringContaining('src/data parses text') as string }),
    ]);
    expect(byFile.get('src/components/Badge.tsx')).toEqual([
      expect.objectContaining({
        rule: 'import-x/no-restricted-paths',
        message: expect.stringContaining('only views read the store') as string,
      }),
    ]);
    expect(byFile.get('src/i18n/words.ts')?.map((m) => m.rule)).toEqual(['import-x/no-cycle']);
    expect(byFile.get('src/i18n/otherWords.ts')?.map((m) => m.rule)).toEqual(['import-x/no-cycle']);
    expect(byFile.get('src/data/sources/cells.ts')).toEqual([
      expect.objectContaining({
        rule: 'import-x/no-restricted-paths',
        message: expect.stringContaining('sources build grids') as string,
      }),
    ]);
    for (const clean of [
      'src/views/View.tsx',
      'src/model/ranking.ts',
      'src/data/score.ts',
      'src/store/store.ts',
      'src/data/reading/roles.ts',
    ]) {
      expect(byFile.get(clean), clean).toEqual([]);
    }
  });
});
