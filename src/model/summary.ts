// The facts behind the written summary: leader and margin, last place, the city's strongest and weakest site types, the widest spread, notable findings.

import type { Finding } from '../data/types';
import { siteTypeRanking } from './siteTypeRanking';
import { SCORE_EPSILON } from './ranks';
import { cityValue, type ScoreIndex } from './scores';
import type { Standings } from './standings';

export interface SummaryFacts {
  /** Districts sharing first place (usually one). */
  leaders: string[];
  leaderTotal: number;
  runnerUp: string | undefined;
  /** Leader's total minus the runner-up's. */
  margin: number | undefined;
  last: string[];
  lastTotal: number;
  isFullSelection: boolean;
  siteTypeCount: number;
  cityStrongest: { siteType: string; value: number } | undefined;
  cityWeakest: { siteType: string; value: number } | undefined;
  widestSpread: { siteType: string; spread: number; best: string[]; worst: string[] } | undefined;
  /** Districts whose printed total differs from the sum of their scores by rounding. */
  roundingDrifts: { district: string; printed: number; computed: number }[];
  /** Site types with tied districts. */
  ties: { siteType: string; districts: string[]; value: number; rank: number }[];
}

function numberParam(finding: Finding, key: string): number {
  const value = finding.params[key];
  return typeof value === 'number' ? value : NaN;
}

function stringsParam(finding: Finding, key: string): string[] {
  const value = finding.params[key];
  return Array.isArray(value) ? [...(value as readonly string[])] : typeof value === 'string' ? [value] : [];
}

/** Facts for the current selection; undefined when nothing is selected. */
export function summaryFacts(index: ScoreIndex, standings: Standings, findings: readonly Finding[]): SummaryFacts | undefined {
  const first = standings.rows[0];
  const lastRow = standings.rows[standings.rows.length - 1];
  if (!first || !lastRow || standings.siteTypes.length === 0) return undefined;
  const leaders = standings.rows.filter((r) => r.rank === 1).map((r) => r.district);
  const runnerUp = standings.rows.find((r) => r.rank > 1);
  const last = standings.rows.filter((r) => r.rank === lastRow.rank).map((r) => r.district);

  let cityStrongest: SummaryFacts['cityStrongest'];
  let cityWeakest: SummaryFacts['cityWeakest'];
  let widestSpread: SummaryFacts['widestSpread'];
  // Better: higher, or lower when the figures count what is wrong.
  const better = (a: number, b: number) => (standings.fewerIsBetter ? b - a : a - b) > SCORE_EPSILON;
  for (const siteType of standings.siteTypes) {
    const value = cityValue(index, siteType.name);
    if (value !== undefined) {
      if (!cityStrongest || better(value, cityStrongest.value)) cityStrongest = { siteType: siteType.name, value };
      if (!cityWeakest || better(cityWeakest.value, value)) cityWeakest = { siteType: siteType.name, value };
    }
    const ranking = siteTypeRanking(index, siteType);
    if (ranking.spread !== undefined && (!widestSpread || ranking.spread > widestSpread.spread + SCORE_EPSILON)) {
      widestSpread = {
        siteType: siteType.name,
        spread: ranking.spread,
        best: ranking.rows.filter((r) => Math.abs(r.score - (ranking.best ?? 0)) < SCORE_EPSILON).map((r) => r.district),
        worst: ranking.rows.filter((r) => Math.abs(r.score - (ranking.worst ?? 0)) < SCORE_EPSILON).map((r) => r.district),
      };
    }
  }
  const selected = new Set(standings.siteTypes.map((s) => s.name));
  return {
    leaders,
    leaderTotal: first.total,
    runnerUp: runnerUp?.district,
    margin: runnerUp && leaders.length === 1 ? Math.abs(first.total - runnerUp.total) : undefined,
    last,
    lastTotal: lastRow.total,
    isFullSelection: standings.isFullSelection,
    siteTypeCount: standings.siteTypes.length,
    cityStrongest,
    cityWeakest,
    widestSpread,
    roundingDrifts: standings.isFullSelection
      ? findings
          .filter((f) => f.code === 'total-rounding')
          .map((f) => ({
            district: stringsParam(f, 'district')[0] ?? '',
            printed: numberParam(f, 'printed'),
            computed: numberParam(f, 'computed'),
          }))
      : [],
    ties: findings
      .filter((f) => f.code === 'tie' && selected.has(stringsParam(f, 'siteType')[0] ?? ''))
      .map((f) => ({
        siteType: stringsParam(f, 'siteType')[0] ?? '',
        districts: stringsParam(f, 'districts'),
        value: numberParam(f, 'value'),
        rank: numberParam(f, 'rank'),
      })),
  };
}
