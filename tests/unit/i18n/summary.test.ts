// The written summary of the seed in Chinese and English, with its figures and the sentence joins of each language.
import { describe, expect, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import { joinSentences } from '../../../src/i18n/formatViews';
import { loadLanguage } from '../../../src/i18n/messages';
import { writeSummary } from '../../../src/i18n/summary';
import { indexScores } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { summaryFacts } from '../../../src/model/summary';
import { readFixture } from '../readFixture';

describe('written summary', () => {
  const parsed = parseInspection(readFixture('taiyuan-news-page-2025-01.txt'));
  if (!parsed.ok) throw new Error('seed must parse');
  const index = indexScores(parsed.inspection);
  const facts = summaryFacts(index, computeStandings(index, parsed.inspection.siteTypes), parsed.findings);

  it('in Chinese and in English, with the figures', async () => {
    if (!facts) throw new Error('facts');
    await loadLanguage('en');
    const zh = writeSummary(facts, 'zh', '全部 10 项点位类型').join('');
    expect(zh).toContain('杏花岭区以 676.6 分居首，领先第二名迎泽区 6.7 分；尖草坪区以 643.3 分居末');
    expect(zh).toContain('公厕（73.9 分）');
    expect(zh).toContain('废品回收站（49.6 分）');
    expect(zh).toContain('铁路沿线：最高的小店区与最低的杏花岭区、迎泽区和尖草坪区相差 31.2 分');
    // As the summary block runs them together: no space after a Chinese full stop, one after an English one.
    expect(joinSentences(writeSummary(facts, 'zh', '全部 10 项点位类型'))).toContain(
      '尖草坪区以 643.3 分居末。全市平均得分最高的点位类型是公厕',
    );
    const en = joinSentences(writeSummary(facts, 'en', 'all 10 site types'));
    expect(en).toContain('Jiancaoping is last with 643.3. ');
    expect(en).toContain('Xinghualing leads with 676.6, 6.7 ahead of Yingze in second; Jiancaoping is last with 643.3.');
    expect(en).toContain('Public toilets (73.9)');
    expect(en).toContain('Scrap recycling stations (49.6)');
  });

  it('sets a right-to-left name between isolates, so the figures after it keep their place; a Chinese name as it is', () => {
    // The seed with its leader renamed in Arabic: the name is wrapped in U+2068 … U+2069, nothing else changes.
    const renamed = parseInspection(readFixture('taiyuan-news-page-2025-01.txt').replaceAll('杏花岭区', 'منطقة'));
    if (!renamed.ok) throw new Error('renamed seed must parse');
    const renamedIndex = indexScores(renamed.inspection);
    const renamedFacts = summaryFacts(renamedIndex, computeStandings(renamedIndex, renamed.inspection.siteTypes), renamed.findings);
    if (!renamedFacts) throw new Error('facts');
    const zh = writeSummary(renamedFacts, 'zh', '全部 10 项点位类型').join('');
    expect(zh).toContain('\u2068منطقة\u2069以 676.6 分居首，领先第二名迎泽区 6.7 分');
    expect(zh).not.toContain('\u2068迎泽区');
  });
});
