// The site-type filter over every view: which site types count, folded on a phone so that the table is on the
// first screen, with its count in the summary.

import { useState } from 'react';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { displayName } from '../i18n/names';
import { FOLDED_FILTER_QUERY } from '../store/firstScreen';
import { selectSelectedSiteTypes } from '../store/selectors';
import { useDashboard } from '../store/store';
import { useTranslate } from './useTranslate';

/** The filter over the active period's site types (`siteTypeNames`, in their printed order). */
export function SiteTypeFilter({ siteTypeNames }: { siteTypeNames: readonly string[] }) {
  const language = useDashboard((s) => s.language);
  // The selection as the views read it: names the active period lacks are not counted as chosen.
  const selectedSiteTypes = useDashboard(selectSelectedSiteTypes);
  const toggleSiteType = useDashboard((s) => s.toggleSiteType);
  const selectAll = useDashboard((s) => s.selectAllSiteTypes);
  const clearAll = useDashboard((s) => s.clearSiteTypes);
  // On a phone the filter starts folded, so that the table is on the first screen.
  const [filterOpen] = useState(() => typeof window === 'undefined' || !window.matchMedia(FOLDED_FILTER_QUERY).matches);
  const selected = new Set(selectedSiteTypes.map((s) => s.name));
  const t = useTranslate();
  return (
    <details className="filter-panel" open={filterOpen}>
      <summary>
        {t('filterLegend')} · {t('filterSummary', { count: selected.size, total: siteTypeNames.length })}
      </summary>
      <CheckboxGroup
        legend={t('filterLegend')}
        options={siteTypeNames.map((name) => ({ value: name, label: displayName(name, language) }))}
        selected={selected}
        onToggle={(name) => {
          toggleSiteType(name, siteTypeNames);
        }}
        onAll={selectAll}
        onNone={clearAll}
        allLabel={t('filterAll')}
        noneLabel={t('filterNone')}
      />
    </details>
  );
}
