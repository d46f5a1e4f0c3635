// Which axis of a grid holds the entities: the rows (one per entity, the usual table) or the columns (the
// newspaper's first table: a site type per row, a district per column). Decided from the labels themselves: names
// alike in form (…区, …县, …街道, …村) along one axis and not the other, and the corner's word (点位类型 over site
// types, 区 over districts) as one more piece of evidence.

import { blankCell, cellNumber, type Grid, type GridCell, type GridRow } from '../sources/gridCells';
import { ENTITY_WORDS, headerIs, normalize, PLACE_ENDING, REFERENCE_NAMES } from '../headerWords';

/** The endings of the places and bodies rankings name (区, 县, 街道, 村, 管委会, District…). */
const ENTITY_SUFFIX = new RegExp(`(${PLACE_ENDING}|district|county|town|city|ward|borough)$`, 'i');
/** A label in the form of an entity's name (`东区`, `Abbey Ward`), not a header's word for the entities (`城区`, `区县`). */
export function isPlaceName(label: string): boolean {
  const text = normalize(label);
  return ENTITY_SUFFIX.test(text) && !headerIs(text, ENTITY_WORDS);
}
/** Corner words over a column of categories: the rows are what is scored, not who. */
const CATEGORY_CORNER =
  /^(点位类型|点位|类型|类别|项目|考核项目|检查项目|测评项目|评分项目|考核内容|内容|指标|考核指标|分项|item|category|site type)$/i;

/** Names alike in form need this share of an axis's labels. */
const NAMES_SHARE = 0.8;

/** Why the axes were swapped, or (one-row) why a single row is a doubt. */
export type OrientationReason = 'names-in-header' | 'category-corner' | 'one-row';

export interface Orientation {
  /** The grid is read with its rows and columns swapped. */
  swap: boolean;
  reason: OrientationReason | undefined;
  /**
   * The evidence disagrees: both axes hold names alike in form (the rows kept), or the corner names the entities
   * while the names stand across (swapped); either way the reader is asked.
   */
  unclear: boolean;
  /** How many header labels are names, and the ending most of them share (for the note). */
  count: number;
  kind: string;
}

/** The labels of an axis that are no reference (合计, 全市平均) and no figure. */
function labelsOf(cells: readonly (GridCell | undefined)[]): string[] {
  return cells
    .map((c) => normalize(c?.text ?? ''))
    .filter((text) => text !== '' && !REFERENCE_NAMES.test(text) && !/^(满分|分值)$/.test(text));
}

function namesShare(labels: readonly string[]): number {
  if (labels.length === 0) return 0;
  return labels.filter((label) => ENTITY_SUFFIX.test(label)).length / labels.length;
}

/** The ending most of the labels share (区, 街道…), for the note that says why the axes were swapped. */
function commonKind(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) {
    const kind = ENTITY_SUFFIX.exec(label)?.[1];
    if (kind) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  let best = '';
  for (const [kind, count] of counts) if (count > (counts.get(best) ?? 0)) best = kind;
  return best;
}

/** Whether the grid's entities stand in its columns (header) rather than its rows. */
export function orientationOf(grid: Grid): Orientation {
  const headerCells = grid.header.slice(1);
  const columnLabels = labelsOf(headerCells);
  const rowLabels = labelsOf(grid.rows.map((r) => r.cells[0]));
  const kind = commonKind(columnLabels);
  const count = columnLabels.filter((l) => ENTITY_SUFFIX.test(l)).length;
  const none: Orientation = { swap: false, reason: undefined, unclear: false, count, kind };
  // Column labels that are words, every one: a figure among them (a year, a maximum) is no header of names.
  const wordsOnly = headerCells.every((c) => c.text.trim() !== '' && cellNumber(c.text) === null);
  if (columnLabels.length < 2 || !wordsOnly) return none;
  // One row under a header of names alike in form (…区), its label no such name (得分, 总分, 公厕): the ranking printed
  // across, the corner (城区) labelling the header row. Read as printed, the label was ranked alone with the names for
  // categories, without a word. A single row otherwise is one entity ranked alone, or names across in a form no
  // suffix tells (North, South): which axis holds the names is a doubt the reader settles with 行列互换.
  const [only] = rowLabels;
  if (rowLabels.length === 1 && only !== undefined)
    return namesShare(columnLabels) >= NAMES_SHARE && namesShare([only]) === 0
      ? { ...none, swap: true, reason: 'names-in-header' }
      : { ...none, unclear: true, reason: 'one-row' };
  if (rowLabels.length < 2) return none;
  const corner = normalize(grid.header[0]?.text ?? '');
  const columnNames = namesShare(columnLabels);
  const rowNames = namesShare(rowLabels);
  // The corner names the entities (区县), yet the header holds the names and the first column none: the corner may
  // label the header row (区县 → across). The names decide, and the reader confirms.
  if (headerIs(corner, ENTITY_WORDS))
    return columnNames >= NAMES_SHARE && rowNames < 0.5 ? { ...none, swap: true, reason: 'names-in-header', unclear: true } : none;
  if (CATEGORY_CORNER.test(corner) && columnNames >= 0.5) return { ...none, swap: true, reason: 'category-corner' };
  if (columnNames < NAMES_SHARE) return none;
  if (rowNames >= 0.5) return { ...none, unclear: true };
  return { ...none, swap: true, reason: 'names-in-header' };
}

/**
 * The grid with its rows and columns swapped: the first column becomes the header, the header the first column.
 * Every cell keeps the line and column it was printed at, so findings and scores still point at the input; a row's
 * line is its label's.
 */
export function transposeGrid(grid: Grid): Grid {
  let width = grid.header.length;
  for (const row of grid.rows) width = Math.max(width, row.cells.length);
  const corner = grid.header[0] ?? { ...blankCell, line: grid.first };
  const header: GridCell[] = [corner, ...grid.rows.map((r) => r.cells[0] ?? { ...blankCell, line: r.line })];
  const rows: GridRow[] = [];
  for (let j = 1; j < width; j++) {
    const label = grid.header[j] ?? { ...blankCell, line: grid.first };
    rows.push({ line: label.line, cells: [label, ...grid.rows.map((r) => r.cells[j] ?? { ...blankCell, line: r.line })] });
  }
  return { ...grid, header, rows };
}
