// The dashboard shell: header with source, the site-type filter over every view, view tabs and panels.

import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary';
import { panelId, tabId, ViewTabs } from './components/ViewTabs';
import { selectActive } from './store/selectors';
import { useSeriesTitle } from './views/useSeriesTitle';
import { useStatusNotice } from './views/useStatusNotice';
import { StatusMessages } from './views/StatusMessages';
import { useDashboard } from './store/store';
import { VIEWS } from './store/viewState';
import { ActiveView } from './views/ActiveView';
import { preloadView } from './views/viewModules';
import { VIEW_LABELS } from './views/viewLabels';
import { useTranslate } from './views/useTranslate';
import { useDocumentSettings, useUrlSync } from './views/urlSync';
import { AppToolbar } from './views/AppToolbar';
import { SiteTypeFilter } from './views/SiteTypeFilter';

const ImportDialog = lazy(() => import('./views/ImportDialog').then((m) => ({ default: m.ImportDialog })));
const UpdateBanner = lazy(() => import('./views/UpdateBanner'));
const EmbedDialog = lazy(() => import('./views/EmbedDialog').then((m) => ({ default: m.EmbedDialog })));
// A view inside another page (embed=1): the view alone, with its title, source and a link to the dashboard.
const EmbeddedView = lazy(() => import('./views/EmbeddedView').then((m) => ({ default: m.EmbeddedView })));

const TABS_ID = 'views';

interface AppDialogsProps {
  importOpen: boolean;
  embedOpen: boolean;
  onImportClosed: (message?: string) => void;
  onEmbedClosed: () => void;
}

/** The dialogs and the banner, each loaded when first opened: import, embed, and a newer version to load. */
function AppDialogs({ importOpen, embedOpen, onImportClosed, onEmbedClosed }: AppDialogsProps) {
  const updateAvailable = useDashboard((s) => s.updateAvailable);
  return (
    <>
      {importOpen && (
        <Suspense fallback={null}>
          <ImportDialog open={importOpen} onClose={onImportClosed} />
        </Suspense>
      )}
      {updateAvailable && (
        <Suspense fallback={null}>
          <UpdateBanner />
        </Suspense>
      )}
      {embedOpen && (
        <Suspense fallback={null}>
          <EmbedDialog onClose={onEmbedClosed} />
        </Suspense>
      )}
    </>
  );
}

export function App() {
  const loaded = useDashboard(selectActive);
  const loadErrors = useDashboard((s) => s.loadErrors);
  const language = useDashboard((s) => s.language);
  const [importOpen, setImportOpen] = useState(false);
  const [notice, setNotice] = useStatusNotice();
  const [embedOpen, setEmbedOpen] = useState(false);
  const embed = useDashboard((s) => s.embed);
  const t = useTranslate();
  const title = useSeriesTitle();
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
        <AppToolbar activeId={loaded.id} onImport={() => setImportOpen(true)} onEmbed={() => setEmbedOpen(true)} onNotice={setNotice} />
      </header>
      <StatusMessages
        notice={notice}
        onDismissNotice={() => {
          setNotice('');
        }}
      />
      <AppDialogs
        importOpen={importOpen}
        embedOpen={embedOpen}
        onImportClosed={(message) => {
          setImportOpen(false);
          if (message !== undefined) setNotice(message);
        }}
        onEmbedClosed={() => setEmbedOpen(false)}
      />
      <main id="main" tabIndex={-1}>
        <SiteTypeFilter siteTypeNames={loaded.inspection.siteTypes.map((siteType) => siteType.name)} />
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
