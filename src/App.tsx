// The dashboard shell: header with source, the site-type filter over every view, view tabs and panels.

import { lazy, Suspense, useState } from 'react';
import { CheckboxGroup } from './components/CheckboxGroup';
import { CopyButton } from './components/CopyButton';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LanguageSwitch } from './components/LanguageSwitch';
import { panelId, tabId, ViewTabs } from './components/ViewTabs';
import { loadLanguage } from './i18n/messages';
import { displayName, LANGUAGES } from './i18n/names';
import { selectActive, selectOrderedInspections, selectSelectedSiteTypes, selectViewState } from './store/selectors';
import { SelectField } from './components/SelectField';
import { StatusMessages } from './views/StatusMessages';
import { serializeViewState } from './store/viewState';
import { useDashboard } from './store/store';
import { VIEWS, type ViewId } from './store/viewState';
import { RankingsView } from './views/RankingsView';
import { useTranslate } from './views/useTranslate';
import { useDocumentSettings, useUrlSync } from './views/urlSync';
import { THEMES } from './store/preferences';
import { FOLDED_FILTER_QUERY } from './store/firstScreen';

// recharts loads in its own chunk: the rankings table shows before the chart code arrives.
const BarsView = lazy(() => import('./views/BarsView'));
const RadarView = lazy(() => import('./views/RadarView'));
// The other views load on demand too, so that the first screen carries only the rankings.
const SiteTypeView = lazy(() => import('./views/SiteTypeView').then((m) => ({ default: m.SiteTypeView })));
const DistrictView = lazy(() => import('./views/DistrictView').then((m) => ({ default: m.DistrictView })));
const WeightsView = lazy(() => import('./views/WeightsView').then((m) => ({ default: m.WeightsView })));
const TrendView = lazy(() => import('./views/TrendView'));
const ImportDialog = lazy(() => import('./views/ImportDialog').then((m) => ({ default: m.ImportDialog })));
const NotesView = lazy(() => import('./views/NotesView').then((m) => ({ default: m.NotesView })));

const VIEW_LABELS = {
  rankings: 'viewRankings',
  bars: 'viewBars',
  radar: 'viewRadar',
  siteType: 'viewSiteType',
  district: 'viewDistrict',
  weights: 'viewWeights',
  trend: 'viewTrend',
  notes: 'viewNotes',
} as const;
const TABS_ID = 'views';
const TOOLBAR_ID = 'app-toolbar';
const THEME_LABELS = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' } as const;

function LazyView({ view }: { view: Exclude<ViewId, 'rankings'> }) {
  switch (view) {
    case 'bars':
      return <BarsView />;
    case 'radar':
      return <RadarView />;
    case 'siteType':
      return <SiteTypeView />;
    case 'district':
      return <DistrictView />;
    case 'weights':
      return <WeightsView />;
    case 'trend':
      return <TrendView />;
    case 'notes':
      return <NotesView />;
  }
}

function ActiveView({ view }: { view: ViewId }) {
  const t = useTranslate();
  if (view === 'rankings') return <RankingsView />;
  return (
    <Suspense fallback={<p className="loading">{t('loadingCharts')}</p>}>
      <LazyView view={view} />
    </Suspense>
  );
}

