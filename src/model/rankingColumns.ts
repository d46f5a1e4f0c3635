// The rankings' columns, once: which there are, in which order, what each shows and how it sorts. The table
// on screen (components/RankingsTable) and the CSV download (exportRows) are both built from this list.

import type { SiteType } from '../data/types';
import type { SortColumn } from './sortStandings';
import { showsPublishedTotals, type Standings } from './standings';

export type RankingColumn =
  | { id: 'rank'; kind: 'rank'; descFirst: false }
  | { id: 'district'; kind: 'district'; descFirst: false }
  | { id: `type:${string}`; kind: 'siteType'; siteType: SiteType; descFirst: true }
  | { id: 'total'; kind: 'total'; descFirst: true }
  | { id: 'published'; kind: 'published'; descFirst: true };

export function siteTypeColumnId(name: string): `type:${string}` & SortColumn {
  return `type:${name}`;
}

/**
 * Rank, district, one column per selected site type, the total over them, and the printed total where it
 * applies (every site type selected, totals printed). `descFirst`: a first click puts the highest first.
 */
export function rankingColumns(standings: Standings): RankingColumn[] {
  return [
    { id: 'rank', kind: 'rank', descFirst: false },
    { id: 'district', kind: 'district', descFirst: false },
    ...standings.siteTypes.map((siteType): RankingColumn => ({
      id: siteTypeColumnId(siteType.name),
      kind: 'siteType',
      siteType,
      descFirst: true,
    })),
    { id: 'total', kind: 'total', descFirst: true },
    ...(showsPublishedTotals(standings) ? [{ id: 'published', kind: 'published', descFirst: true } as const] : []),
  ];
}
