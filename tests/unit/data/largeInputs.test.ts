// Input-sized arrays never go into a call's arguments: a grid of 200,000 rows, a reading with 200,000 findings and a
// page of 200,000 tabbed rows are read, where a spread (`Math.max(...rows)`, `push(...findings)`) overflowed the stack.
import { describe, expect, it } from 'vitest';
import { append, maxOf } from '../../../src/data/arrays';
import { inferPlan } from '../../../src/data/reading/columnRoles';
import type { Grid } from '../../../src/data/sources/grid';
import { parseInspection } from '../../../src/data/parseInspection';

const ROWS = 200_000;

function bigGrid(): Grid {
  const rows = Array.from({ length: ROWS }, (_, i) => ({
    line: i + 2,
    cells: [
      { text: `第${String(i)}街道`, line: i + 2, column: 1 },
      { text: String(60 + (i % 40)), line: i + 2, column: 8 },
      { text: String(30 + (i % 20)), line: i + 2, column: 12 },
      { text: String(90 + (i % 40) + (i % 20)), line: i + 2, column: 16 },
    ],
  }));
  const header = ['街道', '甲', '乙', '合计'].map((text, i) => ({ text, line: 1, column: i * 4 + 1 }));
  return { title: '', titleLine: undefined, header, rows, first: 1, last: ROWS + 1, notes: [] };
}

describe('large inputs', () => {
  it('maxOf and append take any number of items', () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    expect(maxOf(many, -1)).toBe(499_999);
    expect(maxOf([], 7)).toBe(7);
    expect(append([1], many)).toHaveLength(500_001);
  });

  it('column roles of a 200,000-row grid: the sum column is the total, the others its parts', () => {
    const plan = inferPlan(bigGrid());
    expect(plan.columns.map((c) => c.role)).toEqual(['entity', 'score', 'score', 'total']);
  });

  it('a page of 200,000 tabbed rows gets a verdict, not a stack overflow', () => {
    const text = Array.from({ length: ROWS }, (_, i) => `东区\t${String(i)}`).join('\n');
    const result = parseInspection(text);
    expect(result.findings.some((f) => f.code === 'internal')).toBe(false);
  });
});
