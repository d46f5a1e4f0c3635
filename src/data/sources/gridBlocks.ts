// The blocks a text's lines make before any table is read: runs of non-blank lines, joined again where the copy
// put a blank line inside a table (cells one per line, rows a blank line apart, columns printed one after another).

import { isBlankLine, type TextLine } from './text';
import { blankCell, cellNumber, isNumberCell, lineCells, type GridCell, type Line } from './gridCells';
import { rebuildCellPerLine } from './cellPerLine';
import { columnsInTurn } from './gridRecovery';
import { isHeading, isSectionHeading } from './gridTitles';

/** Runs of non-blank lines; a heading line (`## …`) is a block of its own. */
export function blocksOf(lines: TextLine[]): Line[][] {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  const flush = () => {
    if (block.length > 0) blocks.push(block);
    block = [];
  };
  for (const line of lines) {
    if (isBlankLine(line.text)) {
      flush();
      continue;
    }
    const entry = { line, cells: lineCells(line) };
    if (isHeading(line.text)) {
      flush();
      blocks.push([entry]);
      continue;
    }
    block.push(entry);
  }
  flush();
  return blocks;
}

/**
 * A paragraph of one padded cell (`乐  坪`, `得    分`, `城管实际得    分`): a word a web table spread over its cell's
 * width, which the split on runs of spaces took for two or three cells. Only a line alone between blank lines, with
 * no figure and a lone character among its pieces, is joined back.
 */
function paddedCell(block: Line[]): Line[] {
  const only = block[0];
  if (block.length === 1 && only && isRemarkLine(only.cells))
    return [{ ...only, cells: [{ ...(only.cells[0] ?? blankCell), text: only.cells.map((c) => c.text).join(' ') }] }];
  if (block.length !== 1 || !only || only.cells.length < 2 || only.cells.length > 3) return block;
  const texts = only.cells.map((c) => c.text);
  if (texts.some((t) => /[0-9０-９]/.test(t)) || !texts.some((t) => /^[\u3400-\u9fff]$/.test(t))) return block;
  const first = only.cells[0];
  return first ? [{ ...only, cells: [{ ...first, text: texts.join('') }] }] : block;
}

/**
 * A line alone between blank lines whose pieces are each a name with its figure (`万家87.3    方石87.6    洪山87.5`):
 * one cell (a remark listing scores) in a table copied cell by cell, which spaces aligned, not the cells of a row.
 */
function isRemarkLine(cells: readonly GridCell[]): boolean {
  return cells.length >= 2 && cells.every((c) => cellNumber(c.text) === null && /^[^0-9０-９]+[0-9０-９]/.test(c.text));
}

/**
 * A block of one-cell lines (a word or a figure each) under a title of several words (`Cleanest wards ranking
 * 2024`): the title apart, so that the cells below run on with the blocks after them.
 */
function titleApart(block: Line[]): Line[][] {
  const [first, ...rest] = block;
  if (!first || rest.length === 0 || first.cells.length < 2 || rest.some((l) => l.cells.length > 1)) return [block];
  // Cells one per line are a word or a figure each; a name with its figures run into it (`东关街道96.7682.24`) is
  // a row of a table whose header this line is.
  const cell = (l: Line) => l.cells[0]?.text ?? '';
  if (rest.some((l) => cellNumber(cell(l)) === null && /[0-9０-９]/.test(cell(l)))) return [block];
  const year = (text: string) => /^(19|20)[0-9]{2}$/.test(text);
  return first.cells.every((c) => cellNumber(c.text) === null || year(c.text)) ? [[first], rest] : [block];
}

/**
 * Cells one per line with blank lines between them (a page whose every cell is a paragraph), or a blank line
 * for an empty cell: consecutive blocks of one-cell lines, holding figures, are one block when it reads as a table.
 */
