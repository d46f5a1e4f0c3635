// The phone's ranked list: the districts in rank order, each total's bar on a scale that starts at a stated
// round baseline (so that a 33-point gap between 1st and 6th is seen, not six nearly full bars), and the city's
// total on the same scale (the bar's reference mark).

import { barBaseline, shareOf, type NiceScale } from './niceScale';
import type { DistrictStanding, Standings } from './standings';

export interface RankedListItem {
  standing: DistrictStanding;
  /** Where the total falls on the scale, 0–1: the bar's length. */
  share: number;
}

export interface RankedList {
  items: RankedListItem[];
  /** The bars' scale: lo is the baseline the list states, ticks its axis. */
  scale: NiceScale;
  /** The city's total on the same scale, when there is one. */
  cityShare: number | undefined;
}

export function rankedList(standings: Standings): RankedList {
  const cityTotal = standings.city.total;
  const totals = standings.rows.map((row) => row.total);
  if (cityTotal !== undefined) totals.push(cityTotal);
  const scale = barBaseline(totals);
  return {
    items: standings.rows.map((standing) => ({ standing, share: shareOf(scale, standing.total) })),
    scale,
    cityShare: cityTotal === undefined ? undefined : shareOf(scale, cityTotal),
  };
}
