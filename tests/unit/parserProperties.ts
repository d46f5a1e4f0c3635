// Shared by the property tests and the fuzz suite: random edits of a text, and what every result must satisfy.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { ParseResult } from '../../src/data/types';

/** Characters the printed tables and CSV are made of, so that random text often looks like a table. */
export const tableChar = fc.constantFrom(
  '\t',
  ' ',
  '\u3000',
  '\n',
  '\r',
  '\r\n',
  ',',
  ';',
  '"',
  '(',
  ')',
  '（',
  '）',
  '.',
  '-',
  '0',
  '1',
  '7',
  '9',
  '区',
  '总分',
  '#',
  '排名',
  '\ufeff',
);

export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export const edits = (maxLength: number) =>
  fc.array(fc.record({ at: fc.nat(), remove: fc.nat({ max: 16 }), insert: fc.string({ unit: tableChar, maxLength: 10 }) }), {
    minLength: 1,
    maxLength,
  });

export function applyEdits(text: string, changes: readonly Edit[]): string {
  let out = text;
  for (const change of changes) {
    const at = change.at % (out.length + 1);
    out = out.slice(0, at) + change.insert + out.slice(at + change.remove);
  }
  return out;
}

/** No internal error, findings on real lines, ok exactly when there is no error, one score per district × site type. */
export function expectWellFormed(result: ParseResult): void {
  expect(result.findings.every((f) => f.code !== 'internal')).toBe(true);
  expect(result.findings.every((f) => Number.isInteger(f.line) && f.line >= 1 && (f.column === undefined || f.column >= 1))).toBe(true);
  expect(result.ok).toBe(!result.findings.some((f) => f.severity === 'error'));
  if (result.ok) expect(result.inspection.scores.length).toBe(result.inspection.districts.length * result.inspection.siteTypes.length);
}