export function mergeCellRuns(printed: Line[][]): Line[][] {
  const blocks = withColumnsInTurn(joinDoubleSpacedRows(printed).flatMap(titleApart).map(paddedCell));
  const out: Line[][] = [];
  const oneCell = (block: Line[]) =>
    block.every((l) => l.cells.length <= 1) && !isHeading(block[0]?.line.text ?? '') && !isSectionHeading(block[0]?.line.text ?? '');
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] ?? [];
    let end = i;
    while (end + 1 < blocks.length && oneCell(blocks[end + 1] ?? []) && oneCell(blocks[end] ?? [])) end++;
    if (end > i) {
      // A section heading ends the run: the gap before it still holds the last row's empty cells.
      const next = blocks[end + 1]?.[0];
      const merged = withEmptyCells(
        blocks.slice(i, end + 1).flat(),
        next && isSectionHeading(next.line.text) ? next.line.number : undefined,
      );
      const figures = merged.filter((l) => l.cells[0] !== undefined && isNumberCell(l.cells[0])).length;
      // Tried once per run, then the run goes on as it was: a long text of short paragraphs stays linear.
      if (figures >= 3 && rebuildCellPerLine(merged.flatMap((l) => l.cells))) out.push(merged);
      else for (let k = i; k <= end; k++) out.push(blocks[k] ?? []);
      i = end;
      continue;
    }
    out.push(block);
  }
  return out;
}

/**
 * Rows copied with a blank line after each (a web table whose rows became paragraphs): a run of three or more blocks
 * of one tabbed line each, as many cells each, a blank line apart, is one block.
 */
function joinDoubleSpacedRows(blocks: Line[][]): Line[][] {
  const out: Line[][] = [];
  const single = (block: Line[] | undefined) => block?.length === 1 && block[0]?.line.tabbed === true && block[0].cells.length >= 2;
  for (let i = 0; i < blocks.length; i++) {
    let end = i;
    const width = blocks[i]?.[0]?.cells.length;
    while (
      single(blocks[i]) &&
      single(blocks[end + 1]) &&
      blocks[end + 1]?.[0]?.cells.length === width &&
      (blocks[end + 1]?.[0]?.line.number ?? 0) - (blocks[end]?.[0]?.line.number ?? 0) === 2
    )
      end++;
    if (end - i >= 2) {
      out.push(blocks.slice(i, end + 1).flat());
      i = end;
    } else out.push(blocks[i] ?? []);
  }
  return out;
}

/** Blocks with each run of columns printed one after another (columnsInTurn) made one block of rows. */
function withColumnsInTurn(blocks: Line[][]): Line[][] {
  const out: Line[][] = [];
  for (let i = 0; i < blocks.length; i++) {
    const inTurn = columnsInTurn(blocks, i);
    out.push(inTurn?.rows ?? blocks[i] ?? []);
    if (inTurn) i = inTurn.end;
  }
  return out;
}

/** The empty cells a gap of `gap` lines before `lineNumber` holds in the rhythm of cell, blank line, cell. */
function emptyCellsBefore(lineNumber: number, gap: number): Line[] {
  const out: Line[] = [];
  for (let skipped = 2; gap % 2 === 0 && skipped < gap; skipped += 2) {
    const number = lineNumber - gap + skipped;
    out.push({ line: { number, text: '', tabbed: false }, cells: [{ text: '', line: number, column: 1 }] });
  }
  return out;
}

/**
 * A run of cells one per line with a blank line between each (a web table copied cell by cell): in that rhythm a
 * longer gap (a line of spaces, or nothing, between two blank lines) is an empty cell, kept so that the row keeps
 * its width. A run without the rhythm is returned as it was; `endLine`, the line that ends the run, gives the gap after its last
 * cell.
 */
function withEmptyCells(lines: Line[], endLine?: number): Line[] {
  // The rhythm: most gaps are one blank line, and nearly all are an even number of lines (cell, blank, cell).
  let twos = 0;
  let even = 0;
  for (let i = 1; i < lines.length; i++) {
    const gap = (lines[i]?.line.number ?? 0) - (lines[i - 1]?.line.number ?? 0);
    if (gap === 2) twos++;
    if (gap % 2 === 0) even++;
  }
  if (twos * 2 < lines.length - 1 || even < (lines.length - 1) * 0.9) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const gap = i === 0 ? 2 : line.line.number - (lines[i - 1]?.line.number ?? 0);
    out.push(...emptyCellsBefore(line.line.number, gap));
    out.push(line);
  }
  // The gap before the line that ends the run (a section heading) holds the last row's empty cells.
  const last = lines[lines.length - 1];
  if (endLine !== undefined && last) out.push(...emptyCellsBefore(endLine, endLine - last.line.number));
  return out;
}
