// The dashboard shell: header with source, the site-type filter over every view, view tabs and panels.

import { lazy, Suspense, useState } from 'react';
import { CheckboxGroup } from './components/CheckboxGroup';
import { CopyButton } from './components/CopyButton';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LanguageSwitch } from './components/LanguageSwitch';
import { panelId, tabId, ViewTabs } from './components/ViewTabs';
import { loadLanguage } from './i18n/messages';
import { displayName, LANGUAGES, type Language } from './i18n/names';
import type { LoadedInspection } from './store/importsSlice';
import { selectActive, selectOrderedInspections, selectSelectedSiteTypes, selectSeriesKeys } from './store/selectors';
import { seriesTitleOf, useSeriesTitle } from './views/useSeriesTitle';
import { useStatusNotice } from './views/useStatusNotice';
import { SelectField } from './components/SelectField';
import { StatusMessages } from './views/StatusMessages';
import { useDashboard } from './store/store';
import { VIEWS } from './store/viewState';
import { ActiveView } from './views/ActiveView';
import { preloadView } from './views/viewModules';
import { VIEW_LABELS } from './views/viewLabels';
import { useTranslate, type Translate } from './views/useTranslate';
import { useDocumentSettings, useUrlSync } from './views/urlSync';
import { THEMES } from './store/preferences';
import { FOLDED_FILTER_QUERY } from './store/firstScreen';

const ImportDialog = lazy(() => import('./views/ImportDialog').then((m) => ({ default: m.ImportDialog })));
const UpdateBanner = lazy(() => import('./views/UpdateBanner'));
const EmbedDialog = lazy(() => import('./views/EmbedDialog').then((m) => ({ default: m.EmbedDialog })));
// A view inside another page (embed=1): the view alone, with its title, source and a link to the dashboard.
const EmbeddedView = lazy(() => import('./views/EmbeddedView').then((m) => ({ default: m.EmbeddedView })));

const TABS_ID = 'views';
const TOOLBAR_ID = 'app-toolbar';
const THEME_LABELS = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' } as const;

export function App() {
  const loaded = useDashboard(selectActive);
  const loadErrors = useDashboard((s) => s.loadErrors);
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
  const [filterOpen] = useState(() => typeof window === 'undefined' || !window.matchMedia(FOLDED_FILTER_QUERY).matches);
  const [notice, setNotice] = useStatusNotice();
  const [menuOpen, setMenuOpen] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const embed = useDashboard((s) => s.embed);
  const updateAvailable = useDashboard((s) => s.updateAvailable);
  const t = useTranslate();
  const title = useSeriesTitle();
  const seriesKeys = useDashboard(selectSeriesKeys);
  useUrlSync();
  useDocumentSettings(title);

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
  if (embed) {
    return (
      <Suspense fallback={null}>
        <EmbeddedView />
      </Suspense>
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
          <h1>{title}</h1>
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
        {/* Escape folds the open menu and gives the focus back to its button, as a disclosure does. */}
        <div
          id={TOOLBAR_ID}
          className={menuOpen ? 'toolbar open' : 'toolbar'}
          role="group"
          aria-label={t('toolsLabel')}
          onKeyDown={(event) => {
            if (event.key !== 'Escape' || !menuOpen) return;
            setMenuOpen(false);
            document.querySelector<HTMLElement>('.menu-toggle')?.focus();
          }}
        >
          <SelectField
            label={t('periodPicker')}
            value={loaded.id}
            options={periodOptions(ordered, seriesKeys, language, t)}
            onChange={setActive}
          />
          <button
            type="button"
            onClick={() => {
              // The dialog takes the screen; the menu is folded behind it, not left open after the import.
              setMenuOpen(false);
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
              import('./views/copyLink').then((module) =>
                module.copyLinkText(useDashboard.getState(), `${window.location.origin}${window.location.pathname}`),
              )
            }
          />
          <button
            type="button"
            onClick={() => {
              setEmbedOpen(true);
            }}
          >
            {t('embedOpen')}
          </button>
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
      {updateAvailable && (
        <Suspense fallback={null}>
          <UpdateBanner />
        </Suspense>
      )}
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog
            onClose={() => {
              setEmbedOpen(false);
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
        <Views loadedId={loaded.id} />
      </main>
    </>
  );
}

/**
 * The view tabs and the view shown. Apart from App, which does not read the view: a switch draws these alone, not
 * the header and the filter again (React writes every input's name and type again each time it draws it).
 */
function Views({ loadedId }: { loadedId: string }) {
  const view = useDashboard((s) => s.view);
  const setView = useDashboard((s) => s.setView);
  const t = useTranslate();
  return (
    <>
      <nav aria-label={t('viewsLabel')}>
        <ViewTabs
          label={t('viewsLabel')}
          idPrefix={TABS_ID}
          tabs={VIEWS.map((id) => ({ id, label: t(VIEW_LABELS[id]) }))}
          active={view}
          onSelect={setView}
          onIntent={preloadView}
        />
      </nav>
      <div role="tabpanel" id={panelId(TABS_ID, view)} aria-labelledby={tabId(TABS_ID, view)} className="view-panel">
        <ErrorBoundary resetKey={`${view}:${loadedId}`} title={t('viewFailed')} retryLabel={t('retry')}>
          <ActiveView view={view} />
        </ErrorBoundary>
      </div>
    </>
  );
}

/**
 * The period picker's options: each period by its name; with periods of several series, grouped under their series'
 * titles, so that another city's month never reads as Taiyuan's next one.
 */
function periodOptions(ordered: readonly LoadedInspection[], keys: ReadonlyMap<string, string>, language: Language, t: Translate) {
  const several = new Set(keys.values()).size > 1;
  return ordered.map((i) => {
    const option = { value: i.id, label: i.source.periodLabel[language] };
    if (!several) return option;
    const series = ordered.filter((o) => keys.get(o.id) === keys.get(i.id));
    return { ...option, group: seriesTitleOf(series, language, t) };
  });
}
