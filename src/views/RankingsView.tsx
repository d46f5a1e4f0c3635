// The rankings screen: the written summary, the sortable table over the selected site types, its notes and tint legend.

import { useState } from 'react';
import { RankingsTable } from '../components/RankingsTable';
import { SummaryBlock } from '../components/SummaryBlock';
import { TintLegend } from '../components/TintLegend';
import { writeSummary } from '../i18n/summary';
import { compareNames } from '../i18n/collate';
import { totalNotes } from '../model/totalNotes';
import { displayName, entityKindName } from '../i18n/names';
import {
  selectActive,
  selectPeriodRankChanges,
  selectPreviousInspection,
  selectStandings,
  selectSummaryFacts,
  selectViewState,
  selectScoreDigits,
  selectEntityKind,
} from '../store/selectors';
import { FIRST_SCREEN_END_ID } from '../store/firstScreen';
import { useDashboard } from '../store/store';
import { serializeViewState } from '../store/viewState';
import { useScopeLabel } from './useScopeLabel';
import { useTranslate } from './useTranslate';

export function RankingsView() {
  const standings = useDashboard(selectStandings);
  const facts = useDashboard(selectSummaryFacts);
  const loaded = useDashboard(selectActive);
  const changes = useDashboard(selectPeriodRankChanges);
  const previous = useDashboard(selectPreviousInspection);
  const sort = useDashboard((s) => s.sort);
  const setSort = useDashboard((s) => s.setSort);
  const resetSort = useDashboard((s) => s.resetSort);
  const openDistrict = useDashboard((s) => s.openDistrict);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const scope = useScopeLabel();
  const t = useTranslate();
  const rowsKind = useDashboard(selectEntityKind);
  const entityKind = entityKindName(rowsKind, language);
  const [downloadFailed, setDownloadFailed] = useState(false);
  if (!standings || !loaded) return null;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;
  // A real link, so that it can be opened in a new tab or copied; a plain click opens the card in place.
  const districtHref = (district: string) =>
    serializeViewState({ ...selectViewState(useDashboard.getState()), view: 'district', district }) || '?';
  const changeLabel = (change: number) =>
    change > 0 ? t('rankUp', { n: change }) : change < 0 ? t('rankDown', { n: -change }) : t('rankSame');
  // The download code loads on the first click; if it cannot be loaded, the buttons say so.
  const download = (save: (module: typeof import('./rankingsDownloads')) => void) => {
    import('./rankingsDownloads').then(
      (module) => {
        setDownloadFailed(false);
        save(module);
      },
      () => {
        setDownloadFailed(true);
      },
    );
  };
  const downloadCsv = () => {
    download((module) => {
      module.saveRankingsCsv(
        loaded,
        standings,
        sort,
        {
          rank: t('columnRank'),
          district: t('columnDistrict', { kind: entityKind }),
          total: t('columnTotal', { count: standings.siteTypes.length }),
          published: t('columnPublished'),
          change: t('rankChangeColumn'),
          city: t('cityAverage'),
          name: (printed) => displayName(printed, language),
          compare: compareNames(language),
        },
        changes,
      );
    });
  };
  const downloadJson = () => {
    download((module) => {
      module.saveInspectionJson(loaded, language);
    });
  };
  return (
    <section aria-labelledby="rankings-heading">
      <h2 id="rankings-heading" className="visually-hidden">
        {t('viewRankings')}
      </h2>
      {facts && (
        <SummaryBlock
          title={t('summaryTitle')}
          sentences={writeSummary(facts, language, scope, digits)}
          copyLabel={t('copySummary')}
          copiedLabel={t('copied')}
          copyFailedLabel={t('copyFailed')}
        />
      )}
      {!standings.isFullSelection && <p className="note">{t('subsetNote')}</p>}
      <RankingsTable
        standings={standings}
        sort={sort}
        onSortChange={setSort}
        language={language}
        digits={digits}
        totalNotes={totalNotes(loaded.findings)}
        caption={t('rankingsCaption', { scope, kind: entityKind })}
        entityKind={rowsKind}
        districtHref={districtHref}
        onDistrictOpen={openDistrict}
        {...(changes && previous ? { rankChanges: changes, changeHeader: t('rankChangeColumn'), changeLabel } : {})}
      />
      {changes && previous && <p className="note">{t('rankChangeTitle', { period: previous.source.periodLabel[language] })}</p>}
      <div className="downloads" role="group" aria-label={t('downloadsLabel')}>
        <button type="button" onClick={downloadCsv}>
          {t('downloadCsv')}
        </button>
        <button type="button" onClick={downloadJson}>
          {t('downloadJson')}
        </button>
        <span role="status" className="copy-status">
          {downloadFailed ? t('downloadUnavailable') : ''}
        </span>
      </div>
      <div className="table-footer" id={FIRST_SCREEN_END_ID}>
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
