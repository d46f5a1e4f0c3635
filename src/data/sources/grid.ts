// Finds the tables in pasted text and rebuilds their rows as cells, whatever the copy did to them: tabs,
// runs of spaces, one cell per line, wrapped rows, headers split over two lines, PDF cells run together.

import { splitLines, withoutJammerLines } from './lines';
import type { Finding } from '../types';
import {
  annotationMax,
  cellNumber,
  isNumberCell,
  joinSplitHeaderWords,
  type Grid,
  type GridCell,
  type GridRow,
  blankCell,
  isRoleWord,
  type Line,
} from './gridCells';
import { rebuildCellPerLine } from './cellPerLine';
import { commonWidth, spannedHeader, twoLevelHeader, WEIGHT_NOTE } from './gridHeader';
import { continuesRemark, isDataLine, isGroupLabel, isNoteLine, isWrappedName, splitGluedName } from './gridRows';
import { readRunTogether } from './runTogether';
import { blocksOf, mergeCellRuns } from './gridBlocks';
import { isLeadTitle, isTitleText, titleOf } from './gridTitles';
import { withReferenceLine } from './referenceLine';
import { joinedAcrossPageBreaks, withoutPageMarks } from './pageBreaks';
import { rebuildOneCellPerLine, splitByDecimals, tableDecimals } from './gridRecovery';
import { append, maxOf } from '../arrays';

// The cell API, for the readers that import it from here with the grids.
export { annotationMax, cellNumber, decimalsOf, lineCells, type Grid, type GridCell, type GridRow } from './gridCells';

/** Finds every table in a text. Linear: each line is split once and visited a bounded number of times. */
export function findGrids(text: string): Grid[] {
  const grids: Grid[] = [];
  let title: { text: string; line: number } | undefined;
  // A forum's jammer lines between a header and its rows are no row: left out, so that the table stays one block.
  const lines = splitLines(text);
  // A page's number between a table's rows is no row (pageBreaks.ts).
  const blocks = mergeCellRuns(blocksOf(withoutPageMarks(withoutJammerLines(lines, text))));
  for (const [b, block] of blocks.entries()) {
    const firstLine = block[0];
    if (!firstLine) continue;
    if (block.length === 1 && isTitleText(firstLine.cells, firstLine.line.text)) {
      title = { text: titleOf(firstLine), line: firstLine.line.number };
      continue;
    }
    let body = block;
    // Titles on the block's first lines (`…工作`, `考 评 通 报` spaced out, `二、乡镇排名`): the table's header follows
    // the last of them directly, and that one names it.
    for (let lead = body[0], next = body[1]; lead && next && isLeadTitle(lead, next, body); lead = body[0], next = body[1]) {
      title = { text: titleOf(lead), line: lead.line.number };
      body = body.slice(1);
    }
    const found = gridsOfBlock(body, title);
    // The city's mean on its own line below (`全市平均：85分`) is the table's last row.
    const below = blocks[b + 1];
    const last = found[found.length - 1];
    if (last && below?.length === 1 && below[0]) found[found.length - 1] = withReferenceLine(last, below[0].line);
    append(grids, found);
    // A title names the table right below it, not one further down the page.
    title = undefined;
  }
  return joinedAcrossPageBreaks(grids, lines);
}

/** Rows run together with no header (PDF text): a title line at most, then `name` + figures on every line. */
function runTogetherGrid(block: Line[], title: { text: string; line: number } | undefined): Grid | undefined {
  const lead = block[0];
  // A title has one cell or a long one; a header (`街道 城管得分 环卫得分`) is short cells, read by the path below.
  const titled = lead !== undefined && !isDataLine(lead.cells) && (lead.cells.length === 1 || lead.cells.some((c) => c.text.length > 10));
  const body = titled ? block.slice(1) : block;
  if (body.length < 3 || !body.every((l) => l.cells.length === 1 && /^[^0-9]+[0-9]+\.[0-9]/.test(l.cells[0]?.text ?? ''))) return undefined;
  const run = readRunTogether(body.map((l) => l.line));
  if (!run) return undefined;
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
  return makeGrid(run.header, run.rows, named, block, [note, ...putBack]);
}

/** One cell per line, the header's too: cells of a row that ran together leave the header's cells apart. */
function cellPerLineGrids(block: Line[], title: { text: string; line: number } | undefined): Grid[] | undefined {
  const oneCellLines = block.filter((l) => l.cells.length === 1).length;
  if (block.length < 6 || oneCellLines < block.length * 0.8 || block[0]?.cells.length !== 1) return undefined;
  const table = rebuildCellPerLine(block.flatMap((l) => l.cells));
  if (!table) {
    const rebuilt = rebuildOneCellPerLine(block);
    return rebuilt ? [makeGrid(rebuilt.header, rebuilt.rows, title, block, [rebuilt.note])] : [];
  }
  const note: Finding = {
    severity: 'info',
    code: 'rows-rebuilt',
    line: block[0].line.number,
    params: { columns: table.header.length, rows: table.rows.length },
  };
  const unplaced: Finding[] =
    table.unplaced.length > 0
      ? [
          {
            severity: 'warning',
            code: 'header-unplaced',
            line: block[0].line.number,
            params: { words: table.unplaced.join(' ').slice(0, 200) },
          },
        ]
      : [];
  return [makeGrid(table.header, table.rows, title, block, [note, ...unplaced])];
}

