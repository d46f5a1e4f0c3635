// The fuzz suite over the whole import: generated tables of random shape and hostile names, as bytes in three
// encodings (HTML with random spans among them), read as a file is, then by the layouts, with any reading the preview
// allows and any correction the grid can write. Never a throw; never a printed total that is not its scores' sum
// without a finding naming it; never a figure of a name read under another; never a control character in a name.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText, previewImport, readCandidate } from '../../src/data/importText';
import type { ColumnRole } from '../../src/data/reading/columnRoles';
import { cellText, linesOf, withCell } from '../../src/data/sources/ocr/ocrCorrections';
import { textOfBytes } from '../../src/data/sources/fileText';
import type { Finding, Inspection } from '../../src/data/types';
import { expectWellFormed } from '../unit/parserProperties';
import {
  encoded,
  encodedText,
  fuzzParameters,
  generatedTable,
  HOSTILE_NAMES,
  printedTotal,
  tableText,
  type GeneratedTable,
} from './importTables';

const PARAMETERS = fuzzParameters(150);
const RUNS = PARAMETERS.numRuns;

/** Zero-width and bidi control characters: none may be left in a name that is shown or compared. */
const CONTROLS = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;

const FILE_NAMES: Record<GeneratedTable['layout'], string> = { tsv: '排名.txt', csv: '排名.csv', long: '排名.csv', html: '排名.html' };

/** Findings that speak for every printed total at once (they are means, not sums; none is its sum). */
const ALL_TOTALS = new Set<Finding['code']>(['totals-not-sums', 'total-is-mean', 'weighted-total']);

/** Each printed total that is not the sum of its entity's scores read (beyond rounding) has a finding that says so. */
function expectTotalsChecked(inspection: Inspection, findings: readonly Finding[], decimals: number): void {
  if (findings.some((f) => ALL_TOTALS.has(f.code))) return;
  const sums = new Map<string, number>();
  for (const score of inspection.scores) sums.set(score.district, (sums.get(score.district) ?? 0) + score.value);
  // Every score and the total may each be off by half a unit of the last decimal printed.
  const tolerance = (inspection.siteTypes.length + 1) * 0.5 * 10 ** -decimals + 1e-6;
  for (const total of inspection.publishedTotals) {
    if (Math.abs((sums.get(total.district) ?? 0) - total.value) <= tolerance) continue;
    const named = findings.some((f) => f.code === 'total-mismatch' && f.params.district === total.district);
    expect(named, `${total.district}: printed ${String(total.value)}, sum ${String(sums.get(total.district))}`).toBe(true);
  }
}

/**
 * A score read for a generated entity and category (both read under their exact names) is the one generated, or a
 * warning names the entity (another row cleaned to its name, say, whose figures disagree with its own).
 */
function expectFiguresKept(inspection: Inspection, findings: readonly Finding[], table: GeneratedTable, text: string): void {
  // A header that does not fit its rows, or a column whose role is asked, is said for the whole table.
  if (findings.some((f) => f.code === 'unnamed-column' || f.code === 'column-role-question')) return;
  const warned = (name: string) => findings.some((f) => f.severity !== 'info' && f.params.district === name);
  const shown = (name: string) => encodedText(name, table.encoding);
  // Two names the encoding wrote alike (characters GB18030's two-byte codes lack become '?') are no longer two names.
  const alike = (names: readonly string[], name: string) => names.filter((n) => shown(n) === shown(name)).length > 1;
  table.entities.forEach((entity, e) => {
    if (alike(table.entities, entity)) return;
    table.categories.forEach((category, c) => {
      if (alike(table.categories, category)) return;
      const read = inspection.scores.find((s) => s.district === shown(entity) && s.siteType === shown(category));
      if (read && !warned(read.district))
        expect(read.value, `${entity} × ${category} in\n${text}`).toBeCloseTo(table.scores[e]?.[c] ?? NaN, 9);
    });
  });
}

