// The radar's stand-in for a reading of fewer than three site types, which no radar can draw (one axis is a line,
// two a segment): the scores as a dot plot, one row per site type, with its data table.

import { useState } from 'react';
import { ChartFigure } from '../components/ChartFigure';
import { DotPlot } from '../components/DotPlot';
import { dotPlotRows, dotPlotScale } from '../model/series';
import { selectScoreDigits } from '../store/selectors';
import { useDashboard } from '../store/store';
import { selectGroupedBars } from '../store/viewSelectors';
import { useDistrictStyle } from './useDistrictStyle';
import { useViewTranslate } from './useViewTranslate';
import { useSiteTypeTable } from './siteTypeTable';

export function FewSiteTypesChart({ districts }: { districts: readonly string[] }) {
  const groups = useDashboard(selectGroupedBars);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const highlighted = useDashboard((s) => s.highlight);
  // Pointing at a dot highlights its district while the pointer stays, as on the comparison screen.
  const [pointed, setPointed] = useState<string | undefined>();
  const styleOf = useDistrictStyle();
  const t = useViewTranslate();
  const rows = dotPlotRows(groups, 'city');
  const scale = dotPlotScale(rows, Math.max(0, ...groups.map((g) => g.maxScore)));
  const cityLabel = t('cityAverage');
  const title = t('dotPlotTitle');
  const table = useSiteTypeTable(districts);
  return (
    <ChartFigure
      title={title}
      description={t('radarFewSiteTypes', { count: groups.length })}
      chart={
        <DotPlot
          rows={rows}
          districts={districts.map((d) => ({ name: d, colour: styleOf(d).colour }))}
          scale={scale}
          highlighted={[pointed, highlighted].find((d) => d !== undefined && districts.includes(d))}
          onHighlight={setPointed}
          language={language}
          digits={digits}
          cityLabel={cityLabel}
        />
      }
      showTableLabel={t('showTable')}
      hideTableLabel={t('hideTable')}
      table={table(title, rows)}
    />
  );
}
