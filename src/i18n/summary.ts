// The written summary in the reader's language, from the facts src/model/summary computes.

import type { SummaryFacts } from '../model/summary';
import { formatList, formatScore } from './format';
import { translateView } from './viewMessages';
import { displayName, type Language } from './names';

export function writeSummary(facts: SummaryFacts, language: Language, scope: string, digits = 1): string[] {
  const names = (list: readonly string[]) =>
    formatList(
      list.map((d) => displayName(d, language)),
      language,
    );
  const score = (value: number) => formatScore(value, language, digits);
  const sentences: string[] = [];
  const lead = {
    scope,
    leaders: names(facts.leaders),
    total: score(facts.leaderTotal),
    last: names(facts.last),
    lastTotal: score(facts.lastTotal),
  };
  if (facts.margin !== undefined && facts.runnerUp !== undefined) {
    sentences.push(
      translateView(language, 'summaryLead', { ...lead, runnerUp: displayName(facts.runnerUp, language), margin: score(facts.margin) }),
    );
  } else {
    sentences.push(translateView(language, 'summaryLeadShared', lead));
  }
  if (facts.cityStrongest && facts.cityWeakest && facts.siteTypeCount > 1) {
    sentences.push(
      translateView(language, 'summaryCity', {
        strong: displayName(facts.cityStrongest.siteType, language),
        strongValue: score(facts.cityStrongest.value),
        weak: displayName(facts.cityWeakest.siteType, language),
        weakValue: score(facts.cityWeakest.value),
      }),
    );
  }
  if (facts.widestSpread) {
    sentences.push(
      translateView(language, 'summarySpread', {
        siteType: displayName(facts.widestSpread.siteType, language),
        spread: score(facts.widestSpread.spread),
        best: names(facts.widestSpread.best),
        worst: names(facts.widestSpread.worst),
      }),
    );
  }
  if (facts.roundingDrifts.length > 0) {
    sentences.push(translateView(language, 'summaryRounding', { districts: names(facts.roundingDrifts.map((d) => d.district)) }));
  }
  for (const tie of facts.ties) {
    sentences.push(
      translateView(language, 'summaryTie', {
        siteType: displayName(tie.siteType, language),
        districts: names(tie.districts),
        value: score(tie.value),
        rank: tie.rank,
      }),
    );
  }
  return sentences;
}
