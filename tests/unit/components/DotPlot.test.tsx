// @vitest-environment jsdom
// The dot plot: the seed's six districts as a dot each in every site type; 300 districts as one strip of ticks per
// site type, placed on the same axis, with only the chosen district a dot of its own.
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DotPlot } from '../../../src/components/DotPlot';
import { parseInspection } from '../../../src/data/parseInspection';
import { embeddedText } from '../../../src/data/embedded/source';
import { indexScores } from '../../../src/model/scores';
import { computeStandings } from '../../../src/model/standings';
import { dotPlotRows, dotPlotScale, groupedBarSeries, type DotPlotRow } from '../../../src/model/series';

afterEach(cleanup);

const plot = (rows: DotPlotRow[], names: readonly string[], highlighted: string | undefined) =>
  render(
    <DotPlot
      rows={rows}
      districts={names.map((name) => ({ name, colour: '#0072b2' }))}
      scale={{ lo: 40, hi: 90, step: 10, ticks: [40, 50, 60, 70, 80, 90] }}
      highlighted={highlighted}
      onHighlight={() => undefined}
      language="zh"
      digits={1}
      cityLabel="全市平均"
    />,
  ).container;

describe('DotPlot', () => {
  it('draws the seed as 60 dots; 小店区 on 铁路沿线 at 80.7 on the 40–90 axis', () => {
    const parsed = parseInspection(embeddedText);
    if (!parsed.ok) throw new Error('seed must parse');
    const { inspection } = parsed;
    const rows = dotPlotRows(
      groupedBarSeries(computeStandings(indexScores(inspection), inspection.siteTypes), inspection.districts),
      'city',
    );
    expect(dotPlotScale(rows, 100).lo).toBe(40);
    const container = plot(rows, inspection.districts, undefined);
    expect(container.querySelectorAll('.dot')).toHaveLength(60);
    expect(container.querySelectorAll('.dot-strip')).toHaveLength(0);
    const dot = container.querySelector('[data-site-type="铁路沿线"] .dot[data-district="小店区"]');
    expect(dot?.getAttribute('data-value')).toBe('80.7');
    expect((dot as HTMLElement | null)?.style.left).toBe(`${String(((80.7 - 40) / 50) * 100)}%`);
  });

  it('draws 300 districts as one path per site type, a tick per district at its place; the chosen one a dot', () => {
    const names = Array.from({ length: 300 }, (_, i) => `区${String(i + 1).padStart(3, '0')}`);
    // 区001 scores 40 (the axis's start), 区300 scores 90 (its end), the others between.
    const rows: DotPlotRow[] = [1, 2].map((n) => ({
      siteType: `点位类型${String(n)}`,
      maxScore: 100,
      values: Object.fromEntries(names.map((name, i) => [name, 40 + (50 * i) / 299])),
      city: 65,
      spread: 50,
      low: 40,
      high: 90,
    }));
    const container = plot(rows, names, undefined);
    const paths = [...container.querySelectorAll('.dot-strip path')].map((p) => p.getAttribute('d') ?? '');
    expect(paths).toHaveLength(2);
    const ticks = paths[0]?.match(/M[\d.]+ 7V17/g) ?? [];
    expect(ticks).toHaveLength(300);
    expect(ticks[0]).toBe('M0.0 7V17');
    expect(ticks[299]).toBe('M1000.0 7V17');
    expect(container.querySelectorAll('.dot')).toHaveLength(0);
    cleanup();
    const chosen = plot(rows, names, '区150');
    expect(chosen.querySelectorAll('.dot')).toHaveLength(2);
    expect(chosen.querySelector('.dot')?.getAttribute('data-district')).toBe('区150');
    expect(chosen.querySelector('.dot-strip path')?.getAttribute('d')?.match(/M/g)).toHaveLength(299);
  });
});
