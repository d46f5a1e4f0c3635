// The headline above the ranking, written out in Chinese and English from the seed's figures and the invented February.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import type { Inspection } from '../../../src/data/types';
import { writeHeadline } from '../../../src/i18n/headline';
import { loadLanguage } from '../../../src/i18n/messages';
import { headlineFacts } from '../../../src/model/headline';
import { rankChanges } from '../../../src/model/rankChanges';
import { indexScores, selectSiteTypes } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { summaryFacts } from '../../../src/model/summary';
import { readFixture } from '../readFixture';

function parsed(name: string): Inspection {
  const result = parseInspection(readFixture(name));
  if (!result.ok) throw new Error(name);
  return result.inspection;
}

const january = parsed('taiyuan-news-page-2025-01.txt');
const janIndex = indexScores(january);
const janFull = computeStandings(janIndex, january.siteTypes);
const janFacts = headlineFacts(summaryFacts(janIndex, janFull, []) ?? expect.unreachable(), janIndex, janFull, undefined);

beforeAll(async () => {
  await loadLanguage('en');
});

describe('writeHeadline', () => {
  it('January in Chinese: the leader and its margin, the last with its gap and weakest site type, in one sentence', () => {
    expect(writeHeadline(janFacts, 'zh')).toBe(
      '杏花岭区以 676.6 分居首，领先迎泽区 6.7 分；尖草坪区以 643.3 分居末，落后 33.3 分，最弱一项是铁路沿线（49.5 分，低于全市平均 7.2 分）。',
    );
  });

  it('January in English', () => {
    expect(writeHeadline(janFacts, 'en')).toBe(
      'Xinghualing leads with 676.6, 6.7 ahead of Yingze; Jiancaoping is last with 643.3, 33.3 behind, furthest below the city average in “Along the railway lines” (49.5, 7.2 below).',
    );
  });

  it('under 背街小巷 + 城中村 it names the biggest move against the full ranking: 杏花岭区 1st → 4th', () => {
    const filtered = computeStandings(janIndex, selectSiteTypes(january, ['背街小巷', '城中村']));
    const facts = headlineFacts(summaryFacts(janIndex, filtered, []) ?? expect.unreachable(), janIndex, filtered, {
      basis: 'filter',
      changes: rankChanges(janFull, filtered),
    });
    const zh = writeHeadline(facts, 'zh');
    expect(zh).toMatch(/^迎泽区以 151\.0 分居首，领先晋源区 10\.3 分；小店区以 121\.4 分居末，落后 29\.6 分/);
    expect(zh).toContain('；按所选点位，杏花岭区由全部点位的第 1 位降至第 4 位。');
    expect(writeHeadline(facts, 'en')).toContain('; over the selected site types, Xinghualing falls from 1st (all site types) to 4th.');
  });

  it('February after January: 杏花岭区 fell from 1st to 3rd', () => {
    const february = parsed('another-month-2025-02.txt');
    const index = indexScores(february);
    const full = computeStandings(index, february.siteTypes);
    const facts = headlineFacts(summaryFacts(index, full, []) ?? expect.unreachable(), index, full, {
      basis: 'period',
      changes: rankChanges(janFull, full),
    });
    expect(writeHeadline(facts, 'zh')).toBe(
      '迎泽区以 729.8 分居首，领先小店区 21.3 分；万柏林区以 597.0 分居末，落后 132.8 分，最弱一项是铁路沿线（50.5 分，低于全市平均 10.2 分）；与上期相比，杏花岭区由第 1 位降至第 3 位。',
    );
    expect(writeHeadline(facts, 'en')).toContain('since the previous period, Xinghualing has fallen from 1st to 3rd.');
  });

  it('three tied last are named together (铁路沿线 alone: 49.5 each); when all tie first there is no last place', () => {
    const railway = computeStandings(janIndex, selectSiteTypes(january, ['铁路沿线']));
    const facts = headlineFacts(summaryFacts(janIndex, railway, []) ?? expect.unreachable(), janIndex, railway, undefined);
    expect(writeHeadline(facts, 'zh')).toBe(
      '小店区以 80.7 分居首，领先晋源区 22.9 分；杏花岭区、迎泽区和尖草坪区以 49.5 分居末，落后 31.2 分。',
    );
    const zero = computeStandings(janIndex, january.siteTypes, new Map(january.siteTypes.map((t) => [t.name, 0])));
    const allFirst = headlineFacts(summaryFacts(janIndex, zero, []) ?? expect.unreachable(), janIndex, zero, undefined);
    expect(writeHeadline(allFirst, 'zh')).toBe('杏花岭区、迎泽区、小店区、万柏林区、晋源区和尖草坪区以 0.0 分并列第一。');
  });
});
