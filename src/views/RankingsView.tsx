// The rankings screen: the sortable table over the selected site types, with its notes and tint legend.

import { RankingsTable } from '../components/RankingsTable';
import { TintLegend } from '../components/TintLegend';
import { formatList } from '../i18n/format';
import { displayName } from '../i18n/names';
import { selectStandings } from '../store/selectors';
import { useDashboard } from '../store/store';
import { useTranslate } from './useDashboard';

export function RankingsView() {
  const standings = useDashboard(selectStandings);
  const sort = useDashboard((s) => s.sort);
  const cycleSort = useDashboard((s) => s.cycleSort);
  const resetSort = useDashboard((s) => s.resetSort);
  const language = useDashboard((s) => s.language);
  const t = useTranslate();
  if (!standings) return null;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;
  const names = standings.siteTypes.map((s) => displayName(s.name, language));
  const scope = standings.isFullSelection
    ? t('scopeAll', { count: names.length })
    : t('scopeSome', { count: names.length, names: formatList(names, language) });
  return (
    <section aria-labelledby="rankings-heading">
      <h2 id="rankings-heading" className="visually-hidden">
        {t('viewRankings')}
      </h2>
      {!standings.isFullSelection && <p className="note">{t('subsetNote')}</p>}
      <RankingsTable standings={standings} sort={sort} onSort={cycleSort} language={language} caption={t('rankingsCaption', { scope })} />
      <div className="table-footer">
        <TintLegend title={t('tintLegend')} bandLabel={(from, to) => t('tintBand', { from, to })} />
        {sort && (
          <button type="button" className="link-button" onClick={resetSort}>
            {t('resetSort')}
          </button>
        )}
      </div>
    </section>
  );
}
