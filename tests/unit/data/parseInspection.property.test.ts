// Property: parseInspection is total. It never throws, on any string or on any edit of the seed page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import type { ParseResult } from '../../../src/data/types';
import { readFixture } from '../readFixture';

const page = readFixture('taiyuan-news-page-2025-01.txt');
const tables = page.split('\n').slice(64, 94).join('\n');

/** Characters the printed form is made of, so random text often looks like a table. */
const tableChar = fc.constantFrom(
  '\t',
  ' ',
  '\u3000',
  '\n',
  '\r\n',
  '(',
  ')',
  '（',
  '）',
  '.',
  '-',
  '0',
  '1',
  '5',
  '9',
  '区',
  '总分',
  '#',
  '排名',
  '\ufeff',
);

function wellFormed(result: ParseResult): boolean {
  const lineOk = result.findings.every((f) => Number.isInteger(f.line) && f.line >= 1 && (f.column === undefined || f.column >= 1));
  const noInternal = result.findings.every((f) => f.code !== 'internal');
  const errorsMatch = result.ok === !result.findings.some((f) => f.severity === 'error');
  return lineOk && noInternal && errorsMatch;
}

const edit = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 12 }),
  insert: fc.string({ unit: tableChar, maxLength: 8 }),
});

function applyEdits(text: string, edits: { at: number; remove: number; insert: string }[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
  }
  return out;
}

describe('parseInspection is total', () => {
  it('never throws and answers well-formed findings on arbitrary strings (4,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: tableChar, maxLength: 400 })), (text) => {
        const result = parseInspection(text);
        expect(wellFormed(result)).toBe(true);
      }),
      { numRuns: 4_000 },
    );
  });

  it('never throws on random edits of the seed tables (6,000 runs), and a valid read keeps its shape', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const result = parseInspection(applyEdits(tables, edits));
        expect(wellFormed(result)).toBe(true);
        if (result.ok) {
          const { inspection } = result;
          expect(inspection.scores.length).toBe(inspection.districts.length * inspection.siteTypes.length);
        }
      }),
      { numRuns: 6_000 },
    );
  });

  it('never throws on random edits of the whole page (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        expect(wellFormed(parseInspection(applyEdits(page, edits)))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
