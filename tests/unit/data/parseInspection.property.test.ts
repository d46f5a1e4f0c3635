// Property: parseInspection is total. It never throws, on any string or on any edit of the seed page.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import { applyEdits, edits, expectWellFormed, tableChar } from '../parserProperties';
import { readFixture } from '../readFixture';

const page = readFixture('taiyuan-news-page-2025-01.txt');
const tables = page.split('\n').slice(64, 94).join('\n');

describe('parseInspection is total', () => {
  it('never throws and answers well-formed findings on arbitrary strings (4,000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: tableChar, maxLength: 400 })), (text) => {
        expectWellFormed(parseInspection(text));
      }),
      { numRuns: 4_000 },
    );
  });

  it('never throws on random edits of the seed tables (6,000 runs), and a valid read keeps its shape', () => {
    fc.assert(
      fc.property(edits(4), (changes) => {
        expectWellFormed(parseInspection(applyEdits(tables, changes)));
      }),
      { numRuns: 6_000 },
    );
  });

  it('never throws on random edits of the whole page (1,000 runs)', () => {
    fc.assert(
      fc.property(edits(6), (changes) => {
        expectWellFormed(parseInspection(applyEdits(page, changes)));
      }),
      { numRuns: 1_000 },
    );
  });
});
