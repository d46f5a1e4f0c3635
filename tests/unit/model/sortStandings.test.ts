// The rankings' row order for every column, with missing values last in either direction and ties in rank order.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import { compareNames } from '../../../src/i18n/collate';
import { indexScores } from '../../../src/model/scores';
import { nextSort, sortStandings, type SortColumn } from '../../../src/model/sortStandings';
import { computeStandings } from '../../../src/model/standings';

// Three districts, 丙区 without a 城中村 score (as a period whose source lacked it): read as the app reads a
// CSV, then that one score taken out, since the importer itself refuses a missing cell.
function standingsWithGap() {
  const text = 'district,site type,score\n甲区,公厕,70\n甲区,城中村,60\n乙区,公厕,80\n乙区,城中村,50\n丙区,公厕,75\n丙区,城中村,55\n';
  const read = importText(text).result;
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  const inspection = {
    ...read.inspection,
    scores: read.inspection.scores.filter((s) => !(s.district === '丙区' && s.siteType === '城中村')),
  };
  return computeStandings(indexScores(inspection), inspection.siteTypes);
}

const names = compareNames('zh');
const order = (column: SortColumn, desc: boolean) => sortStandings(standingsWithGap().rows, { column, desc }, names).map((r) => r.district);

describe('sortStandings', () => {
  it('no sort keeps rank order (乙 130, 甲 130 share rank 1 in print order; 丙 75)', () => {
    expect(sortStandings(standingsWithGap().rows, null, names).map((r) => [r.district, r.rank])).toEqual([
      ['甲区', 1],
      ['乙区', 1],
      ['丙区', 3],
    ]);
  });

  it('a site type column: by score, the district without one last in both directions', () => {
    expect(order('type:城中村', true)).toEqual(['甲区', '乙区', '丙区']);
    expect(order('type:城中村', false)).toEqual(['乙区', '甲区', '丙区']);
    expect(order('type:公厕', true)).toEqual(['乙区', '丙区', '甲区']);
  });

  it('total, rank and district (by pinyin: bing, jia, yi)', () => {
    expect(order('total', false)).toEqual(['丙区', '甲区', '乙区']);
    expect(order('rank', true)).toEqual(['丙区', '甲区', '乙区']);
    expect(order('district', false)).toEqual(['丙区', '甲区', '乙区']);
    expect(order('district', true)).toEqual(['乙区', '甲区', '丙区']);
  });

  it('printed: no printed totals, so every row is missing one and rank order stays', () => {
    expect(order('published', true)).toEqual(['甲区', '乙区', '丙区']);
  });
});

describe('nextSort', () => {
  it('a header click sorts highest first, then lowest first, then back to the default', () => {
    const first = nextSort(null, 'type:铁路沿线', true);
    expect(first).toEqual({ column: 'type:铁路沿线', desc: true });
    const second = nextSort(first, 'type:铁路沿线', true);
    expect(second).toEqual({ column: 'type:铁路沿线', desc: false });
    expect(nextSort(second, 'type:铁路沿线', true)).toBeNull();
  });

  it('clicking rank from the default order (rank ascending) shows the lowest rank first', () => {
    expect(nextSort(null, 'rank', false)).toEqual({ column: 'rank', desc: true });
    expect(nextSort({ column: 'rank', desc: true }, 'rank', false)).toBeNull();
  });
});
