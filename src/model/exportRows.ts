// The rankings as rows of text, with the on-screen columns (rankingColumns) in the on-screen order, for the CSV download.

import type { RankChange } from './rankChanges';
import { rankingColumns, type RankingColumn } from './rankingColumns';
import { sortStandings, sortValue, type SortState } from './sortStandings';
import type { Standings } from './standings';

export interface RankingsExportLabels {
  rank: string;
  district: string;
  total: string;
  published: string;
  change: string;
  city: string;
  /** Display name of a district or site type. */
  name: (printed: string) => string;
  /** Orders two printed names as the screen does (the page language's collator). */
  compare: (a: string, b: string) => number;
}

/** Header and rows, sorted as on screen, the city last; scores with the decimals their source prints (`digits`). */
export function rankingsRows(
  standings: Standings,
  sort: SortState | null,
  labels: RankingsExportLabels,
  changes?: ReadonlyMap<string, RankChange>,
  digits = 1,
): { header: string[]; rows: string[][] } {
  const columns = rankingColumns(standings);
  const fixed = (value: number | string | undefined) =>
    value === undefined ? '' : typeof value === 'string' ? value : value.toFixed(digits);
  const headerOf = (column: RankingColumn): string =>
    column.kind === 'siteType' ? labels.name(column.siteType.name) : labels[column.kind];
  const header = [...columns.map(headerOf), ...(changes ? [labels.change] : [])];
  const rows = sortStandings(standings.rows, sort, labels.compare).map((row) => {
    const change = changes?.get(row.district)?.change;
    return [
      ...columns.map((column) => {
        if (column.kind === 'rank') return String(row.rank);
        if (column.kind === 'district') return labels.name(row.district);
        return fixed(sortValue(row, column.id));
      }),
      ...(changes ? [change === undefined ? '' : change > 0 ? `+${change}` : String(change)] : []),
    ];
  });
  const city = standings.city;
  rows.push([
    ...columns.map((column) => {
      if (column.kind === 'rank') return '';
      if (column.kind === 'district') return city.name !== undefined ? labels.name(city.name) : labels.city;
      if (column.kind === 'siteType') return fixed(city.values.get(column.siteType.name));
      if (column.kind === 'total') return fixed(city.computedTotal);
      return fixed(city.totalIsPublished ? city.total : undefined);
    }),
    ...(changes ? [''] : []),
  ]);
  return { header, rows };
}
