// The rankings screen: the written summary, the sortable table over the selected site types, its notes and tint legend.

import { RankingsTable } from '../components/RankingsTable';
import { SummaryBlock } from '../components/SummaryBlock';
import { TintLegend } from '../components/TintLegend';
import { writeSummary } from '../i18n/summary';
import { selectStandings, selectSummaryFacts, selectViewState } from '../store/selectors';
import { useDashboard } from '../store/store';
import { serializeViewState } from '../store/viewState';
import { useScopeLabel, useTranslate } from './useDashboard';

export function RankingsView() {
  const standings = useDashboard(selectStandings);
  const facts = useDashboard(selectSummaryFacts);
  const sort = useDashboard((s) => s.sort);
  const cycleSort = useDashboard((s) => s.cycleSort);
  const resetSort = useDashboard((s) => s.resetSort);
  const openDistrict = useDashboard((s) => s.openDistrict);
  const language = useDashboard((s) => s.language);
  const scope = useScopeLabel();
  const t = useTranslate();
  if (!standings) return null;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;
  // A real link, so that it can be opened in a new tab or copied; a plain click opens the card in place.
  const districtHref = (district: string) =>
    serializeViewState({ ...selectViewState(useDashboard.getState()), view: 'district', district }) || '?';
  return (
    <section aria-labelledby="rankings-heading">
      <h2 id="rankings-heading" className="visually-hidden">
        {t('viewRankings')}
      </h2>
      {facts && (
        <SummaryBlock
          title={t('summaryTitle')}
          sentences={writeSummary(facts, language, scope)}
          copyLabel={t('copySummary')}
          copiedLabel={t('copied')}
          copyFailedLabel={t('copyFailed')}
        />
      )}
      {!standings.isFullSelection && <p className="note">{t('subsetNote')}</p>}
      <RankingsTable
        standings={standings}
        sort={sort}
        onSort={cycleSort}
        language={language}
        caption={t('rankingsCaption', { scope })}
        districtHref={districtHref}
        onDistrictOpen={openDistrict}
      />
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
