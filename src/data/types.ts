// The typed records the parser produces: one inspection (districts × site types) and its findings.

export interface SiteType {
  /** The printed name without its maximum, e.g. 农贸市场、便民市场. */
  name: string;
  /** The maximum printed in brackets after the name, e.g. 100. */
  maxScore: number;
  /** 1-based line of the row that named it first. */
  line: number;
  /** The weight the source gives it in a weighted total (0.85 for 85 %); absent: it counts as printed. */
  weight?: number;
}

export interface Score {
  district: string;
  siteType: string;
  value: number;
  /** 1-based line of the input the value came from. */
  line: number;
  /** 1-based column of the cell the value came from. */
  column: number;
}

export interface PublishedTotal {
  district: string;
  value: number;
  line: number;
  column: number;
}

/** A rank the source prints beside an entity, kept to compare with the rank its scores give. */
export interface PublishedRank {
  district: string;
  value: number;
  line: number;
  column: number;
}

export interface CityAverage {
  siteType: string;
  value: number;
  line: number;
  column: number;
}

export interface Inspection {
  /** Heading of the first score table found, or '' when it had none. */
  title: string;
  /** Districts in printed order: by printed total rank when a totals table exists, else by computed total. */
  districts: string[];
  siteTypes: SiteType[];
  /** One per district × site type. */
  scores: Score[];
  /** Printed totals by district; empty when the text prints none. */
  publishedTotals: PublishedTotal[];
  /** The maximum printed on the total row, or the sum of the site-type maxima. */
  totalMaxScore: number;
  /** Name of the city column, when one is printed. */
  city?: string;
  /** The city column's value per site type, when one is printed. */
  cityAverages?: CityAverage[];
  /** The city column's value on the total row, when printed. */
  publishedCityTotal?: number;
  /** Ranks printed beside the entities, when the source prints them. */
  publishedRanks?: PublishedRank[];
  /** What the rows are (区, 街道, 镇, 县…), from the source's header or names; absent: districts (区). */
  entityKind?: string;
  /** The figures count what is wrong (deductions, problems found): the fewest rank first. Absent: the most. */
  fewerIsBetter?: true;
  /**
   * The decimals its scores are printed with, trailing zeros counted (62.30: 2; an integer table: 0): the screen
   * shows them so. Absent (a month kept from before they were recorded): told from the values.
   */
  decimals?: number;
  /** Lines (1-based, inclusive) of the score tables found, for showing the source. */
  sourceRanges: { first: number; last: number }[];
}

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  // errors: the text cannot be read as an inspection
  | 'no-table'
  | 'month-id'
  | 'not-a-number'
  | 'missing-cell'
  | 'extra-cell'
  | 'missing-district-name'
  | 'duplicate-district'
  | 'duplicate-site-type'
  | 'unknown-district'
  | 'unreadable-row'
  | 'csv-syntax'
  | 'csv-header'
  | 'score-out-of-range'
  | 'district-names-missing'
  | 'internal'
  | 'no-entity-column'
  | 'no-score-column'
  | 'max-unknown'
  | 'duplicate-role'
  | 'duplicate-name'
  | 'deduction-column'
  // warnings: read, but a careful reader should look
  | 'total-mismatch'
  | 'total-max-mismatch'
  | 'city-average-mismatch'
  | 'city-total-mismatch'
  | 'ranked-order'
  | 'totals-order'
  | 'tables-disagree'
  | 'site-type-in-one-table'
  | 'max-score-differs'
  | 'header-recovered-inexact'
  | 'extra-table'
  | 'rank-mismatch'
  | 'list-order'
  | 'candidates-disagree'
  | 'column-role-question'
  | 'name-padding'
  | 'name-trimmed'
  | 'name-suspicious'
  | 'negative-score'
  | 'totals-not-sums'
  | 'row-put-back'
  | 'name-invisible'
  | 'name-empty'
  | 'unnamed-column'
  | 'orientation-unclear'
  | 'orientation-one-row'
  | 'header-unplaced'
  | 'records-guessed'
  | 'column-unexplained'
  | 'fuller-ranking'
  | 'reading-changed'
  | 'figure-repaired'
  | 'reading-unreadable'
  | 'reading-damaged'
  // infos: facts worth a visible note
  | 'header-recovered'
  | 'total-rounding'
  | 'city-total-is-mean'
  | 'tie'
  | 'max-assumed'
  | 'cells-split-by-decimals'
  | 'rows-rebuilt'
  | 'decimal-comma'
  | 'records-side-by-side'
  | 'ranking-in-parts'
  | 'column-rate'
  | 'column-outside-rank'
  | 'fewer-by-ranks'
  | 'reference-row'
  | 'reference-row-skipped'
  | 'sum-row'
  | 'rank-column'
  | 'weighted-total'
  | 'name-parent-dropped'
  | 'max-from-values'
  | 'total-is-mean'
  | 'group-ranked-apart'
  | 'orientation-swapped'
  | 'fewer-is-better';

export type FindingParam = string | number | readonly string[];

export interface Finding {
  severity: Severity;
  /** Stable identifier; the wording lives in src/i18n. */
  code: FindingCode;
  /** 1-based line of the input it points at. */
  line: number;
  /** 1-based column of the cell it points at, when it points at one. */
  column?: number;
  /** Values the message names: district(s), siteType, printed, computed, … */
  params: Readonly<Record<string, FindingParam>>;
}

export type ParseResult = { ok: true; inspection: Inspection; findings: Finding[] } | { ok: false; findings: Finding[] };
