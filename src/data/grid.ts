// Finds the tables in pasted text and rebuilds their rows as cells, whatever the copy did to them: tabs,
// runs of spaces, one cell per line, wrapped rows, headers split over two lines, PDF cells run together.

import { cellsOf, isBlankLine, parseNumber, splitLines, trimCell, withoutTrailingEmpty, type TextLine } from './text';
import type { Finding } from './types';

export interface GridCell {
  text: string;
  /** 1-based line and column of the cell's first character in the input. */
  line: number;
  column: number;
}

export interface GridRow {
  line: number;
  cells: GridCell[];
}

/** One table found in a text: its title, one header label per column, and its data rows. */
export interface Grid {
  /** The heading line above the table ('' when there is none). */
  title: string;
  titleLine: number | undefined;
  /** One label per column; two header lines are joined (`实地考察 原始得分`). */
  header: GridCell[];
  rows: GridRow[];
  first: number;
  last: number;
  /** What had to be rebuilt to read it (rows from one cell per line, cells split by their decimals). */
  notes: Finding[];
}

const SCORE_SUFFIX = '分';

/** A cell's number, read through a `分` suffix; null when it is no number. */
export function cellNumber(text: string): number | null {
  let body = text;
  if (body.endsWith(SCORE_SUFFIX)) body = trimCell(body.slice(0, -1)).text;
  return body === '' ? null : parseNumber(body);
}

/** Decimals a printed number shows (`94.35分` → 2). */
export function decimalsOf(text: string): number {
  const body = text.endsWith(SCORE_SUFFIX) ? text.slice(0, -1) : text;
  const dot = Math.max(body.lastIndexOf('.'), body.lastIndexOf('．'));
  return dot < 0 ? 0 : trimCell(body.slice(dot + 1)).text.length;
}

/** Header words that copies split with a space (`区 域`, `排 名`): rejoined when both halves are single characters. */
const SPLIT_HEADER_WORDS = new Set([
  '区域',
  '排名',
  '名次',
  '位次',
  '得分',
  '序号',
  '顺序',
  '单位',
  '街道',
  '名称',
  '总分',
  '城区',
  '地区',
  '辖区',
  '乡镇',
  '镇街',
  '区县',
  '县区',
  '合计',
  '分数',
  '成绩',
]);

/** Cells of one line: split on tabs when it has any (empty cells kept), else on every run of blanks. */
export function lineCells(line: TextLine): GridCell[] {
  const cells = line.tabbed ? withoutTrailingEmpty(cellsOf(line.text)) : cellsOf(line.text);
  return joinSuffixes(cells.map((cell) => ({ text: cell.text, line: line.number, column: cell.column })));
}

/** `94.35 分` copied with a space: the lone `分` belongs to the number before it. */
function joinSuffixes(cells: GridCell[]): GridCell[] {
  const out: GridCell[] = [];
  for (const cell of cells) {
    const previous = out[out.length - 1];
    if (cell.text === SCORE_SUFFIX && previous && cellNumber(previous.text) !== null) {
      out[out.length - 1] = { ...previous, text: `${previous.text}${SCORE_SUFFIX}` };
      continue;
    }
    out.push(cell);
  }
  return out;
}

function joinSplitHeaderWords(cells: GridCell[]): GridCell[] {
  const out: GridCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const next = cells[i + 1];
    if (cell && next && cell.text.length === 1 && next.text.length === 1 && SPLIT_HEADER_WORDS.has(cell.text + next.text)) {
      out.push({ ...cell, text: cell.text + next.text });
      i++;
    } else if (cell) out.push(cell);
  }
  return out;
}

/** A header annotation on a line of its own, `(100分制)` or `（满分100）`, read as the maximum of the columns above. */
export function annotationMax(text: string): number | null {
  const match = /^[(（]\s*(?:满分\s*)?([0-9０-９]+(?:\.[0-9]+)?)\s*分?\s*(?:制)?\s*[)）]$/.exec(trimCell(text).text);
  return match ? parseNumber(match[1] ?? '') : null;
}

function isNumberCell(cell: GridCell): boolean {
  return cellNumber(cell.text) !== null;
}

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

interface Line {
  line: TextLine;
  cells: GridCell[];
}

