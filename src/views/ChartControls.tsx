// A chart view's controls (form, order, highlight, the radar's choices). In an embed they fold behind one 设置
// button, so that an article shows its chart first rather than a row of fields.

import type { ReactNode } from 'react';
import { useDashboard } from '../store/store';
import { useViewTranslate } from './useViewTranslate';

export function ChartControls({ children }: { children: ReactNode }) {
  const embed = useDashboard((s) => s.embed);
  const t = useViewTranslate();
  if (!embed) return <div className="chart-controls">{children}</div>;
  return (
    <details className="embed-settings">
      <summary>{t('chartSettings')}</summary>
      <div className="chart-controls">{children}</div>
    </details>
  );
}
