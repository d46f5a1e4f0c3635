// Property: every layout reader reads back what it is given. Random inspections are rendered in each layout
// (by renderers written here, apart from the readers) and must come back with the same entities, scores,
// totals and ranks, and no error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText, previewImport } from '../../../src/data/importText';
import type { Inspection, ParseResult } from '../../../src/data/types';
import { cleanName } from '../../../src/data/reading/entityNames';

interface Sample {
  kind: string;
  entities: string[];
  categories: string[];
  decimals: number;
  /** scores[entity][category] */
  scores: number[][];
}

const PLACES = [
  '东关',
  '西关',
  '南关',
  '北关',
  '新华',
  '和平',
  '解放',
  '胜利',
  '文化',
  '建设',
  '人民',
  '光明',
  '长安',
  '朝阳',
  '东风',
  '红旗',
];
const CATEGORIES = ['城管工作', '环卫工作', '市容秩序', '园林绿化', '市政设施', '违建治理'];

const sample: fc.Arbitrary<Sample> = fc
  .record({
    kind: fc.constantFrom('街道', '区', '镇'),
    entityCount: fc.integer({ min: 2, max: 12 }),
    categoryCount: fc.integer({ min: 1, max: 5 }),
    decimals: fc.integer({ min: 1, max: 3 }),
    seed: fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 60, maxLength: 60 }),
    shuffle: fc.shuffledSubarray(PLACES, { minLength: 12, maxLength: 12 }),
  })
  .map(({ kind, entityCount, categoryCount, decimals, seed, shuffle }) => {
    const unit = 10 ** decimals;
    return {
      kind,
      entities: shuffle.slice(0, entityCount).map((p) => `${p}${kind}`),
      categories: CATEGORIES.slice(0, categoryCount),
      decimals,
      // Scores from 40 to 100, with ties now and then (the seed repeats values).
      scores: Array.from({ length: entityCount }, (_, e) =>
        Array.from({ length: categoryCount }, (_, c) => (40 * unit + ((seed[(e * 5 + c) % 60] ?? 0) % (60 * unit + 1))) / unit),
      ),
    };
  });

const fixed = (s: Sample, v: number) => v.toFixed(s.decimals);
const sumOf = (s: Sample, e: number) => (s.scores[e] ?? []).reduce((a, b) => a + b, 0);
/** Competition ranks by brute force: 1 + how many are strictly higher. */
const ranksOf = (values: number[]) => values.map((v) => 1 + values.filter((o) => o > v + 1e-9).length);

function ok(result: ParseResult): Inspection {
  if (!result.ok) throw new Error(JSON.stringify(result.findings.filter((f) => f.severity === 'error').slice(0, 3)));
  expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return result.inspection;
}

function expectScores(inspection: Inspection, s: Sample, categories = s.categories) {
  expect([...inspection.districts].sort()).toEqual([...s.entities].sort());
  expect(inspection.siteTypes.map((t) => t.name)).toEqual(categories);
  s.entities.forEach((entity, e) => {
    categories.forEach((category, c) => {
      const read = inspection.scores.find((x) => x.district === entity && x.siteType === category)?.value;
      expect(read).toBeCloseTo(s.scores[e]?.[c] ?? NaN, 9);
    });
  });
}

const RUNS = { numRuns: 150 };

