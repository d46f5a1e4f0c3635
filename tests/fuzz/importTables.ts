// Generated ranking tables for the fuzz suite: random shape (entities, categories, decimals, a total column right,
// wrong or absent, a rank column, junk lines), names drawn from a hostile alphabet, laid out as TSV, CSV, long CSV or
// HTML with random spans, and encoded as UTF-8, UTF-16 or GB18030. Written here, apart from the readers.
import fc from 'fast-check';

/**
 * The runs per property, and the seed: `npm test` runs a short, fixed sample (the same cases every run, so CI is
 * reproducible); `npm run fuzz` (FUZZ_RUNS set) draws new cases each time, or replays FUZZ_SEED's.
 */
export function fuzzParameters(shortRuns: number): { numRuns: number; seed?: number } {
  const runs = process.env.FUZZ_RUNS;
  const seed = process.env.FUZZ_SEED;
  if (seed !== undefined) return { numRuns: Number(runs ?? shortRuns), seed: Number(seed) };
  return runs === undefined ? { numRuns: shortRuns, seed: 20_261_202 } : { numRuns: Number(runs) };
}

/** Names that are keys of Object.prototype, carry bidi or zero-width controls, need NFKC, or look like a header. */
export const HOSTILE_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '\u202e甲区',
  '乙\u200b区',
  'Ａ区',
  '灵 昆 镇',
  'منطقة',
  '<script>alert(1)</script>',
  '"丙,区"',
  '丁区\u2066',
  '😀区',
  '戊'.repeat(40),
  ' 己区 ',
  '1区',
  '总分',
  '平均',
  '排名',
  '合计',
  '&amp;区',
];
const PLAIN_NAMES = ['杏花岭区', '小店区', '迎泽区', '尖草坪区', '万柏林区', '晋源区', '东关街道', '西关街道', '新华镇', '和平县'];
const CATEGORIES = ['农贸市场', '公厕', '背街小巷', '老旧小区', '城中村', '铁路沿线', '市容秩序', '园林绿化'];

const name = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PLAIN_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NAMES) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('区', '\u202e', '\u200d', 'ｱ', ' ', 'x', '\u0301', '镇', '_'),
      minLength: 1,
      maxLength: 6,
    }),
  },
);

export interface GeneratedTable {
  entities: string[];
  categories: string[];
  decimals: number;
  /** scores[entity][category] */
  scores: number[][];
  /** The total column: absent, each entity's sum, or sums with some entities' totals moved by `shift`. */
  totals: 'none' | 'sums' | 'shifted';
  shifted: number[];
  shift: number;
  ranks: boolean;
  layout: 'tsv' | 'csv' | 'long' | 'html';
  /** Lines of table-like noise put in at these positions. */
  junk: { at: number; line: string }[];
  /** HTML only: a rowspan and colspan put on one cell. */
  span: { row: number; column: number; rowspan: number; colspan: number } | undefined;
  encoding: 'utf-8' | 'utf-16le' | 'gb18030';
}

export const generatedTable: fc.Arbitrary<GeneratedTable> = fc
  .record({
    entities: fc.uniqueArray(name, { minLength: 1, maxLength: 10 }),
    categories: fc.uniqueArray(fc.oneof(fc.constantFrom(...CATEGORIES), name), { minLength: 1, maxLength: 6 }),
    decimals: fc.integer({ min: 0, max: 2 }),
    seed: fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 60, maxLength: 60 }),
    totals: fc.constantFrom('none', 'sums', 'shifted'),
    shiftedPicks: fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: 3 }),
    shift: fc.constantFrom(-30, -5, 2, 7, 50),
    ranks: fc.boolean(),
    layout: fc.constantFrom('tsv', 'csv', 'long', 'html'),
    junk: fc.array(
      fc.record({
        at: fc.nat({ max: 20 }),
        line: fc.string({ unit: fc.constantFrom('\t', ' ', '1', '分', '区', ',', '-', '总'), maxLength: 12 }),
      }),
      {
        maxLength: 3,
      },
    ),
    span: fc.option(
      fc.record({
        row: fc.nat({ max: 10 }),
        column: fc.nat({ max: 6 }),
        rowspan: fc.constantFrom(0, 1, 2, 3, 1000, 65534),
        colspan: fc.constantFrom(0, 1, 2, 5, 1000),
      }),
      { nil: undefined },
    ),
    encoding: fc.constantFrom('utf-8', 'utf-16le', 'gb18030'),
  })
  .map(({ seed, shiftedPicks, ...rest }) => {
    const unit = 10 ** rest.decimals;
    const scores = rest.entities.map((_, e) =>
      rest.categories.map((_, c) => (40 * unit + ((seed[(e * 7 + c) % 60] ?? 0) % (60 * unit + 1))) / unit),
    );
    const shifted = shiftedPicks.filter((e) => e < rest.entities.length);
    return { ...rest, scores, shifted };
  });