/** Finds every table in a text. Linear: each line is split once and visited a bounded number of times. */
export function findGrids(text: string): Grid[] {
  const grids: Grid[] = [];
  let title: { text: string; line: number } | undefined;
  for (const block of blocksOf(splitLines(text))) {
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
      isTitleText(firstLine.cells, firstLine.line.text) &&
      second &&
      (second.cells.length > 1 || isRoleWord(second.cells[0]?.text ?? ''))
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

function gridsOfBlock(block: Line[], title: { text: string; line: number } | undefined): Grid[] {
  const oneCellLines = block.filter((l) => l.cells.length === 1).length;
  // One cell per line, the header's too: cells of a row that ran together leave the header's cells apart.
  if (block.length >= 6 && oneCellLines >= block.length * 0.8 && block[0]?.cells.length === 1) {
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
    if (isDataLine(line.cells)) rows.push(line);
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
    const max = joined.length === 1 ? annotationMax(joined[0]?.text ?? '') : null;
    if (max !== null) {
      header = header.map((cell) => (isRoleWord(cell.text) ? cell : { ...cell, text: `${cell.text}(${String(max)})` }));
      continue;
    }
    header = twoLevelHeader(header, joined);
  }
  const width = header.length;
  const rows: GridRow[] = [];
  const decimals = rowLines.some((r) => r.cells.length < width) ? tableDecimals(rowLines, width) : undefined;
  for (let i = 0; i < rowLines.length; i++) {
    const current = rowLines[i];
    if (!current) continue;
    let cells = current.cells;
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

const blankCell: GridCell = { text: '', line: 0, column: 0 };

/** Header words of roles, which an annotation such as `(100分制)` does not apply to. */
function isRoleWord(text: string): boolean {
  return /^(排名|名次|位次|序号|顺序|区域|区|街道|镇街|单位|名称|城区|辖区|地区|乡镇|县区|区县)$/.test(text);
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
function twoLevelHeader(upper: GridCell[], lower: GridCell[]): GridCell[] {
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

/**
 * The one number of decimals every figure of the rows shows, or undefined when they differ. Cells that ran
 * together tell it only by trial: the decimals (1–4) that split every such row into the header's count, with
 * no figure above 1000, and agree with the figures printed apart. Two that fit are ambiguous: none is used.
 */
function tableDecimals(rows: Line[], width: number): number | undefined {
  let printed: number | undefined;
  for (const row of rows) {
    for (const cell of row.cells) {
      if (cellNumber(cell.text) === null) continue;
      const d = decimalsOf(cell.text);
      if (printed === undefined) printed = d;
      else if (printed !== d) return undefined;
    }
  }
  const short = rows.filter((r) => r.cells.length < width);
  const fits = [1, 2, 3, 4].filter(
    (d) =>
      (printed === undefined || printed === d) &&
      short.every((r) => splitByDecimals(r.cells, d, width)?.every((c) => (cellNumber(c.text) ?? 0) < 1000)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** `东关街道96.7682.2496.72` with two decimals: 东关街道, 96.76, 82.24, 96.72. */
function splitByDecimals(cells: GridCell[], decimals: number, width: number): GridCell[] | null {
  const number = new RegExp(`[0-9]+\\.[0-9]{${String(decimals)}}`, 'g');
  const out: GridCell[] = [];
  for (const cell of cells) {
    const firstDigit = cell.text.search(/[0-9]/);
    if (firstDigit < 0 || cellNumber(cell.text) !== null) {
      out.push(cell);
      continue;
    }
    const name = cell.text.slice(0, firstDigit);
    const rest = cell.text.slice(firstDigit);
    const parts = rest.match(number) ?? [];
    if (parts.join('') !== rest) return null;
    if (name !== '') out.push({ ...cell, text: name });
    let offset = firstDigit;
    for (const part of parts) {
      out.push({ text: part, line: cell.line, column: cell.column + offset });
      offset += part.length;
    }
  }
  return out.length === width ? out : null;
}

/**
 * One cell per line (how PDF viewers copy tables): the header's cells come first, then the rows. A row
 * starts at each name when the names come first, else every `width` cells.
 */
function rebuildOneCellPerLine(block: Line[]): { header: GridCell[]; rows: GridRow[]; note: Finding } | null {
  const cells = block.flatMap((l) => l.cells);
  let headerEnd = 0;
  while (headerEnd < cells.length && !isNumberCell(cells[headerEnd] ?? blankCell)) headerEnd++;
  if (headerEnd >= cells.length) return null;
  // The header is the run of words before the first figure, less the first name of the first row.
  let header = cells.slice(0, Math.max(0, headerEnd - 1));
  const firstIsName = headerEnd > 0 && !isRoleWord(cells[headerEnd - 1]?.text ?? '');
  if (!firstIsName) header = cells.slice(0, headerEnd);
  header = joinSplitHeaderWords(header);
  const data = cells.slice(header.length === headerEnd ? headerEnd : headerEnd - 1);
  const width = header.length;
  if (width < 2) return null;
  const rows: GridRow[] = [];
  if (!isNumberCell(data[0] ?? blankCell)) {
    // Names first: each name starts a row (a reference row may lack a rank cell).
    let current: GridCell[] = [];
    for (const cell of data) {
      if (!isNumberCell(cell) && current.length > 0) {
        rows.push({ line: current[0]?.line ?? cell.line, cells: current });
        current = [];
      }
      current.push(cell);
    }
    if (current.length > 0) rows.push({ line: current[0]?.line ?? 0, cells: current });
    if (rows.some((r) => r.cells.length > width || !r.cells.some(isNumberCell))) return null;
  } else {
    if (data.length % width !== 0) return null;
    for (let i = 0; i < data.length; i += width) {
      const row = data.slice(i, i + width);
      rows.push({ line: row[0]?.line ?? 0, cells: row });
    }
  }
  const note: Finding = {
    severity: 'info',
    code: 'rows-rebuilt',
    line: block[0]?.line.number ?? 1,
    params: { columns: width, rows: rows.length },
  };
  return { header, rows, note };
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