describe(`fuzz of the whole import (${String(RUNS)} runs per property)`, () => {
  it('generated tables, as files in three encodings: read, checked, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(generatedTable, async (table) => {
        const text = tableText(table);
        const source = await textOfBytes(encoded(text, table.encoding), FILE_NAMES[table.layout]);
        if (!source.ok) {
          // A refusal is a verdict: it must say what was refused (a file of spans past the budget, say).
          expect(source.problem).toMatch(/^import/);
          return;
        }
        const read = importText(source.text);
        expectWellFormed(read.result);
        if (!read.result.ok) return;
        const { inspection, findings } = read.result;
        for (const name of [...inspection.districts, ...inspection.siteTypes.map((s) => s.name)]) expect(name).not.toMatch(CONTROLS);
        expectTotalsChecked(inspection, findings, table.decimals);
        // A cell spanning rows or columns repeats its figure into them: the generated figures are no longer the table's.
        const spans = table.layout === 'html' && table.span !== undefined && (table.span.rowspan !== 1 || table.span.colspan > 1);
        if (!spans) expectFiguresKept(inspection, findings, table, source.text);
      }),
      PARAMETERS,
    );
  });

  it('a wrong printed total is never passed without a finding (the totals the generator moved)', () => {
    fc.assert(
      fc.property(
        generatedTable.filter((t) => t.totals === 'shifted' && t.shifted.length > 0 && t.layout !== 'long'),
        (table) => {
          const read = importText(tableText(table)).result;
          expectWellFormed(read);
          if (!read.ok) return;
          if (read.findings.some((f) => ALL_TOTALS.has(f.code))) return;
          for (const e of table.shifted) {
            const entity = table.entities[e] ?? '';
            const printed = read.inspection.publishedTotals.find((t) => t.district === entity);
            // Read under its own name with the moved total: a finding names it (a move within the rounding of its
            // scores is said as rounding, one past it as a mismatch).
            if (printed && Math.abs(printed.value - printedTotal(table, e)) < 1e-6)
              expect(
                read.findings.some((f) => (f.code === 'total-mismatch' || f.code === 'total-rounding') && f.params.district === entity),
              ).toBe(true);
          }
        },
      ),
      PARAMETERS,
    );
  });

  const roles: fc.Arbitrary<ColumnRole> = fc.constantFrom('entity', 'score', 'total', 'rank', 'weighted', 'ignored');

  it('any reading the preview allows (roles, reference rows, rows set aside) reads the same when stored', () => {
    fc.assert(
      fc.property(
        generatedTable,
        fc.array(fc.record({ column: fc.nat({ max: 9 }), role: roles }), { maxLength: 4 }),
        fc.array(fc.record({ row: fc.nat({ max: 12 }), reference: fc.boolean() }), { maxLength: 3 }),
        fc.array(fc.record({ row: fc.nat({ max: 12 }), skipped: fc.boolean() }), { maxLength: 3 }),
        (table, roleChanges, references, skipped) => {
          const text = tableText(table);
          const preview = previewImport(text);
          expectWellFormed(preview.result);
          for (const candidate of preview.candidates) {
            const reading = { candidate: candidate.id, roles: roleChanges, references, skipped };
            const direct = readCandidate(candidate, reading);
            expectWellFormed(direct);
            expect(importText(text, reading).result).toEqual(direct);
          }
        },
      ),
      PARAMETERS,
    );
  });

  it('any correction the grid writes lands in its cell and leaves a text the import reads', () => {
    fc.assert(
      fc.property(
        generatedTable.filter((t) => t.layout === 'tsv'),
        fc.nat({ max: 12 }),
        fc.nat({ max: 8 }),
        fc.oneof(fc.constantFrom(...HOSTILE_NAMES, '88.5', '', '\t', '1\n2'), fc.string({ maxLength: 8 })),
        (table, line, cell, value) => {
          const text = tableText(table);
          const corrected = withCell(text, line + 1, cell, value);
          const before = cellText(linesOf(text), line + 1, cell);
          if (before === undefined) expect(corrected).toBe(text);
          else expect(cellText(linesOf(corrected), line + 1, cell)).toBe(value.replace(/[\t\r\n]+/g, ' '));
          expectWellFormed(importText(corrected).result);
        },
      ),
      PARAMETERS,
    );
  });
});
