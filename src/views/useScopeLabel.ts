// The scope of a caption: "all 10 site types" or "2 selected site types: …", from the site-type filter.

import { formatList } from '../i18n/format';
import { displayName } from '../i18n/names';
import { selectActive, selectSelectedSiteTypes } from '../store/selectors';
import { useDashboard } from '../store/store';
import { useTranslate } from './useTranslate';

export function useScopeLabel(): string {
  const siteTypes = useDashboard(selectSelectedSiteTypes);
  const total = useDashboard((s) => selectActive(s)?.inspection.siteTypes.length ?? 0);
  const language = useDashboard((s) => s.language);
  const t = useTranslate();
  const names = siteTypes.map((s) => displayName(s.name, language));
  return siteTypes.length === total
    ? t('scopeAll', { count: total })
    : t('scopeSome', { count: names.length, names: formatList(names, language) });
}
