// The summary's facts and the climb table when two districts share the lead: no margin is invented.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { joinSentences } from '../../../src/i18n/format';
import { writeSummary } from '../../../src/i18n/summary';
import { climbTable } from '../../../src/model/reportCard';
import { indexScores } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { summaryFacts } from '../../../src/model/summary';

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
    expect(climb.targets.find((t) => t.district === '丙区')?.pointsToPass).toBe(10);
    expect(climb.targets.filter((t) => t.pointsToPass === undefined).map((t) => t.district)).toEqual(['甲区', '乙区']);
  });
});
