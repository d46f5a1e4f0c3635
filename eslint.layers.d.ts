// Types of eslint.layers.js, for the test that lints the bad fixture with it.
import type { Linter } from 'eslint';

export function layerRules(root: string, files?: string[]): Linter.Config;
