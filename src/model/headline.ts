// The facts of the one-sentence headline above the ranking: who leads and by how much, who is last and where it
// loses most, and the biggest rank change (against the previous period, or against the full ranking under a filter).

import type { RankChange } from './rankChanges';
import { SCORE_EPSILON } from './ranks';
import { cityValue, type ScoreIndex } from './scores';
import type { Standings } from './standings';
import type { SummaryFacts } from './summary';

export type ChangeBasis = 'period' | 'filter';

export interface HeadlineFacts {
  leaders: string[];
  leaderTotal: number;
  /** With one leader: the runner-up and the margin over it. */
  runnerUp: string | undefined;
  margin: number | undefined;
  last: string[];
  lastTotal: number;
  /** How far the last is behind the leader. */
  lastBehind: number;
  /**
   * With one district last and two or more site types: the site type where it is furthest below the city's
   * printed value (or, without a city column, the districts' mean: 'mean'), when it is below at all.
   */
  lastWeakest: { siteType: string; score: number; reference: number; against: 'city' | 'mean' } | undefined;
  /** The largest move (among equal moves, the one highest in the base ranking); undefined when none moved. */
  biggestChange: (RankChange & { basis: ChangeBasis }) | undefined;
  /** The figures count what is wrong (deductions): the fewest lead, and the weakest site type is the most above. */
  fewerIsBetter: boolean;
}

function weakestSiteType(index: ScoreIndex, standings: Standings, district: string): HeadlineFacts['lastWeakest'] {
  const row = standings.rows.find((r) => r.district === district);
  if (!row || standings.siteTypes.length < 2) return undefined;
  let weakest: HeadlineFacts['lastWeakest'];
  for (const siteType of standings.siteTypes) {
    const score = row.scores.get(siteType.name);
    if (score === undefined) continue;
    const reference = cityValue(index, siteType.name);
    // Worse than the city: below it, or above it when the figures count what is wrong.
    const worse = (value: number, against: number) => (standings.fewerIsBetter ? value - against : against - value);
    if (reference === undefined || worse(score, reference) <= SCORE_EPSILON) continue;
    if (!weakest || worse(score, reference) > worse(weakest.score, weakest.reference) + SCORE_EPSILON) {
      weakest = { siteType: siteType.name, score, reference, against: index.publishedCity.has(siteType.name) ? 'city' : 'mean' };
    }
  }
  return weakest;
}

function biggestChange(changes: ReadonlyMap<string, RankChange> | undefined): RankChange | undefined {
  let biggest: RankChange | undefined;
  for (const change of changes?.values() ?? []) {
    if (change.change === 0) continue;
    const size = Math.abs(change.change);
    const best = biggest ? Math.abs(biggest.change) : 0;
    if (size > best || (biggest && size === best && change.baseRank < biggest.baseRank)) biggest = change;
  }
  return biggest;
}

export function headlineFacts(
  facts: SummaryFacts,
  index: ScoreIndex,
  standings: Standings,
  changes: { basis: ChangeBasis; changes: ReadonlyMap<string, RankChange> } | undefined,
): HeadlineFacts {
  const moved = biggestChange(changes?.changes);
  const lastOne = facts.last.length === 1 && facts.leaders.length < standings.rows.length ? facts.last[0] : undefined;
  return {
    leaders: facts.leaders,
    leaderTotal: facts.leaderTotal,
    runnerUp: facts.runnerUp,
    margin: facts.margin,
    last: facts.last,
    lastTotal: facts.lastTotal,
    lastBehind: Math.abs(facts.leaderTotal - facts.lastTotal),
    lastWeakest: lastOne === undefined ? undefined : weakestSiteType(index, standings, lastOne),
    biggestChange: moved && changes ? { ...moved, basis: changes.basis } : undefined,
    fewerIsBetter: standings.fewerIsBetter,
  };
}
