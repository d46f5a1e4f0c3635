// Property: parseInspection is total. It never throws, on any string or on any edit of the seed page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import { splitLines } from '../../../src/data/sources/lines';
import { cellsOf, splitNameValue, startsLikeNumber, trimCell } from '../../../src/data/sources/text';
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

describe('the cell readers the parser relies on', () => {
  it('a trimmed, non-empty cell has no name exactly when it starts like a number (3,000 runs)', () => {
    // tableOf classifies rows with startsLikeNumber instead of splitting every cell: the two must agree.
    fc.assert(
      fc.property(fc.string({ unit: tableChar, maxLength: 30 }), (raw) => {
        const text = trimCell(raw).text;
        fc.pre(text !== '');
        expect(splitNameValue(text).name === '').toBe(startsLikeNumber(text));
      }),
      { numRuns: 3_000 },
    );
  });

  it('cells read from an offset are the cells of the rest of the line, with columns in the line (3,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: tableChar, maxLength: 60 }), fc.nat(60), (line, at) => {
        const from = Math.min(at, line.length);
        const rest = cellsOf(line.slice(from));
        expect(cellsOf(line, from)).toEqual(rest.map((cell) => ({ text: cell.text, column: cell.column + from })));
      }),
      { numRuns: 3_000 },
    );
  });

  // splitLines splits on '\n' alone when there is no '\r', for speed: the engine's split on the pattern is its oracle.
  const spaceChar = fc.constantFrom(
    ' ',
    '\t',
    '\u3000',
    '\u00a0',
    '\u2003',
    '\u2028',
    '\ufeff',
    '\v',
    '\f',
    '\u200b',
    '#',
    'a',
    ')',
    '）',
    '分',
  );
  // Dot leaders (`#...7`: three dots before a figure) are made blanks in place by design, tested on their own in
  // layouts.test.ts; a random text holds one now and then, which this property of splitting lines is not about.
  const spacedText = fc.string({ unit: fc.oneof(spaceChar, tableChar), maxLength: 40 }).filter((text) => !/[.…⋯·・．‥]{3,}/.test(text));

  it('lines are split on CRLF, CR and LF alike, numbered from 1, tabbed when they hold a tab (3,000 runs)', () => {
    fc.assert(
      fc.property(spacedText, (text) => {
        const expected = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
        expect(splitLines(text)).toEqual(expected.map((line, i) => ({ number: i + 1, text: line, tabbed: line.includes('\t') })));
      }),
      { numRuns: 3_000 },
    );
  });
});
