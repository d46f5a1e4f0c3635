// Text placed on a page (a PDF's text items, an image's recognised text boxes) read as tables of cells: items on
// one baseline make a line, gaps wider than a space split it into cells, runs of lines of two or more cells are a
// table, and the line of one cell above a table is its title. A column of prose beside a table (an article the
// table is printed next to) is set aside first, so that its lines neither join nor cut the table's rows. Each cell
// keeps the items it was made of, so that a reader of images can say how sure it is of every cell.

export interface PositionedItem {
  text: string;
  /** Left edge and baseline, in the page's units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PositionedTable {
  title: string;
  rows: string[][];
  /** For each cell of each row, the indices (in its page's items) of the items it was made of. */
  sources: number[][][];
}

export interface PositionedOptions {
  /** How a cell's text is normalised (a PDF's radicals). */
  normalise: (text: string) => string;
  /**
   * Items closer than this many text heights are one cell: half a height for a PDF's glyph runs; an image's text
   * boxes are words already, so 0 (only overlapping boxes are one cell).
   */
  joinGap: number;
}

interface LineCell {
  text: string;
  x: number;
  end: number;
  sources: number[];
}

interface Line {
  y: number;
  /** The page's text height (the median). */
  size: number;
  cells: LineCell[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Items on one baseline (within a third of the text height) as one line, cut into cells at wide gaps. */
function linesOf(items: readonly PositionedItem[], { normalise, joinGap }: PositionedOptions): Line[] {
  const kept = items.map((item, index) => ({ item, index })).filter(({ item }) => item.text.trim() !== '');
  if (kept.length === 0) return [];
  const size = median(kept.map(({ item }) => item.height)) || 10;
  const sorted = [...kept].sort((a, b) => b.item.y - a.item.y || a.item.x - b.item.x);
  const lines: (typeof kept)[] = [];
  for (const entry of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs((line[0]?.item.y ?? 0) - entry.item.y) <= size / 3) line.push(entry);
    else lines.push([entry]);
  }
  return lines.map((line) => {
    const cells: LineCell[] = [];
    for (const { item, index } of [...line].sort((a, b) => a.item.x - b.item.x)) {
      const last = cells[cells.length - 1];
      // A gap under half the text height (by default) is within a cell (glyph runs, a space); wider, the next column.
      if (last && item.x - last.end < size * joinGap) {
        last.text += item.x - last.end > size * 0.15 ? ` ${item.text}` : item.text;
        last.end = Math.max(last.end, item.x + item.width);
        last.sources.push(index);
      } else cells.push({ text: item.text, x: item.x, end: item.x + item.width, sources: [index] });
    }
    return { y: line[0]?.item.y ?? 0, size, cells: cells.map((c) => ({ ...c, text: normalise(c.text).replace(/\s+/g, ' ').trim() })) };
  });
}

/** Prose: a line of one cell of at least this many characters. */
const PROSE_LENGTH = 8;

/**
 * The span of a column of prose printed beside a table, if there is one: lines of one long cell that start at one
 * left edge (the most common), when the table's rows (lines with two or more cells outside that span) run between
 * them or share a baseline with them. A paragraph above or below a table, or across its whole width, is none.
 */
function proseColumn(lines: readonly Line[], size: number): { x: number; end: number } | undefined {
  const prose = lines.filter((line) => line.cells.length === 1 && Array.from(line.cells[0]?.text ?? '').length >= PROSE_LENGTH);
  const edges = new Map<number, Line[]>();
  for (const line of prose) {
    const edge = Math.round((line.cells[0]?.x ?? 0) / size);
    edges.set(edge, [...(edges.get(edge) ?? []), line]);
  }
  const column = [...edges.values()].reduce<Line[]>((most, group) => (group.length > most.length ? group : most), []);
  if (column.length < 3) return undefined;
  // Folded, not spread: a page may have thousands of lines.
  const x = column.reduce((least, line) => Math.min(least, line.cells[0]?.x ?? least), Infinity);
  const end = column.reduce((most, line) => Math.max(most, line.cells[0]?.end ?? most), -Infinity);
  const outside = (cell: LineCell) => cell.x >= end || cell.end <= x;
  const rows = lines.filter((line) => line.cells.filter(outside).length >= 2);
  if (rows.length === 0) return undefined;
  const top = rows.reduce((most, line) => Math.max(most, line.y), -Infinity);
  const bottom = rows.reduce((least, line) => Math.min(least, line.y), Infinity);
  const interleaved = column.some((line) => line.y < top && line.y > bottom);
  const shared = rows.some((line) => line.cells.some((cell) => !outside(cell)));
  return interleaved || shared ? { x, end } : undefined;
}

/** The lines of a page with any column of prose beside its table taken out (lines left empty dropped). */
function withoutProseColumn(lines: Line[], size: number): Line[] {
  const column = proseColumn(lines, size);
  if (!column) return lines;
  const inColumn = (cell: LineCell) => cell.x < column.end && cell.end > column.x;
  return lines.map((line) => ({ ...line, cells: line.cells.filter((cell) => !inColumn(cell)) })).filter((line) => line.cells.length > 0);
}

/** The tables of positioned pages: runs of three or more lines of two or more cells, each under its title line. */
export function positionedTables(
  pages: readonly (readonly PositionedItem[])[],
  options: Partial<PositionedOptions> = {},
): PositionedTable[] {
  const settled: PositionedOptions = { normalise: (text) => text, joinGap: 0.5, ...options };
  const tables: PositionedTable[] = [];
  for (const items of pages) {
    let title = '';
    let rows: LineCell[][] = [];
    const flush = () => {
      if (rows.length >= 3)
        tables.push({ title, rows: rows.map((r) => r.map((c) => c.text)), sources: rows.map((r) => r.map((c) => c.sources)) });
      rows = [];
    };
    const lines = linesOf(items, settled);
    for (const line of withoutProseColumn(lines, lines[0]?.size ?? 10)) {
      if (line.cells.length >= 2) {
        rows.push(line.cells);
        continue;
      }
      flush();
      const text = line.cells[0]?.text ?? '';
      title = text.length <= 60 ? text : '';
    }
    flush();
  }
  return tables;
}
