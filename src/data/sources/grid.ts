// Finds the tables in pasted text and rebuilds their rows as cells, whatever the copy did to them: tabs,
// runs of spaces, one cell per line, wrapped rows, headers split over two lines, PDF cells run together.

import { isBlankLine, splitLines, trimCell, type TextLine } from './text';
import type { Finding } from '../types';
import {
  annotationMax,
  cellNumber,
  isNumberCell,
  joinSplitHeaderWords,
  lineCells,
  type Grid,
  type GridCell,
  type GridRow,
  blankCell,
  isRoleWord,
  type Line,
} from './gridCells';
import { rebuildCellPerLine } from './cellPerLine';
import { readRunTogether } from './runTogether';
import { rebuildOneCellPerLine, splitByDecimals, tableDecimals } from './gridRecovery';

// The cell API, for the readers that import it from here with the grids.
export { annotationMax, cellNumber, decimalsOf, lineCells, type Grid, type GridCell, type GridRow } from './gridCells';

function isHeading(text: string): boolean {
  return trimCell(text).text.startsWith('#');
}

function headingText(text: string): string {
  return trimCell(trimCell(text).text.replace(/^#+/, '')).text;
}

/** A title: a heading, or one short line of text with no figure of a table in it. */
function isTitleText(cells: GridCell[], text: string): boolean {
  if (isHeading(text)) return true;
  if (cells.length !== 1) return false;
  const only = cells[0]?.text ?? '';
  return only.length >= 2 && only.length <= 60 && cellNumber(only) === null && !isRoleWord(only);
}

/**
 * A title that a space split in two (`深圳市城管局 街道环境卫生指数测评结果`) over a header of many more cells:
 * words only, none of them a column's word, and at least two cells fewer than the line below.
 */
function isTitleOverHeader(cells: GridCell[], next: GridCell[]): boolean {
  return (
    cells.length <= 3 &&
    next.length >= cells.length + 2 &&
    cells.every((c) => c.text.length >= 2 && cellNumber(c.text) === null && !isRoleWord(c.text))
  );
}

/** Finds every table in a text. Linear: each line is split once and visited a bounded number of times. */
export function findGrids(text: string): Grid[] {
  const grids: Grid[] = [];
  let title: { text: string; line: number } | undefined;
  for (const block of mergeCellRuns(blocksOf(splitLines(text)))) {
    const firstLine = block[0];
    if (!firstLine) continue;
    if (block.length === 1 && isTitleText(firstLine.cells, firstLine.line.text)) {
      title = { text: titleOf(firstLine), line: firstLine.line.number };
      continue;
    }
    let body = block;
    // A title on the block's first line: the table's header follows it directly.
    const second = block[1];
    if (
      second &&
      ((isTitleText(firstLine.cells, firstLine.line.text) && (second.cells.length > 1 || isRoleWord(second.cells[0]?.text ?? ''))) ||
        isTitleOverHeader(firstLine.cells, second.cells))
    ) {
      title = { text: titleOf(firstLine), line: firstLine.line.number };
      body = block.slice(1);
    }
    const found = gridsOfBlock(body, title);
    grids.push(...found);
    // A title names the table right below it, not one further down the page.
    title = undefined;
  }
  return grids;
}

function titleOf(line: Line): string {
  return isHeading(line.line.text) ? headingText(line.line.text) : (line.cells[0]?.text ?? '');
}

/** Runs of non-blank lines; a heading line (`## …`) is a block of its own. */
function blocksOf(lines: TextLine[]): Line[][] {
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

/** A row of figures: some cell is a number, or a name with figures run into it (`东关街道96.7682.24`). */
function isDataLine(cells: GridCell[]): boolean {
  return cells.some((c) => isNumberCell(c) || /^[^0-9]+[0-9][0-9.]*\.[0-9]+$/.test(c.text));
}

/**
 * Cells one per line with blank lines between them (a page whose every cell is a paragraph), or a blank line
 * for an empty cell: consecutive blocks of one-cell lines, holding figures, are one block when it reads as a table.
 */
function mergeCellRuns(blocks: Line[][]): Line[][] {
  const out: Line[][] = [];
  const oneCell = (block: Line[]) => block.every((l) => l.cells.length <= 1) && !isHeading(block[0]?.line.text ?? '');
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] ?? [];
    let end = i;
    while (end + 1 < blocks.length && oneCell(blocks[end + 1] ?? []) && oneCell(blocks[end] ?? [])) end++;
    if (end > i) {
      const merged = blocks.slice(i, end + 1).flat();
      const figures = merged.filter((l) => l.cells[0] !== undefined && isNumberCell(l.cells[0])).length;
      if (figures >= 3 && rebuildCellPerLine(merged.flatMap((l) => l.cells))) {
        out.push(merged);
        i = end;
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

function gridsOfBlock(block: Line[], title: { text: string; line: number } | undefined): Grid[] {
  // Rows run together with no header (PDF text): a title line at most, then `name` + figures on every line.
  const lead = block[0];
  // A title has one cell or a long one; a header (`街道 城管得分 环卫得分`) is short cells, read by the path below.
  const titled = lead !== undefined && !isDataLine(lead.cells) && (lead.cells.length === 1 || lead.cells.some((c) => c.text.length > 10));
  const body = titled ? block.slice(1) : block;
  if (body.length >= 3 && body.every((l) => l.cells.length === 1 && /^[^0-9]+[0-9]+\.[0-9]/.test(l.cells[0]?.text ?? ''))) {
    const run = readRunTogether(body.map((l) => l.line));
    if (run) {
      const named = lead && titled ? { text: lead.cells.map((c) => c.text).join(' '), line: lead.line.number } : title;
      const note: Finding = {
        severity: 'info',
        code: 'cells-split-by-decimals',
        line: body[0]?.line.number ?? 1,
        params: { decimals: run.decimals },
      };
      // A row read out of the end of another line is a guess the reader confirms.
      const putBack: Finding[] = run.putBack.map((p) => ({
        severity: 'warning',
        code: 'row-put-back',
        line: p.line,
        params: { district: p.name },
      }));
      return [makeGrid(run.header, run.rows, named, block, [note, ...putBack])];
    }
  }
  const oneCellLines = block.filter((l) => l.cells.length === 1).length;
  // One cell per line, the header's too: cells of a row that ran together leave the header's cells apart.
  if (block.length >= 6 && oneCellLines >= block.length * 0.8 && block[0]?.cells.length === 1) {
    const table = rebuildCellPerLine(block.flatMap((l) => l.cells));
    if (table) {
      const note: Finding = {
        severity: 'info',
        code: 'rows-rebuilt',
        line: block[0].line.number,
        params: { columns: table.header.length, rows: table.rows.length },
      };
      return [makeGrid(table.header, table.rows, title, block, [note])];
    }
    const rebuilt = rebuildOneCellPerLine(block);
    return rebuilt ? [makeGrid(rebuilt.header, rebuilt.rows, title, block, [rebuilt.note])] : [];
  }
  // A new header line after data rows starts a new table (two tables with no blank line between them).
  const grids: Grid[] = [];
  let headerLines: Line[] = [];
  let rows: Line[] = [];
  const emit = () => {
    if (rows.length > 0 && headerLines.length > 0) grids.push(gridOf(headerLines, rows, grids.length === 0 ? title : undefined, block));
    headerLines = [];
    rows = [];
  };
  for (const line of block) {
    const last = rows[rows.length - 1];
    // A row as wide as the one before with a figure misprinted (`6O.5`) is still a row: its cell is the reader's
    // error to name, not the start of another table.
    const misprintedRow =
      last !== undefined && line.cells.length === last.cells.length && line.cells.slice(1).some((c) => /^[0-9０-９]/.test(c.text));
    if (isDataLine(line.cells) || misprintedRow || isGroupLabel(line, block[block.indexOf(line) + 1], headerLines, rows)) rows.push(line);
    else {
      if (rows.length > 0) emit();
      headerLines.push(line);
    }
  }
  emit();
  return grids;
}

function gridOf(headerLines: Line[], rowLines: Line[], title: { text: string; line: number } | undefined, block: Line[]): Grid {
  const notes: Finding[] = [];
  // A second header line that is only an annotation `(100分制)` gives the maximum; otherwise it is a second level.
  let header: GridCell[] = [];
  for (const { cells } of headerLines) {
    const joined = joinSplitHeaderWords(cells);
    if (header.length === 0) {
      header = joined;
      continue;
    }
    if (joined.length > 0 && joined.every((c) => WEIGHT_NOTE.test(c.text))) {
      // `(占40%) (占40%) (占20%)` under the header: the shares of the score columns, in order.
      let next = 0;
      header = header.map((cell) => {
        const note = joined[next];
        if (!note || isRoleWord(cell.text) || /总分|综合|合计|总成绩|名称/.test(cell.text.replace(/\s+/g, ''))) return cell;
        next++;
        return { ...cell, text: `${cell.text}${note.text}` };
      });
      continue;
    }
    // A note in brackets under the header (`(不含开发区)`) names no column.
    if (joined.length === 1 && /^[(（][^()（）0-9０-９]*[)）]$/.test(joined[0]?.text ?? '')) continue;
    const max = joined.length === 1 ? annotationMax(joined[0]?.text ?? '') : null;
    if (max !== null) {
      header = header.map((cell) => (isRoleWord(cell.text) ? cell : { ...cell, text: `${cell.text}(${String(max)})` }));
      continue;
    }
    header = twoLevelHeader(header, joined, commonWidth(rowLines));
  }
  const width = header.length;
  const rows: GridRow[] = [];
  const decimals = rowLines.some((r) => r.cells.length < width) ? tableDecimals(rowLines, width) : undefined;
  for (let i = 0; i < rowLines.length; i++) {
    const current = rowLines[i];
    if (!current) continue;
    let cells = width > 0 && current.cells.length < width ? splitGluedName(current.cells) : current.cells;
    const next = rowLines[i + 1];
    // A row wrapped over two lines: the second starts with no name and completes the count.
    if (
      width > 0 &&
      cells.length < width &&
      next &&
      cells.length + next.cells.length === width &&
      isNumberCell(next.cells[0] ?? blankCell)
    ) {
      cells = [...cells, ...next.cells];
      i++;
    }
    if (width > 0 && cells.length < width && decimals !== undefined) {
      const split = splitByDecimals(cells, decimals, width);
      if (split) {
        cells = split;
        if (!notes.some((n) => n.code === 'cells-split-by-decimals'))
          notes.push({ severity: 'info', code: 'cells-split-by-decimals', line: current.line.number, params: { decimals } });
      }
    }
    rows.push({ line: current.line.number, cells });
  }
  return makeGrid(header, rows, title, block, notes);
}

/**
 * A group label inside a table (`城区`, then its rows, then `县区`): one short word alone on its line, between a
 * header of three or more cells (or rows) and a row of figures. It stays a row of the table, which the reading sets
 * aside as a group heading, rather than starting a new table.
 */
function isGroupLabel(line: Line, next: Line | undefined, headerLines: readonly Line[], rows: readonly Line[]): boolean {
  const text = line.cells[0]?.text ?? '';
  // Under a header already read, even a word like 城区 or 县区 labels a group rather than a column.
  if (line.cells.length !== 1 || text.length > 12 || cellNumber(text) !== null || /^[(（]/.test(text)) return false;
  if (headerLines.length === 0 && rows.length === 0) return false;
  if (!next || !isDataLine(next.cells)) return false;
  const width = rows[rows.length - 1]?.cells.length ?? headerLines[headerLines.length - 1]?.cells.length ?? 0;
  return width >= 3 && next.cells.length === width;
}

/** `高新区蜀麓社区88.5`: a name with one figure run into it, in a row a cell short, becomes the two cells. */
function splitGluedName(cells: GridCell[]): GridCell[] {
  const at = cells.findIndex((c) => /^[^0-9０-９]*[^\s0-9０-９.．][0-9０-９]+(?:[.．][0-9０-９]+)?$/.test(c.text));
  const cell = cells[at];
  if (!cell) return cells;
  const split = cell.text.search(/[0-9０-９]+(?:[.．][0-9０-９]+)?$/);
  const name: GridCell = { ...cell, text: cell.text.slice(0, split) };
  const figure: GridCell = { ...cell, text: cell.text.slice(split), column: cell.column + split };
  return [...cells.slice(0, at), name, figure, ...cells.slice(at + 1)];
}

/** A share printed under a column's header: `(占40%)`, `（权重20%）`, `40%`. */
const WEIGHT_NOTE = /^[(（]?\s*(?:占|权重)?\s*[0-9]+(?:\.[0-9]+)?\s*[%％]\s*[)）]?$/;

/** Words over a group of sub-columns that name no category themselves. */
const GROUP_WORDS = /^(其中|分项|分项得分|各项得分|单项得分|考核内容|考核项目|测评项目)$/;

/** The cell count most rows have: the table's width as its data prints it. */
function commonWidth(rows: readonly Line[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const row of rows) {
    const count = (counts.get(row.cells.length) ?? 0) + 1;
    counts.set(row.cells.length, count);
    if (count > bestCount) {
      best = row.cells.length;
      bestCount = count;
    }
  }
  return best;
}

/**
 * One column's label from its two header levels: a cell spanning both (a web table's rowspan) once, and a
 * generic group word (得分 over 城管 and 环卫) left out, so the category is named by what it is.
 */
function joinLevels(upper: string, lower: string): string {
  if (lower === '' || lower === upper) return upper;
  if (upper === '' || /^(得分|分数|成绩|评分|score)$/i.test(upper)) return lower;
  return `${upper} ${lower}`;
}

/**
 * Two header levels: a group label over its sub-columns (`实地考察` over `原始得分 加权得分`). The upper
 * line names fewer cells; each group spans the sub-columns up to the next group's column.
 */
function twoLevelHeader(upper: GridCell[], lower: GridCell[], rowWidth: number): GridCell[] {
  // A web table copied as text: cells spanning both levels print on the upper line only, so the lower line holds
  // just the sub-columns of one group (`其中` over `现场考察指数 居民满意度指数`), which the rows' width shows.
  if (lower.length >= 2 && lower.length < upper.length && rowWidth === upper.length - 1 + lower.length) {
    const groupAt = upper.findIndex((c) => GROUP_WORDS.test(c.text.replace(/\s+/g, '')));
    const at = groupAt >= 0 ? groupAt : upper.length - 1;
    const group = upper[at]?.text ?? '';
    const subs = lower.map((cell) => ({
      ...cell,
      text: GROUP_WORDS.test(group.replace(/\s+/g, '')) ? cell.text : joinLevels(group, cell.text),
    }));
    return [...upper.slice(0, at), ...subs, ...upper.slice(at + 1)];
  }
  if (lower.length <= upper.length) return upper.map((cell, i) => ({ ...cell, text: joinLevels(cell.text, lower[i]?.text ?? '') }));
  // Cells of the upper line that stand alone (entity, rank) keep their place; the lower line fills the rest.
  const standalone = upper.filter((c) => isRoleWord(c.text) || /总分|综合|合计|总成绩/.test(c.text));
  const groups = upper.filter((c) => !standalone.includes(c));
  const subPerGroup = groups.length > 0 ? Math.floor(lower.length / groups.length) : 0;
  const out: GridCell[] = [];
  const lead = upper.filter((c, i) => standalone.includes(c) && i < upper.indexOf(groups[0] ?? upper[upper.length - 1] ?? c));
  out.push(...lead);
  groups.forEach((group, g) => {
    for (let s = 0; s < subPerGroup; s++) {
      const sub = lower[g * subPerGroup + s];
      if (sub) out.push({ ...sub, text: `${group.text} ${sub.text}` });
    }
  });
  for (const cell of lower.slice(groups.length * subPerGroup)) out.push(cell);
  out.push(...standalone.filter((c) => !lead.includes(c)));
  return out;
}

function makeGrid(
  header: GridCell[],
  rows: GridRow[],
  title: { text: string; line: number } | undefined,
  block: Line[],
  notes: Finding[],
): Grid {
  const first = title && title.line < (block[0]?.line.number ?? 0) ? title.line : (block[0]?.line.number ?? 1);
  const lastRow = rows[rows.length - 1];
  return {
    title: title?.text ?? '',
    titleLine: title?.line,
    header,
    rows,
    first,
    last: lastRow ? Math.max(lastRow.line, ...lastRow.cells.map((c) => c.line)) : first,
    notes,
  };
}