const sumOf = (table: GeneratedTable, e: number) => (table.scores[e] ?? []).reduce((a, b) => a + b, 0);

/** The total printed for an entity: its sum, or its sum moved for the entities whose totals are wrong. */
export function printedTotal(table: GeneratedTable, e: number): number {
  return sumOf(table, e) + (table.totals === 'shifted' && table.shifted.includes(e) ? table.shift : 0);
}

function rows(table: GeneratedTable): string[][] {
  const fixed = (v: number) => v.toFixed(table.decimals);
  const totals = table.entities.map((_, e) => printedTotal(table, e));
  // Competition ranks of the printed totals (1 + how many are higher), else of the sums.
  const rankOf = (e: number) => 1 + totals.filter((t) => t > (totals[e] ?? 0) + 1e-9).length;
  if (table.layout === 'long') {
    const out = [['district', 'site type', 'score', 'max']];
    table.entities.forEach((entity, e) => {
      table.categories.forEach((category, c) => out.push([entity, category, fixed(table.scores[e]?.[c] ?? 0), '100']));
    });
    return out;
  }
  const header = ['区', ...table.categories.map((c) => `${c}(100)`)];
  if (table.totals !== 'none') header.push('总分');
  if (table.ranks) header.push('排名');
  const out = [header];
  table.entities.forEach((entity, e) => {
    const row = [entity, ...(table.scores[e] ?? []).map(fixed)];
    if (table.totals !== 'none') row.push(fixed(totals[e] ?? 0));
    if (table.ranks) row.push(String(rankOf(e)));
    out.push(row);
  });
  return out;
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
const quoteCsv = (cell: string) => (/[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** The table as the text of its layout, junk lines put in (HTML: as rows of their own). */
export function tableText(table: GeneratedTable): string {
  const grid = rows(table);
  if (table.layout === 'html') {
    const body = grid.map((row, r) => {
      const cells = row.map((cell, c) => {
        const span = table.span && table.span.row === r && table.span.column === c ? table.span : undefined;
        const attributes = span ? ` rowspan="${String(span.rowspan)}" colspan="${String(span.colspan)}"` : '';
        return `<td${attributes}>${escapeHtml(cell)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    });
    for (const junk of table.junk) body.splice(junk.at % (body.length + 1), 0, `<tr><td>${escapeHtml(junk.line)}</td></tr>`);
    return `<html><body><p>检查结果</p><table>${body.join('')}</table></body></html>`;
  }
  const separator = table.layout === 'tsv' ? '\t' : ',';
  const lines = grid.map((row) => row.map((cell) => (separator === ',' ? quoteCsv(cell) : cell)).join(separator));
  for (const junk of table.junk) lines.splice(junk.at % (lines.length + 1), 0, junk.line);
  return lines.join('\n');
}

let gbkTable: Map<string, number[]> | undefined;

/** A GB18030 encoder built from the platform's decoder: every two-byte code decoded once, its character mapped back. */
function gbk(): Map<string, number[]> {
  if (gbkTable) return gbkTable;
  const decoder = new TextDecoder('gb18030');
  gbkTable = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !gbkTable.has(char)) gbkTable.set(char, [lead, trail]);
    }
  }
  return gbkTable;
}

/** The text's bytes in the table's encoding; characters GB18030's two-byte codes lack are written as '?'. */
export function encoded(text: string, encoding: GeneratedTable['encoding']): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  if (encoding === 'utf-16le') {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      bytes[2 + i * 2] = unit & 0xff;
      bytes[3 + i * 2] = unit >> 8;
    }
    return bytes;
  }
  const map = gbk();
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0x3f;
    if (code < 0x80) out.push(code);
    else out.push(...(map.get(char) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

/** As encoded, and the text those bytes stand for (GB18030 loses what it cannot write). */
export function encodedText(text: string, encoding: GeneratedTable['encoding']): string {
  if (encoding !== 'gb18030') return text;
  return new TextDecoder('gb18030').decode(encoded(text, encoding));
}