function gridsOfBlock(block: Line[], title: { text: string; line: number } | undefined): Grid[] {
  const runTogether = runTogetherGrid(block, title);
  if (runTogether) return [runTogether];
  const cellPerLine = cellPerLineGrids(block, title);
  if (cellPerLine) return cellPerLine;
  // A new header line after data rows starts a new table (two tables with no blank line between them), under its
  // own heading when a title line leads its header (`外围组`), and its lines from there.
  const grids: Grid[] = [];
  let headerLines: Line[] = [];
  let rows: Line[] = [];
  let start = 0;
  // The rows before any header line: a headerless grid when no table with a header follows.
  let leading: Line[] = [];
  const emit = (end: number) => {
    const lead = headerLines[0];
    if (rows.length > 0 && lead) {
      const ownTitle = grids.length > 0 && headerLines.length > 1 && isTitleText(lead.cells, lead.line.text);
      const tableTitle = ownTitle ? { text: titleOf(lead), line: lead.line.number } : grids.length === 0 ? title : undefined;
      grids.push(gridOf(ownTitle ? headerLines.slice(1) : headerLines, rows, tableTitle, block.slice(start, end)));
    }
    headerLines = [];
    rows = [];
    start = end;
  };
  for (const [index, line] of block.entries()) {
    const last = rows[rows.length - 1];
    // A row as wide as the one before with a figure misprinted (`6O.5`) is still a row: its cell is the reader's
    // error to name, not the start of another table.
    const misprintedRow =
      last !== undefined && line.cells.length === last.cells.length && line.cells.slice(1).some((c) => /^[0-9０-９]/.test(c.text));
    const remark = last !== undefined ? continuesRemark(line, last, headerLines) : undefined;
    if (remark) rows[rows.length - 1] = remark;
    else if (isNoteLine(line, last, block[index + 1])) continue;
    else if (
      isDataLine(line.cells) ||
      misprintedRow ||
      isGroupLabel(line, block[index + 1], headerLines, rows) ||
      isWrappedName(line, block[index + 1], headerLines)
    )
      rows.push(line);
    else {
      if (start === 0 && headerLines.length === 0 && rows.length > 0) leading = rows;
      if (rows.length > 0) emit(index);
      headerLines.push(line);
    }
  }
  if (headerLines.length === 0 && start === 0) leading = rows;
  emit(block.length);
  // Rows of figures with no header at all (`杏花岭区	78.8	优` a line), whatever prose follows them: a grid with blank
  // column names, so that the reader has one to finish rather than nothing. The import offers it when nothing else reads.
  if (grids.length === 0 && leading.length >= 2) return [headerlessGrid(leading, title, block)];
  return grids;
}

/** `杏花岭区78.8分` as its name and its figure, each where it was printed; any other cell as it is. */
function unglued(cell: GridCell): GridCell[] {
  const match = /^([^0-9０-９]*[^\s0-9０-９.．])([0-9０-９]+(?:[.．][0-9０-９]+)?分?)$/.exec(cell.text);
  const name = match?.[1];
  if (!match || name === undefined) return [cell];
  return [
    { ...cell, text: name },
    { ...cell, text: match[2] ?? '', column: cell.column + name.length },
  ];
}

function headerlessGrid(printed: Line[], title: { text: string; line: number } | undefined, block: Line[]): Grid {
  // A name with its figure run into it (`杏花岭区78.8分`) is two cells, as in a row a cell short.
  const rows = printed.map((r) => ({ ...r, cells: r.cells.flatMap(unglued) }));
  const width = commonWidth(rows);
  const line = rows[0]?.line.number ?? 1;
  const header = Array.from({ length: width }, (_, i) => ({ text: '', line, column: i + 1 }));
  return makeGrid(
    header,
    rows.map((r) => ({ line: r.line.number, cells: r.cells })),
    title,
    block,
    [],
  );
}

function gridOf(headerLines: Line[], rowLines: Line[], title: { text: string; line: number } | undefined, block: Line[]): Grid {
  const notes: Finding[] = [];
  // A second header line that is only an annotation `(100分制)` gives the maximum; otherwise it is a second level.
  let header: GridCell[] = [];
  let upperTabbed = false;
  for (const { cells, line } of headerLines) {
    const joined = joinSplitHeaderWords(cells);
    if (header.length === 0) {
      header = joined;
      upperTabbed = line.tabbed;
      continue;
    }
    const spanned = upperTabbed && line.tabbed ? spannedHeader(header, cells, commonWidth(rowLines)) : null;
    if (spanned) {
      header = spanned;
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
  header = withBlankCorner(header, rowLines);
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
 * A header aligned by spaces one cell short of its rows, its first word printed to the right of every row's name (the
 * corner over the names left blank, which spaces cannot show): the blank corner put back, so each word stays over its
 * column.
 */
function withBlankCorner(header: GridCell[], rows: readonly Line[]): GridCell[] {
  const first = header[0];
  if (!first || rows.length === 0 || header.length + 1 !== commonWidth(rows)) return header;
  const names = rows.map((row) => row.cells[0]);
  if (rows.some((row) => row.line.tabbed) || names.some((name) => !name || cellNumber(name.text) !== null)) return header;
  const pastNames = names.every((name) => name !== undefined && first.column > name.column + name.text.length);
  return pastNames ? [{ ...first, text: '', column: 1 }, ...header] : header;
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
    last: lastRow
      ? maxOf(
          lastRow.cells.map((c) => c.line),
          lastRow.line,
        )
      : first,
    notes,
  };
}
