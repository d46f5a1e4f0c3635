// Finds the tables in pasted text and rebuilds their rows as cells, whatever the copy did to them: tabs,
// runs of spaces, one cell per line, wrapped rows, headers split over two lines, PDF cells run together.

import { splitLines, withoutJammerLines } from './lines';
import { isBlankLine, trimCell, type TextLine } from './text';
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
import { commonWidth, spannedHeader, twoLevelHeader, WEIGHT_NOTE } from './gridHeader';
import { continuesRemark, isDataLine, isGroupLabel, isWrappedName, splitGluedName } from './gridRows';
import { readRunTogether } from './runTogether';
import { withReferenceLine } from './referenceLine';
import { joinedAcrossPageBreaks, withoutPageMarks } from './pageBreaks';
import { columnsInTurn, rebuildOneCellPerLine, splitByDecimals, tableDecimals } from './gridRecovery';
import { append, maxOf } from '../arrays';

// The cell API, for the readers that import it from here with the grids.
export { annotationMax, cellNumber, decimalsOf, lineCells, type Grid, type GridCell, type GridRow } from './gridCells';

function isHeading(text: string): boolean {
  return trimCell(text).text.startsWith('#');
}

/** A numbered section's heading (`二、街道考核排名`, `（一）城区组`): it ends a run of cells, never one of them. */
function isSectionHeading(text: string): boolean {
  return /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])\s*[^\s0-9０-９]/.test(trimCell(text).text);
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

function titleOf(line: Line): string {
  if (isHeading(line.line.text)) return headingText(line.line.text);
  if (isSpacedWord(line.cells)) return line.cells.map((c) => c.text).join('');
  // A title a space split in two or more words is the whole line, as printed.
  return line.cells.length > 1 && !line.line.tabbed ? trimCell(line.line.text).text : (line.cells[0]?.text ?? '');
}

/** One word printed with a space between its characters (`考 评 通 报`): a heading's typography, not cells. */
function isSpacedWord(cells: readonly GridCell[]): boolean {
  return cells.length >= 2 && cells.every((c) => /^[\u4e00-\u9fff]$/.test(c.text));
}

/**
 * A title line at the top of a block: a heading, a short line of words or one word spaced out, above a header (a
 * line of cells or a column's word) or above another such title, with a line of several cells still below.
 */
function isLeadTitle(lead: Line, next: Line, body: readonly Line[]): boolean {
  if (isUntabbedOverTabbed(body)) return true;
  const titled = isTitleText(lead.cells, lead.line.text) || isSpacedWord(lead.cells);
  if (isTitleOverHeader(lead.cells, next.cells)) return true;
  if (!titled) return false;
  const nextTitled = isTitleText(next.cells, next.line.text) || isSpacedWord(next.cells);
  if (nextTitled) return body.slice(2).some((l) => l.cells.length > 1 && !isSpacedWord(l.cells));
  return next.cells.length > 1 || isRoleWord(next.cells[0]?.text ?? '');
}

/**
 * Lines of words with no tab over a table copied with tabs (a web page's or a sheet's): the page's text above the
 * table, however many words a space splits it into (`Results by ward (percentage of sites…)`), never its header.
 */
function isUntabbedOverTabbed(body: readonly Line[]): boolean {
  const firstTabbed = body.findIndex((l) => l.line.tabbed);
  if (firstTabbed < 1 || body.slice(firstTabbed).some((l) => !l.line.tabbed)) return false;
  const year = (text: string) => /^(19|20)[0-9]{2}$/.test(text);
  return body.slice(0, firstTabbed).every((l) => l.cells.every((c) => cellNumber(c.text) === null || year(c.text)));
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
function mergeCellRuns(printed: Line[][]): Line[][] {
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
