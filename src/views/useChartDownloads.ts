// Download handlers for the chart views: PNG and SVG with the chart's title (with the view, the site types it
// covers and the period, so that an image passed on says what it shows), legend and the data's source drawn in.

import { selectActive } from '../store/selectors';
import { useDashboard } from '../store/store';
import { fileSafe, saveChart, type ExportLegendItem } from './downloads';
import { VIEW_LABELS } from './viewLabels';
import { useScopeLabel } from './useScopeLabel';
import { useViewTranslate } from './useViewTranslate';

/** Download handlers for a chart: its title, its legend (the series shown) and the data's source are drawn into the image. */
export function useChartDownloads(slug: string, title: string, legend: readonly ExportLegendItem[], credit?: string) {
  const loaded = useDashboard(selectActive);
  const language = useDashboard((s) => s.language);
  const view = useDashboard((s) => s.view);
  const scope = useScopeLabel();
  const t = useViewTranslate();
  if (!loaded) return undefined;
  const heading = t('chartExportTitle', { view: t(VIEW_LABELS[view]), title, scope, period: loaded.source.periodLabel[language] });
  const printed = t('sourceLine', { publication: loaded.source.publication[language], period: loaded.source.periodLabel[language] });
  // A credit the drawing owes (the map's boundaries) follows the source of the figures.
  const sourceLine = credit === undefined ? printed : `${printed} ${credit}`;
  return {
    pngLabel: t('downloadPng'),
    svgLabel: t('downloadSvg'),
    failedLabel: t('downloadFailed'),
    onDownload: (kind: 'png' | 'svg', chart: SVGSVGElement) =>
      saveChart(chart, kind, heading, sourceLine, `taiyuan-inspection-${fileSafe(loaded.id)}-${slug}`, legend),
  };
}
