// The rankings CSV rows: the screen's order (with the page language's collation), the city last, the printed decimals.
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../../src/i18n/collate';
import { displayName } from '../../../src/i18n/names';
import { rankingsRows, type RankingsExportLabels } from '../../../src/model/exportRows';
import { indexScores } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { seedInspection } from '../seedInspection';

const inspection = seedInspection();
const standings = computeStandings(indexScores(inspection), inspection.siteTypes);
const labels = (language: 'zh' | 'en'): RankingsExportLabels => ({
  rank: 'rank',
  district: 'district',
  total: 'total',
  published: 'published',
  change: 'change',
  city: 'city',
  name: (printed) => displayName(printed, language),
  compare: compareNames(language),
});

describe('rankingsRows', () => {
  it('unsorted: rank order with the printed totals, the city row last', () => {
    const { header, rows } = rankingsRows(standings, null, labels('zh'));
    expect(header.slice(0, 2)).toEqual(['rank', 'district']);
    expect(header[header.length - 1]).toBe('published');
    expect(rows.map((r) => [r[0], r[1], r[r.length - 1]])).toEqual([
      ['1', '杏花岭区', '676.6'],
      ['2', '迎泽区', '669.9'],
      ['3', '小店区', '659.8'],
      ['4', '万柏林区', '651.2'],
      ['5', '晋源区', '650.6'],
      ['6', '尖草坪区', '643.3'],
      ['', '太原市', '658.6'],
    ]);
    // 杏花岭区's sum of scores, 676.7, sits beside its printed 676.6.
    expect(rows[0]?.[rows[0].length - 2]).toBe('676.7');
  });

  it('sorted by district in Chinese: by pinyin (jian, jin, wan, xiao, xing, ying), as the screen sorts', () => {
    const { rows } = rankingsRows(standings, { column: 'district', desc: false }, labels('zh'));
    expect(rows.slice(0, 6).map((r) => r[1])).toEqual(['尖草坪区', '晋源区', '万柏林区', '小店区', '杏花岭区', '迎泽区']);
  });

  it('with two decimals asked for, every figure has two', () => {
    const { rows } = rankingsRows(standings, null, labels('zh'), undefined, 2);
    expect(rows[0]?.[2]).toBe('80.20');
  });
});
