// Several periods side by side: their order, the period before one, and a period's standings over a selection (trends are in trend.ts).

import type { Inspection } from '../data/types';
import { scoreIndexOf, selectSiteTypes } from './scores';
import { computeStandings, type Standings } from './standings';

export interface Period {
  id: string;
  /** YYYY-MM */
  period: string;
  inspection: Inspection;
}

/** Oldest first; periods of the same month keep the order they were added in. */
export function orderPeriods<P extends Period>(periods: readonly P[]): P[] {
  return periods
    .map((p, index) => ({ p, index }))
    .sort((a, b) => a.p.period.localeCompare(b.p.period) || a.index - b.index)
    .map((x) => x.p);
}

/** The period just before the given one in time order, if any. */
export function previousPeriod<P extends Period>(ordered: readonly P[], id: string): P | undefined {
  const at = ordered.findIndex((p) => p.id === id);
  return at > 0 ? ordered[at - 1] : undefined;
}

/** Standings of a period over the site types of a selection, matched by name ('all' = all of its own). */
export function standingsFor(inspection: Inspection, selection: readonly string[] | 'all'): Standings {
  return computeStandings(scoreIndexOf(inspection), selectSiteTypes(inspection, selection));
}
