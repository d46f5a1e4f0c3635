// The phone's ranked list: the districts in rank order, each total as a share of the best total (the bar's
// length), and the city's total on the same scale (the bar's reference mark).

import type { DistrictStanding, Standings } from './standings';

export interface RankedListItem {
  standing: DistrictStanding;
  /** total ÷ the best total, 0–1; 0 when no district scores above 0. */
  share: number;
}

export interface RankedList {
  items: RankedListItem[];
  /** The city's total on the same scale, when there is one. */
  cityShare: number | undefined;
}

export function rankedList(standings: Standings): RankedList {
  // A loop, not Math.max(...totals): hundreds of districts must not hit the engine's argument limit.
  let best = 0;
  for (const row of standings.rows) if (row.total > best) best = row.total;
  const share = (value: number) => (best > 0 ? Math.min(1, Math.max(0, value) / best) : 0);
  const cityTotal = standings.city.total;
  return {
    items: standings.rows.map((standing) => ({ standing, share: share(standing.total) })),
    cityShare: cityTotal === undefined ? undefined : share(cityTotal),
  };
}
