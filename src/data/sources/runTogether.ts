// Rows a PDF viewer ran together with no header: `洸河街道96.7682.2496.7214.5196.75`, a name and figures of one
// number of decimals; and the PDF's first row, whose figures came out before its name and the header's words
// (`…90.9097.9683.2796.6514.50街道济阳街道总分97.76`), put back as a row of its own.

import { isRoleWord, type GridCell, type GridRow } from './gridCells';

type Segment = { kind: 'text'; text: string; column: number } | { kind: 'numbers'; values: string[]; column: number };

/** Header words a PDF scatters among the figures: never a name. */
const HEADER_FRAGMENT = /^(街道|单位|名称|总分|得分|排名|序号|合计|综合得分)$/;

/** `街道济阳街道总分` → 济阳街道: header words run onto a name at either end. */
function withoutFragments(text: string): string {
  let name = text;
  for (let changed = true; changed;) {
    changed = false;
    const lead = /^(街道|单位|名称|序号)(?=.{2,})/.exec(name);
    if (lead) {
      name = name.slice(lead[0].length);
      changed = true;
    }
    const tail = /(?<=.{2,})(总分|得分|排名|合计|综合得分)$/.exec(name);
    if (tail) {
      name = name.slice(0, name.length - tail[0].length);
      changed = true;
    }
  }
  return name;
}

function segmentsOf(text: string, decimals: number): Segment[] | null {
  const segments: Segment[] = [];
  const number = new RegExp(`^[0-9]+\\.[0-9]{${String(decimals)}}`);
  let i = 0;
  let textStart = -1;
  while (i < text.length) {
    const match = /[0-9]/.test(text.charAt(i)) ? number.exec(text.slice(i)) : null;
    if (match) {
      if (textStart >= 0) segments.push({ kind: 'text', text: text.slice(textStart, i).trim(), column: textStart + 1 });
      textStart = -1;
      const last = segments[segments.length - 1];
      if (last?.kind === 'numbers') last.values.push(match[0]);
      else segments.push({ kind: 'numbers', values: [match[0]], column: i + 1 });
      i += match[0].length;
      continue;
    }
    if (/[0-9]/.test(text.charAt(i))) return null;
    if (textStart < 0) textStart = i;
    i++;
  }
  if (textStart >= 0) segments.push({ kind: 'text', text: text.slice(textStart).trim(), column: textStart + 1 });
  return segments.filter((s) => s.kind === 'numbers' || s.text !== '');
}

function cellsOf(name: string, line: number, column: number, values: readonly string[], valueColumn: number): GridCell[] {
  let at = valueColumn;
  return [
    { text: name, line, column },
    ...values.map((value) => {
      const cell = { text: value, line, column: at };
      at += value.length;
      return cell;
    }),
  ];
}

/** The rows of run-together lines (each `name` + figures), or null when the lines are not all of that form. */
export function readRunTogether(
  lines: readonly { text: string; number: number }[],
): { header: GridCell[]; rows: GridRow[]; decimals: number; putBack: { line: number; name: string }[] } | null {
  // Rows are short: a long line (minified data, a paragraph) is no row, and keeps the search below linear.
  if (lines.length < 3 || lines.some((l) => l.text.length > 2000 || /[\s\t]/.test(l.text.trim()))) return null;
  for (const decimals of [2, 1, 3, 4]) {
    const parsed = lines.map((l) => ({ line: l, segments: segmentsOf(l.text.trim(), decimals) }));
    if (parsed.some((p) => p.segments === null)) continue;
    const plain = parsed.filter((p) => p.segments?.length === 2 && p.segments[0]?.kind === 'text' && p.segments[1]?.kind === 'numbers');
    if (plain.length * 2 < lines.length) continue;
    const counts = plain.map((p) => (p.segments?.[1]?.kind === 'numbers' ? p.segments[1].values.length : 0));
    const width = counts[0] ?? 0;
    if (width < 1 || counts.some((c) => c !== width)) continue;
    const rows: GridRow[] = [];
    const putBack: { line: number; name: string }[] = [];
    for (const { line, segments } of parsed) {
      const [first, second, ...rest] = segments ?? [];
      if (first?.kind !== 'text' || second?.kind !== 'numbers') return null;
      rows.push({ line: line.number, cells: cellsOf(first.text, line.number, first.column, second.values.slice(0, width), second.column) });
      if (rest.length === 0 && second.values.length === width) continue;
      // The rest of the line is one more row: its leading figures, a name among header words, its last figures.
      const extra = second.values.slice(width);
      const names = rest
        .flatMap((s) => (s.kind === 'text' ? [{ ...s, text: withoutFragments(s.text) }] : []))
        .filter((s) => s.text !== '' && !HEADER_FRAGMENT.test(s.text) && !isRoleWord(s.text));
      const trailing = rest.flatMap((s) => (s.kind === 'numbers' ? s.values : []));
      const name = names[0];
      if (names.length !== 1 || name?.kind !== 'text' || extra.length + trailing.length !== width) return null;
      rows.unshift({ line: line.number, cells: cellsOf(name.text, line.number, name.column, [...extra, ...trailing], second.column) });
      putBack.push({ line: line.number, name: name.text });
    }
    const header = Array.from({ length: width + 1 }, (_, i) => ({ text: '', line: lines[0]?.number ?? 1, column: i + 1 }));
    return { header, rows, decimals, putBack };
  }
  return null;
}
