// The summary's facts and the climb table when two districts share the lead: no margin is invented.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { parseInspection } from '../../../src/data/parseInspection';
import { joinSentences } from '../../../src/i18n/formatViews';
import { writeSummary } from '../../../src/i18n/summary';
import { climbTable } from '../../../src/model/reportCard';
import { indexScores } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { summaryFacts } from '../../../src/model/summary';
import { readFixture } from '../readFixture';

describe('a shared lead', () => {
  const read = importText('区,公厕,城中村\n甲区,40,40\n乙区,50,30\n丙区,35,35\n').result;
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  const index = indexScores(read.inspection);
  const standings = computeStandings(index, read.inspection.siteTypes);

  it('甲区 and 乙区 both lead at 80: two leaders, no margin; the written summary says they share first place', () => {
    const facts = summaryFacts(index, standings, read.findings);
    expect(facts?.leaders).toEqual(['甲区', '乙区']);
    expect(facts?.margin).toBeUndefined();
    expect(facts?.last).toEqual(['丙区']);
    if (!facts) throw new Error('no facts');
    const text = joinSentences(writeSummary(facts, 'zh', '全部 2 项'));
    expect(text).toContain('甲区和乙区以 80.0 分并列第一');
  });

  it('the climb table: the lead margin is 0, the runner-up is 丙区, 10 behind', () => {
    const climb = climbTable(standings);
    expect(climb.leaderMargin).toBe(0);
    expect(climb.runnerUp).toBe('丙区');
    expect(climb.targets.find((t) => t.district === '丙区')?.pointsToDrawLevel).toBe(10);
    expect(climb.targets.filter((t) => t.pointsToDrawLevel === undefined).map((t) => t.district)).toEqual(['甲区', '乙区']);
  });
});

describe('the seed summary facts', () => {
  const parsed = parseInspection(readFixture('taiyuan-news-page-2025-01.txt'));
  if (!parsed.ok) throw new Error('seed must parse');
  const index = indexScores(parsed.inspection);
  const facts = summaryFacts(index, computeStandings(index, parsed.inspection.siteTypes), parsed.findings);

  it('facts: 杏花岭区 leads by 6.7; 尖草坪区 last; city strongest 公厕 73.9, weakest 废品回收站 49.6; widest spread 铁路沿线 31.2', () => {
    expect(facts?.leaders).toEqual(['杏花岭区']);
    expect(facts?.margin).toBeCloseTo(6.7, 6);
    expect(facts?.runnerUp).toBe('迎泽区');
    expect(facts?.last).toEqual(['尖草坪区']);
    expect(facts?.cityStrongest).toEqual({ siteType: '公厕', value: 73.9 });
    expect(facts?.cityWeakest).toEqual({ siteType: '废品回收站', value: 49.6 });
    expect(facts?.widestSpread?.siteType).toBe('铁路沿线');
    expect(facts?.widestSpread?.spread).toBeCloseTo(31.2, 6);
    expect(facts?.roundingDrifts.map((d) => d.district)).toEqual(['杏花岭区', '小店区']);
    expect(facts?.ties.map((t) => t.siteType)).toEqual(['铁路沿线']);
  });
});
