// Download handlers for the chart views: PNG and SVG with the chart's title, legend and the data's source drawn in.

import { selectActive } from '../store/selectors';
import { useDashboard } from '../store/store';
import { fileSafe, saveChart, type ExportLegendItem } from './downloads';
import { useViewTranslate } from './useViewTranslate';

/** Download handlers for a chart: its title, its legend (the series shown) and the data's source are drawn into the image. */
export function useChartDownloads(slug: string, title: string, legend: readonly ExportLegendItem[]) {
  const loaded = useDashboard(selectActive);
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  if (!loaded) return undefined;
  const sourceLine = t('sourceLine', { publication: loaded.source.publication[language], period: loaded.source.periodLabel[language] });
  return {
    pngLabel: t('downloadPng'),
    svgLabel: t('downloadSvg'),
    failedLabel: t('downloadFailed'),
    onDownload: (kind: 'png' | 'svg', chart: SVGSVGElement) =>
      saveChart(chart, kind, title, sourceLine, `taiyuan-inspection-${fileSafe(loaded.id)}-${slug}`, legend),
  };
}
