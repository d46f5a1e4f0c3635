// The headline above the ranking in the reader's language: one sentence from the facts src/model/headline computes.

import type { HeadlineFacts } from '../model/headline';
import { formatList, formatScore } from './format';
import { translateView } from './viewMessages';
import { displayName, type Language } from './names';

// 1st, 2nd, 3rd, 4th… in English; Chinese writes 第 n 位 in the message itself.
function place(rank: number, language: Language): string {
  if (language === 'zh') return String(rank);
  const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  return `${rank}${suffixes[new Intl.PluralRules('en', { type: 'ordinal' }).select(rank)] ?? 'th'}`;
}

export function writeHeadline(facts: HeadlineFacts, language: Language, digits = 1): string {
  const name = (district: string) => displayName(district, language);
  const names = (list: readonly string[]) => formatList(list.map(name), language);
  const score = (value: number) => formatScore(value, language, digits);
  const parts: string[] = [];
  const fewer = facts.fewerIsBetter;
  const leader = facts.leaders.length === 1 ? facts.leaders[0] : undefined;
  parts.push(
    leader !== undefined && facts.runnerUp !== undefined && facts.margin !== undefined
      ? translateView(language, 'headlineLead', {
          leader: name(leader),
          total: score(facts.leaderTotal),
          runnerUp: name(facts.runnerUp),
          margin: score(facts.margin),
        })
      : translateView(language, 'headlineLeadShared', { leaders: names(facts.leaders), total: score(facts.leaderTotal) }),
  );
  // Every district tied first: there is no last place to speak of.
  if (facts.last.some((d) => !facts.leaders.includes(d))) {
    const weak = facts.lastWeakest;
    parts.push(
      translateView(language, 'headlineLast', {
        last: names(facts.last),
        lastTotal: score(facts.lastTotal),
        behind: score(facts.lastBehind),
      }) +
        (weak
          ? translateView(language, `headlineWeak${weak.against === 'city' ? 'City' : 'Mean'}${fewer ? 'Fewer' : ''}`, {
              siteType: displayName(weak.siteType, language),
              score: score(weak.score),
              gap: score(Math.abs(weak.reference - weak.score)),
            })
          : ''),
    );
  }
  const moved = facts.biggestChange;
  if (moved) {
    const key =
      moved.basis === 'period'
        ? moved.change > 0
          ? 'headlineUpPeriod'
          : 'headlineDownPeriod'
        : moved.change > 0
          ? 'headlineUpFilter'
          : 'headlineDownFilter';
    parts.push(
      translateView(language, key, {
        district: name(moved.district),
        from: place(moved.baseRank, language),
        to: place(moved.rank, language),
      }),
    );
  }
  // Which way the ranking runs is said first when it is not the usual way (deductions: the fewest lead).
  const lead = fewer ? translateView(language, 'headlineFewer') : '';
  return language === 'zh' ? `${lead}${parts.join('；')}。` : `${lead}${parts.join('; ')}.`;
}
