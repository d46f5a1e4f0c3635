// The fuzz suite: the page parser and the CSV import against generated and mutated input, never a throw.
// `npm run fuzz` runs every property of tests/fuzz at FUZZ_RUNS (11,200 each in that script: 100,800 cases over the
// nine); npm test runs a short form.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { inspectionToCsv } from '../../src/data/exportInspection';
import { parseCsvInspection } from '../../src/data/layouts/importCsv';
import { importText } from '../../src/data/importText';
import { parseInspection } from '../../src/data/parseInspection';
import { applyEdits as mutate, edits as editsOf, expectWellFormed as wellFormed, tableChar } from '../unit/parserProperties';
import { readFixture } from '../unit/readFixture';
import { fuzzParameters } from './importTables';

const edits = editsOf(6);

const PARAMETERS = fuzzParameters(500);
const RUNS = PARAMETERS.numRuns;
const page = readFixture('taiyuan-news-page-2025-01.txt');
const seedResult = parseInspection(page);
if (!seedResult.ok) throw new Error('the seed page must parse');
const csv = inspectionToCsv(seedResult.inspection);

const unit = tableChar;

describe(`fuzz (${RUNS} runs per property)`, () => {
  it('the page parser: arbitrary unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => wellFormed(parseInspection(text))),
      PARAMETERS,
    );
  });

  it('the page parser: mutations of the newspaper page', () => {
    fc.assert(
      fc.property(edits, (changes) => wellFormed(parseInspection(mutate(page, changes)))),
      PARAMETERS,
    );
  });

  it('the CSV import: mutations of an exported CSV', () => {
    fc.assert(
      fc.property(edits, (changes) => wellFormed(parseCsvInspection(mutate(csv, changes)))),
      PARAMETERS,
    );
  });

  it('the CSV import: arbitrary delimited text', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (text) => wellFormed(parseCsvInspection(`district,site type,score\n${text}`))),
      PARAMETERS,
    );
  });

  it('the import dispatcher: either kind of text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit, maxLength: 200 }),
          edits.map((e) => mutate(csv, e)),
          edits.map((e) => mutate(page, e)),
        ),
        (text) => wellFormed(importText(text).result),
      ),
      PARAMETERS,
    );
  });
});