export function App() {
  const loaded = useDashboard(selectActive);
  const loadErrors = useDashboard((s) => s.loadErrors);
  const view = useDashboard((s) => s.view);
  const setView = useDashboard((s) => s.setView);
  const language = useDashboard((s) => s.language);
  const setLanguage = useDashboard((s) => s.setLanguage);
  const theme = useDashboard((s) => s.theme);
  const setTheme = useDashboard((s) => s.setTheme);
  // The selection as the views read it: names the active period lacks are not counted as chosen.
  const selectedSiteTypes = useDashboard(selectSelectedSiteTypes);
  const toggleSiteType = useDashboard((s) => s.toggleSiteType);
  const selectAll = useDashboard((s) => s.selectAllSiteTypes);
  const clearAll = useDashboard((s) => s.clearSiteTypes);
  const ordered = useDashboard(selectOrderedInspections);
  const setActive = useDashboard((s) => s.setActive);
  const [importOpen, setImportOpen] = useState(false);
  // On a phone the filter starts folded, so that the table is on the first screen.
  const [filterOpen] = useState(
    () => typeof window === 'undefined' || typeof window.matchMedia !== 'function' || !window.matchMedia(FOLDED_FILTER_QUERY).matches,
  );
  const [notice, setNotice] = useState('');
  const [menuOpen, setMenuOpen] = useState(false);
  const t = useTranslate();
  useUrlSync();
  useDocumentSettings(t('appTitle'));

  if (!loaded) {
    return (
      <main id="main">
        <h1>{t('appTitle')}</h1>
        <p role="alert">
          {t('errorTitle')} ({loadErrors.map((f) => f.code).join(', ')})
        </p>
      </main>
    );
  }
  const siteTypeNames = loaded.inspection.siteTypes.map((s) => s.name);
  const selected = new Set(selectedSiteTypes.map((s) => s.name));

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="title-block">
          <h1>{t('appTitle')}</h1>
          <p className="subtitle">{t('appSubtitle')}</p>
          <p className="source">
            {t('source', { publication: loaded.source.publication[language] })} ·{' '}
            {t('period', { period: loaded.source.periodLabel[language] })}
          </p>
        </div>
        {/* On a phone the tools fold behind this button (styles/header.css); wider screens show them in one row. */}
        <button
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={TOOLBAR_ID}
          onClick={() => {
            setMenuOpen(!menuOpen);
          }}
        >
          {t('menuOpen')}
        </button>
        <div id={TOOLBAR_ID} className={menuOpen ? 'toolbar open' : 'toolbar'} role="group" aria-label={t('toolsLabel')}>
          <SelectField
            label={t('periodPicker')}
            value={loaded.id}
            options={ordered.map((i) => ({ value: i.id, label: i.source.periodLabel[language] }))}
            onChange={setActive}
          />
          <button
            type="button"
            onClick={() => {
              setImportOpen(true);
            }}
          >
            {t('importOpen')}
          </button>
          <CopyButton
            label={t('copyLink')}
            copiedLabel={t('linkCopied')}
            failedLabel={t('copyFailed')}
            text={() =>
              `${window.location.origin}${window.location.pathname}${serializeViewState(selectViewState(useDashboard.getState()))}`
            }
          />
          <LanguageSwitch
            label={t('languageLabel')}
            languages={LANGUAGES.map((l) => ({ value: l, label: t(l === 'zh' ? 'languageZh' : 'languageEn') }))}
            value={language}
            onChange={(next) => {
              // Switch once the language's strings have loaded, so that no screen shows a mix of languages.
              loadLanguage(next).then(
                () => {
                  setLanguage(next);
                },
                () => {
                  setNotice(t('languageUnavailable'));
                },
              );
            }}
          />
          <SelectField
            label={t('themeLabel')}
            value={theme}
            options={THEMES.map((value) => ({ value, label: t(THEME_LABELS[value]) }))}
            onChange={(value) => {
              setTheme(THEMES.find((x) => x === value) ?? 'auto');
            }}
          />
        </div>
      </header>
      <StatusMessages
        notice={notice}
        onDismissNotice={() => {
          setNotice('');
        }}
      />
      {importOpen && (
        <Suspense fallback={null}>
          <ImportDialog
            open={importOpen}
            onClose={(message) => {
              setImportOpen(false);
              if (message !== undefined) setNotice(message);
            }}
          />
        </Suspense>
      )}
      <main id="main" tabIndex={-1}>
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
        <nav aria-label={t('viewsLabel')}>
          <ViewTabs
            label={t('viewsLabel')}
            idPrefix={TABS_ID}
            tabs={VIEWS.map((id) => ({ id, label: t(VIEW_LABELS[id]) }))}
            active={view}
            onSelect={setView}
          />
        </nav>
        <div role="tabpanel" id={panelId(TABS_ID, view)} aria-labelledby={tabId(TABS_ID, view)} className="view-panel">
          <ErrorBoundary resetKey={`${view}:${loaded.id}`} title={t('viewFailed')} retryLabel={t('retry')}>
            <ActiveView view={view} />
          </ErrorBoundary>
        </div>
      </main>
    </>
  );
}
