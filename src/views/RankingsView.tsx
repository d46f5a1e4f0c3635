// The rankings screen: the written summary, the sortable table over the selected site types, its notes and tint legend.

import { lazy, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { RankingsTable } from '../components/RankingsTable';
import type { RankChange } from '../model/rankChanges';
import { TintLegend } from '../components/TintLegend';
import { totalNotes } from '../model/totalNotes';
import { displayName, entityKindName } from '../i18n/names';
import {
  selectActive,
  selectPreviousInspection,
  selectRankChangeBasis,
  selectStandings,
  selectViewState,
  selectScoreDigits,
  selectEntityKind,
} from '../store/selectors';
import type { RankChangeBasis } from '../store/selectors';
import { useDashboard } from '../store/store';
import { serializeViewState } from '../store/viewState';
import { useScopeLabel } from './useScopeLabel';
import { useNarrowScreen } from './useNarrowScreen';
import { useTranslate, type Translate } from './useTranslate';

// The summary (below the table) and the phone's ranked list load as chunks of their own, right after the first
// screen's code: the prerendered page holds their HTML, which React keeps until their code arrives. The list
// reads without script; a row's scores and report link are drawn when it is opened, once its code is there.
const RankingsSummary = lazy(() => import('./RankingsSummary'));
const RankingsHeadline = lazy(() => import('./RankingsSummary').then((m) => ({ default: m.RankingsHeadline })));
const RankedList = lazy(() => import('../components/RankedList').then((m) => ({ default: m.RankedList })));

// A real link, so that it can be opened in a new tab or copied; a plain click opens the card in place.
function districtHref(district: string): string {
  return serializeViewState({ ...selectViewState(useDashboard.getState()), view: 'district', district }) || '?';
}

// Said in full for screen readers: what the change is against (the previous period, or all site types under a filter).
function changeLabel(t: Translate, change: number, basis: RankChangeBasis['basis']): string {
  const words = change > 0 ? t('rankUp', { n: change }) : change < 0 ? t('rankDown', { n: -change }) : t('rankSame');
  return t(basis === 'filter' ? 'rankChangeAgainstAll' : 'rankChangeAgainstPrevious', { change: words });
}

type Standings = NonNullable<ReturnType<typeof selectStandings>>;
type ChangeBasis = ReturnType<typeof selectRankChangeBasis>;
/** The rank changes as the table and the list both take them. */
interface WithChanges {
  rankChanges?: ReadonlyMap<string, RankChange>;
  changeLabel?: (change: number) => string;
  newLabel?: string;
}

/** The phone's ranked list, the same element while its input is the same (memoized on it). */
function useRankedList(listKept: boolean, standings: Standings | undefined, withChanges: WithChanges) {
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const openDistrict = useDashboard((s) => s.openDistrict);
  const t = useTranslate();
  return useMemo(
    () =>
      listKept &&
      standings && (
        <Suspense fallback={null}>
          <RankedList
            standings={standings}
            language={language}
            digits={digits}
            labelledBy="ranked-list-caption"
            labels={{
              tie: t('tieMark'),
              total: t('total'),
              report: t('viewDistrict'),
              city:
                standings.city.name !== undefined
                  ? t('cityRow', { city: displayName(standings.city.name, language) })
                  : t('cityRowUnnamed'),
            }}
            districtHref={districtHref}
            onDistrictOpen={openDistrict}
            cityTotal={standings.city.total}
            {...withChanges}
          />
        </Suspense>
      ),
    [listKept, standings, language, digits, t, openDistrict, withChanges],
  );
}

/** The rank changes as the table and the list take them: the same object while the basis is the same. */
function useChangeProps(changeBasis: ChangeBasis): WithChanges {
  const t = useTranslate();
  return useMemo(
    () =>
      changeBasis
        ? {
            rankChanges: changeBasis.changes,
            changeLabel: (change: number) => changeLabel(t, change, changeBasis.basis),
            ...(changeBasis.basis === 'period' ? { newLabel: t('rankNew') } : {}),
          }
        : {},
    [changeBasis, t],
  );
}

/**
 * The summary and the headline, each the same element while its input is the same: until its code has arrived, each
 * is the prerendered HTML, which React would replace (an empty frame, a shift) if it were rendered again first.
 */
function useSummaryElements(scope: string) {
  const summary = useMemo(
    () => (
      <Suspense fallback={null}>
        <RankingsSummary scope={scope} />
      </Suspense>
    ),
    [scope],
  );
  const headline = useMemo(
    () => (
      <Suspense fallback={null}>
        <RankingsHeadline />
      </Suspense>
    ),
    [],
  );
  return { summary, headline };
}

interface RankingsDownloadsProps {
  loaded: NonNullable<ReturnType<typeof selectActive>>;
  standings: Standings;
  sort: ReturnType<typeof useDashboard.getState>['sort'];
  entityKind: string;
  changeBasis: ChangeBasis;
}

/** The table as CSV and the month as JSON; their code loads on the first click, and the buttons say if it cannot. */
function RankingsDownloads({ loaded, standings, sort, entityKind, changeBasis }: RankingsDownloadsProps) {
  const language = useDashboard((s) => s.language);
  const t = useTranslate();
  const [downloadFailed, setDownloadFailed] = useState(false);
  const download = (save: (module: typeof import('./rankingsDownloads')) => void) => {
    import('./rankingsDownloads').then(
      (module) => {
        setDownloadFailed(false);
        save(module);
      },
      () => setDownloadFailed(true),
    );
  };
  const downloadCsv = () =>
    download((module) => {
      const labels = module.exportLabels(t, language, entityKind, standings.siteTypes.length, changeBasis?.basis);
      module.saveRankingsCsv(loaded, standings, sort, labels, changeBasis?.changes);
    });
  return (
    <div className="downloads" role="group" aria-label={t('downloadsLabel')}>
      <button type="button" onClick={downloadCsv}>
        {t('downloadCsv')}
      </button>
      <button type="button" onClick={() => download((module) => module.saveInspectionJson(loaded, language))}>
        {t('downloadJson')}
      </button>
      <span role="status" className="copy-status">
        {downloadFailed ? t('downloadUnavailable') : ''}
      </span>
    </div>
  );
}

export function RankingsView() {
  const standings = useDashboard(selectStandings);
  const loaded = useDashboard(selectActive);
  const changeBasis = useDashboard(selectRankChangeBasis);
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
  // On a phone the ranked list stands for the table; the whole table is one tap away. Wider screens show the table only.
  const [fullTable, setFullTable] = useState(false);
  // Deferred: right after hydration on a wide screen, the screen's answer comes in a synchronous render, which then
  // only draws this component again (the list and the table are memoized) and leaves the list's removal to a later,
  // interruptible render. Drawing the table again in that render was a long task of the load (50-80 ms at CPU ×4).
  const listKept = useDeferredValue(useNarrowScreen());
  // Props of the memoized table that stay the same objects while their input does (see RankingsTable).
  const notes = useMemo(() => loaded && totalNotes(loaded.findings), [loaded]);
  const withChanges = useChangeProps(changeBasis);
  const { summary, headline } = useSummaryElements(scope);
  // The list, made again only when what it shows changes: a sort of the table (the rank order stays) skips it.
  // A wide screen never shows it, and drops it once the page is live.
  const list = useRankedList(listKept, standings, withChanges);
  if (!standings || !loaded) return null;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;
  const caption = t('rankingsCaption', { scope, kind: entityKind });
  return (
    <section aria-labelledby="rankings-heading" className={fullTable ? 'rankings full-table' : 'rankings'}>
      <h2 id="rankings-heading" className="visually-hidden">
        {t('viewRankings')}
      </h2>
      {headline}
      <div className="ranked-view">
        <p id="ranked-list-caption" className="ranked-caption">
          {caption}
        </p>
        {list}
      </div>
      <button
        type="button"
        className="list-table-switch"
        onClick={() => {
          setFullTable(!fullTable);
        }}
      >
        {fullTable ? t('showRankedList') : t('showFullTable')}
      </button>
      {!standings.isFullSelection && <p className="note">{t('subsetNote')}</p>}
      <RankingsTable
        standings={standings}
        sort={sort}
        onSortChange={setSort}
        language={language}
        digits={digits}
        totalNotes={notes}
        caption={caption}
        entityKind={rowsKind}
        districtHref={districtHref}
        onDistrictOpen={openDistrict}
        {...(changeBasis ? { changeHeader: t(changeBasis.basis === 'filter' ? 'rankChangeColumnAll' : 'rankChangeColumn') } : {})}
        {...withChanges}
      />
      {changeBasis?.basis === 'filter' && <p className="note">{t('rankChangeTitleAll', { count: loaded.inspection.siteTypes.length })}</p>}
      {changeBasis?.basis === 'period' && previous && (
        <p className="note">{t('rankChangeTitle', { period: previous.source.periodLabel[language] })}</p>
      )}
      <div className="table-footer">
        <TintLegend title={t('tintLegend')} bandLabel={(from, to) => t('tintBand', { from, to })} />
        {sort && (
          <button type="button" className="link-button" onClick={resetSort}>
            {t('resetSort')}
          </button>
        )}
      </div>
      {summary}
      <RankingsDownloads loaded={loaded} standings={standings} sort={sort} entityKind={entityKind} changeBasis={changeBasis} />
    </section>
  );
}
