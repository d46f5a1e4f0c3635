// What every chart legend does, wired to the store: a chip highlights its district (the one highlight links carry,
// hl=), the checkboxes under it show or hide series, and its words are the view's language.

import type { SeriesLegendProps } from '../components/SeriesLegend';
import { useDashboard } from '../store/store';
import { useViewTranslate } from './useViewTranslate';

export type LegendControls = Omit<SeriesLegendProps, 'items' | 'highlighted'> & { highlighted: string | undefined };

export function useLegendControls(): LegendControls {
  const t = useViewTranslate();
  return {
    highlighted: useDashboard((s) => s.highlight),
    onHighlight: useDashboard((s) => s.setHighlight),
    onToggle: useDashboard((s) => s.toggleSeries),
    highlightLabel: (name) => t('legendHighlight', { name }),
    visibilityLabel: (shown, count) => t('legendVisibility', { shown, count }),
    foldLabel: (count) => t('legendFolded', { count }),
  };
}
