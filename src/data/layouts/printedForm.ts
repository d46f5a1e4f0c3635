// The printed form's parts, shared by its readers: the structures a table is read into, its structural words,
// and the findings collector (one finding per code, place and values).

import { type Cell, type TextLine } from '../sources/text';
import type { SiteType } from '../types';

/** Labels of the total row. Structural words of the printed form, not data. */
export const TOTAL_LABELS = new Set(['总分', '总计', '合计', '总得分', 'total', 'total score']);

/** Printed scores carry one decimal: values closer than this are equal. */
export const EPSILON = 1e-6;
/** A printed value rounded to 0.1 is off by at most half of that. */
export const HALF_STEP = 0.05;

export interface SiteRow {
  line: TextLine;
  name: string;
  maxScore: number;
  isTotal: boolean;
  /** Data cells after the label, trailing empties dropped. */
  cells: Cell[];
}

export interface TableBlock {
  title: string;
  headerLines: TextLine[];
  rows: SiteRow[];
  first: number;
  last: number;
  kind: 'ranked' | 'totals';
}

export interface Entry {
  district: string;
  value: number;
  line: number;
  column: number;
}

export interface RankedTable {
  block: TableBlock;
  districts: string[];
  /** siteType → district → entry */
  values: Map<string, Map<string, Entry>>;
  siteTypes: SiteType[];
}

export interface TotalsTable {
  block: TableBlock;
  /** District per data column; undefined where the header does not name it. */
  columnNames: (string | undefined)[];
  namesPrinted: boolean;
  cityColumn: number | undefined;
  cityName: string | undefined;
  siteTypes: SiteType[];
  /** siteType → column values */
  values: Map<string, (Entry | undefined)[]>;
  totalRow: { line: number; maxScore: number; cells: (Entry | undefined)[] } | undefined;
}

/** A minimum-cost assignment of rows to columns (assignment.ts), for totals columns the scores do not name exactly. */
export type Assign = (cost: readonly (readonly number[])[]) => number[];