describe('each layout reads back what it renders', () => {
  it('entity table (name, score, rank, an average row), by spaces or tabs, with or without 分', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom('  ', '\t', ' '), fc.boolean(), (s, gap, suffix) => {
        const values = s.scores.map((row) => row[0] ?? 0);
        const ranks = ranksOf(values);
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        const unit = suffix ? '分' : '';
        const lines = [`各${s.kind}得分`, '', [s.kind === '区' ? '区域' : s.kind, '得分', '排名'].join(gap)];
        s.entities.forEach((entity, e) => lines.push([entity, `${fixed(s, values[e] ?? 0)}${unit}`, String(ranks[e])].join(gap)));
        lines.push(['平均', `${fixed(s, mean)}${unit}`].join(gap));
        const result = importText(lines.join('\n')).result;
        const inspection = ok(result);
        expectScores(inspection, { ...s, scores: values.map((v) => [v]) }, ['得分']);
        expect(inspection.entityKind).toBe(s.kind);
        expect(inspection.publishedRanks?.map((r) => [r.district, r.value])).toEqual(s.entities.map((entity, e) => [entity, ranks[e]]));
        expect(inspection.city).toBe('平均');
        expect(result.findings.map((f) => f.code)).not.toContain('rank-mismatch');
        expect(result.findings.map((f) => f.code)).not.toContain('city-average-mismatch');
      }),
      RUNS,
    );
  });

  it('wide table (a column per category, a total) as TSV text and as CSV', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom('\t', ','), (s, separator) => {
        const header = [s.kind === '区' ? '区' : s.kind, ...s.categories.map((c) => `${c}(100)`), '总分'];
        const lines = [header.join(separator)];
        s.entities.forEach((entity, e) =>
          lines.push([entity, ...(s.scores[e] ?? []).map((v) => fixed(s, v)), fixed(s, sumOf(s, e))].join(separator)),
        );
        const result = importText(lines.join('\n')).result;
        const inspection = ok(result);
        expectScores(inspection, s);
        expect(inspection.publishedTotals.map((t) => t.value)).toEqual(s.entities.map((_, e) => Number(fixed(s, sumOf(s, e)))));
        expect(result.findings.map((f) => f.code)).not.toContain('total-mismatch');
      }),
      RUNS,
    );
  });

  it('transposed ranked table (rank rows, a name and a score column per category)', () => {
    fc.assert(
      fc.property(sample, (s) => {
        const orders = s.categories.map((_, c) =>
          s.entities.map((_, e) => e).sort((a, b) => (s.scores[b]?.[c] ?? 0) - (s.scores[a]?.[c] ?? 0)),
        );
        const lines = [['顺序', ...s.categories.flatMap((c) => [c, '得分'])].join('  ')];
        s.entities.forEach((_, position) => {
          const cells = orders.flatMap((order, c) => {
            const e = order[position] ?? 0;
            return [s.entities[e] ?? '', `${fixed(s, s.scores[e]?.[c] ?? 0)}分`];
          });
          lines.push([String(position + 1), ...cells].join('  '));
        });
        const preview = previewImport(lines.join('\n'));
        expect(preview.format).toBe('transposed');
        expectScores(ok(preview.result), s);
      }),
      RUNS,
    );
  });

  it('prose lists, one per category, in rank order', () => {
    fc.assert(
      fc.property(sample, fc.constantFrom(';', '；'), (s, separator) => {
        const lines: string[] = [];
        s.categories.forEach((category, c) => {
          const order = s.entities.map((_, e) => e).sort((a, b) => (s.scores[b]?.[c] ?? 0) - (s.scores[a]?.[c] ?? 0));
          lines.push(`${String(c + 1)}、${category}`);
          lines.push(`${order.map((e) => `${s.entities[e] ?? ''}${fixed(s, s.scores[e]?.[c] ?? 0)}分`).join(separator)}。`);
        });
        const preview = previewImport(lines.join('\n'));
        expect(preview.format).toBe('lists');
        expectScores(ok(preview.result), s);
        expect(preview.result.findings.map((f) => f.code)).not.toContain('list-order');
      }),
      RUNS,
    );
  });

  it('one small table per category, merged', () => {
    fc.assert(
      fc.property(
        sample.filter((s) => s.categories.length >= 2),
        (s) => {
          const blocks = s.categories.map((category, c) => {
            const lines = [`${category}得分情况`, '区域 得分'];
            s.entities.forEach((entity, e) => lines.push(`${entity} ${fixed(s, s.scores[e]?.[c] ?? 0)}`));
            return lines.join('\n');
          });
          const preview = previewImport(blocks.join('\n\n'));
          expect(preview.format).toBe('category-tables');
          expectScores(ok(preview.result), s);
        },
      ),
      RUNS,
    );
  });
});

describe('entity names', () => {
  it('a name of letters, digits and CJK ideographs is its own clean name: what NFKC and trimming leave (2,000 runs)', () => {
    // cleanName skips the Unicode work for such names; the engine's normalize is the oracle that it may.
    const plainChar = fc.oneof(
      fc.constantFrom('0', '9', 'A', 'Z', 'a', 'z'),
      fc.integer({ min: 0x3400, max: 0x4dbf }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.string({ unit: plainChar, minLength: 1, maxLength: 12 }), (name) => {
        // A verb after a place's name (`甲区得`) is the one thing cleaning takes off such a name: its own case tests it.
        fc.pre(!/[得获为是以分]$/.test(name));
        expect(cleanName(name)).toEqual({ name: name.normalize('NFKC').trim(), padded: false, invisible: false, trimmed: false });
        expect(name.normalize('NFKC')).toBe(name);
      }),
      { numRuns: 2_000 },
    );
  });
});
