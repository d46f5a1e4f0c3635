// Names are data, never keys of plain objects: districts and site types named __proto__, constructor, toString
// or hasOwnProperty import, translate, chart, weigh and link like any other name.
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/data/importText';
import type { Inspection } from '../../../src/data/types';
import { englishNames } from '../../../src/i18n/names.en';
import { displayName, registerNames } from '../../../src/i18n/names';
import { indexScores } from '../../../src/model/scores';
import { dotPlotRows, groupedBarSeries, radarSeries } from '../../../src/model/series';
import { computeStandings } from '../../../src/model/standings';
import { trendSeries } from '../../../src/model/trend';
import { parseViewState, serializeViewState, DEFAULT_VIEW_STATE } from '../../../src/store/viewState';

const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

function hostileInspection(): Inspection {
  // Long-form CSV (district, site type, score, max): every name a key of Object.prototype. Invented figures.
  const rows = ['district,site type,score,max'];
  HOSTILE.forEach((district, d) => {
    for (const siteType of ['__proto__', 'valueOf']) rows.push(`${district},${siteType},${String(80 - d * 5)},100`);
  });
  const { result } = importText(rows.join('\n'));
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.inspection;
}

describe('names that are keys of Object.prototype', () => {
  it('import as four districts and two site types with their scores', () => {
    const inspection = hostileInspection();
    expect(inspection.districts).toEqual(HOSTILE);
    expect(inspection.siteTypes.map((s) => s.name)).toEqual(['__proto__', 'valueOf']);
    const standings = computeStandings(indexScores(inspection), inspection.siteTypes);
    expect(standings.rows.map((r) => [r.district, r.total])).toEqual([
      ['__proto__', 160],
      ['constructor', 150],
      ['toString', 140],
      ['hasOwnProperty', 130],
    ]);
  });

  it('show as themselves in English (no object, no function in their place)', () => {
    registerNames('en', englishNames);
    for (const name of [...HOSTILE, 'valueOf']) expect(displayName(name, 'en')).toBe(name);
    expect(displayName('杏花岭区', 'en')).toBe('Xinghualing');
  });

  it('keep their values in every chart series (the dot plot drew __proto__ at 0)', () => {
    const inspection = hostileInspection();
    const standings = computeStandings(indexScores(inspection), inspection.siteTypes);
    const grouped = groupedBarSeries(standings, HOSTILE);
    expect(HOSTILE.map((d) => grouped[0]?.values[d])).toEqual([80, 75, 70, 65]);
    const dots = dotPlotRows(grouped, 'city').find((row) => row.siteType === '__proto__');
    expect(HOSTILE.map((d) => dots?.values[d])).toEqual([80, 75, 70, 65]);
    expect([dots?.low, dots?.high]).toEqual([65, 80]);
    const radar = radarSeries(standings, HOSTILE);
    expect(HOSTILE.map((d) => radar.points[1]?.scores[d])).toEqual([80, 75, 70, 65]);
    const trend = trendSeries([{ id: 'a', period: '2025-01', inspection }], 'all', 'total');
    expect(HOSTILE.map((d) => trend.points[0]?.values[d])).toEqual([160, 150, 140, 130]);
    expect(HOSTILE.map((d) => trend.points[0]?.ranks[d])).toEqual([1, 2, 3, 4]);
  });

  it('keep their weight through a link (a weight for __proto__ was dropped)', () => {
    const context = { siteTypes: ['__proto__', 'valueOf'], districts: HOSTILE, periods: [] };
    const state = parseViewState('?w=__proto__:2&w=valueOf:0.5', context);
    expect(Object.entries(state.weights)).toEqual([
      ['__proto__', 2],
      ['valueOf', 0.5],
    ]);
    expect(parseViewState(serializeViewState(state), context).weights).toEqual(state.weights);
    expect(DEFAULT_VIEW_STATE.weights).toEqual({});
  });
});
