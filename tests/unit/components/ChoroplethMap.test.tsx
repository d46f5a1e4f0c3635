// A label moved off its district (a neighbour's label stood there) stands over another fill or the page: its halo
// keeps its ink readable on whatever lies under it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChoroplethMap, type MapDistrict } from '../../../src/components/ChoroplethMap';
import { contrastRatio } from '../../../src/components/palette';

const square = (x: number, y: number) => `M${String(x)},${String(y)}h100v100h-100Z`;

function district(name: string, fill: string, ink: string): MapDistrict {
  return { name, label: name, figure: '78.8', fill, ink, spoken: name };
}

describe('map labels', () => {
  it('a label moved off its seat has a halo of the other ink (≥ 4.5:1 against its own); one at its seat needs none', () => {
    // Two seats a few units apart: one of the two labels is moved.
    const units = [
      { name: '甲区', d: square(0, 0), x: 100, y: 100 },
      { name: '乙区', d: square(100, 0), x: 102, y: 104 },
      { name: '丙区', d: square(300, 300), x: 350, y: 350 },
    ];
    for (const ink of ['#1a1a1a', '#ffffff']) {
      const districts = new Map(units.map((u) => [u.name, district(u.name, ink === '#ffffff' ? '#084594' : '#eff3ff', ink)]));
      const svg = renderToStaticMarkup(
        <ChoroplethMap
          frame={{ x: 0, y: 0, width: 400, height: 400 }}
          units={units}
          districts={districts}
          highlighted={undefined}
          title="t"
          onOpen={() => undefined}
        />,
      );
      const labels = [...svg.matchAll(/<text[^>]*text-anchor="middle"[^>]*>/g)].map((m) => m[0]);
      const haloed = labels.filter((tag) => tag.includes('paint-order="stroke"'));
      // The two crowded labels are moved apart; 丙区's, alone at its seat, is not.
      expect(labels).toHaveLength(3);
      expect(haloed.length).toBeGreaterThanOrEqual(1);
      expect(labels[2]).not.toContain('paint-order');
      for (const tag of haloed) expect(contrastRatio(/stroke="([^"]+)"/.exec(tag)?.[1] ?? '', ink)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
