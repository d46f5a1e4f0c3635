// The rankings as rows of text, in the on-screen order, for the CSV download.

import { sortStandings, type SortState } from './sortStandings';
import { showsPrintedTotals, type Standings } from './standings';
import type { RankChange } from './rankChanges';

export interface RankingsExportLabels {
  rank: string;
  district: string;
  total: string;
  printed: string;
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
  const showPrinted = showsPrintedTotals(standings);
  const fixed = (value: number | undefined) => (value === undefined ? '' : value.toFixed(digits));
  const header = [
    labels.rank,
    labels.district,
    ...standings.siteTypes.map((s) => labels.name(s.name)),
    labels.total,
    ...(showPrinted ? [labels.printed] : []),
    ...(changes ? [labels.change] : []),
  ];
  const sorted = sortStandings(standings.rows, sort, labels.compare);
  const rows = sorted.map((row) => {
    const change = changes?.get(row.district)?.change;
    return [
      String(row.rank),
      labels.name(row.district),
      ...standings.siteTypes.map((s) => fixed(row.scores.get(s.name))),
      fixed(row.computedTotal),
      ...(showPrinted ? [fixed(row.publishedTotal)] : []),
      ...(changes ? [change === undefined ? '' : change > 0 ? `+${change}` : String(change)] : []),
    ];
  });
  const city = standings.city;
  rows.push([
    '',
    city.name !== undefined ? labels.name(city.name) : labels.city,
    ...standings.siteTypes.map((s) => fixed(city.values.get(s.name))),
    fixed(city.computedTotal),
    ...(showPrinted ? [fixed(city.totalIsPrinted ? city.total : undefined)] : []),
    ...(changes ? [''] : []),
  ]);
  return { header, rows };
}
