// Answers officials and journalists ask for about one district: its report card and the points to climb.

import type { SiteType } from '../data/types';
import { siteTypeRanking } from './siteTypeRanking';
import { SCORE_EPSILON } from './ranks';
import type { ScoreIndex } from './scores';
import type { DistrictStanding, Standings } from './standings';

export interface ReportLine {
  siteType: SiteType;
  score: number | undefined;
  rank: number | undefined;
  tied: boolean;
  /** The best score in this site type and who holds it. */
  best: number | undefined;
  bestDistricts: string[];
  city: number | undefined;
  /** Score minus the best score (≤ 0). */
  gapToBest: number | undefined;
  /** Score minus the city value. */
  gapToCity: number | undefined;
}

export interface DistrictReport {
  district: string;
  standing: DistrictStanding;
  districtCount: number;
  lines: ReportLine[];
  /** Site types where the district is furthest above the city value (ties kept). */
  strongest: ReportLine[];
  /** Site types where it is furthest below the city value. */
  weakest: ReportLine[];
  /** Site types where it is furthest behind the best district: where points are to be found. */
  furthestBehindBest: ReportLine[];
}

function extremes(lines: ReportLine[], key: (line: ReportLine) => number | undefined, pick: 'max' | 'min'): ReportLine[] {
  const values = lines.map(key).filter((v): v is number => v !== undefined);
  if (values.length === 0) return [];
  const target = pick === 'max' ? Math.max(...values) : Math.min(...values);
  return lines.filter((line) => {
    const v = key(line);
    return v !== undefined && Math.abs(v - target) < SCORE_EPSILON;
  });
}

/** A district's report card over the selected site types; undefined for a district the inspection does not have. */
export function districtReport(index: ScoreIndex, standings: Standings, district: string, behindCount = 3): DistrictReport | undefined {
  const standing = standings.rows.find((r) => r.district === district);
  if (!standing) return undefined;
  const lines: ReportLine[] = standings.siteTypes.map((siteType) => {
    const ranking = siteTypeRanking(index, siteType);
    const own = ranking.rows.find((r) => r.district === district);
    const score = own?.score;
    const best = ranking.best;
    return {
      siteType,
      score,
      rank: own?.rank,
      tied: own?.tied ?? false,
      best,
      bestDistricts: ranking.rows.filter((r) => r.rank === 1).map((r) => r.district),
      city: ranking.city,
      gapToBest: score === undefined || best === undefined ? undefined : score - best,
      gapToCity: own?.gapToCity,
    };
  });
  const behind = lines
    .filter((line) => line.gapToBest !== undefined && line.gapToBest < -SCORE_EPSILON)
    .sort((a, b) => (a.gapToBest ?? 0) - (b.gapToBest ?? 0))
    .slice(0, behindCount);
  return {
    district,
    standing,
    districtCount: standings.rows.length,
    lines,
    strongest: extremes(lines, (l) => l.gapToCity, 'max'),
    weakest: extremes(lines, (l) => l.gapToCity, 'min'),
    furthestBehindBest: behind,
  };
}

export interface ClimbTarget {
  district: string;
  rank: number;
  total: number;
  /** The district ranked just above, and the points between them (to draw level; any more passes it). */
  nextAbove: string | undefined;
  pointsToDrawLevel: number | undefined;
}

export interface ClimbTable {
  targets: ClimbTarget[];
  leader: string | undefined;
  /** The runner-up: the first district ranked below the leader(s). */
  runnerUp: string | undefined;
  /** Leader's total minus the runner-up's (0 when the lead is shared). */
  leaderMargin: number | undefined;
}

/** Points each district needs to pass the district ranked above it, and the leader's margin. */
export function climbTable(standings: Standings): ClimbTable {
  const targets = standings.rows.map((row) => ({
    district: row.district,
    rank: row.rank,
    total: row.total,
    nextAbove: row.nextAbove,
    pointsToDrawLevel: row.nextAbove === undefined ? undefined : row.gapToNext,
  }));
  const leader = standings.rows[0];
  const runnerUp = standings.rows.find((r) => r.rank > 1);
  const sharedLead = standings.rows.filter((r) => r.rank === 1).length > 1;
  return {
    targets,
    leader: leader?.district,
    runnerUp: runnerUp?.district,
    leaderMargin: leader === undefined ? undefined : sharedLead ? 0 : runnerUp ? leader.total - runnerUp.total : undefined,
  };
}
