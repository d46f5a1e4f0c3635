// A view inside another page (a link's embed=1): the view alone under its title, source line and period, and a
// link to the full dashboard in the same state. It reports its height to the host page, whose resizer script
// (public/embed-resizer.js) sizes the iframe to fit.

import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { dashboardUrl, HEIGHT_MESSAGE } from '../store/embedCode';
import { selectActive, selectViewState } from '../store/selectors';
import { useDashboard } from '../store/store';
import { ActiveView } from './ActiveView';
import { VIEW_LABELS } from './viewLabels';
import { useViewTranslate } from './useViewTranslate';
import { useSeriesTitle } from './useSeriesTitle';
import { useScopeLabel } from './useScopeLabel';

/** The views whose own captions name the site types chosen. */
const SAYS_ITS_SCOPE: ReadonlySet<string> = new Set(['rankings', 'district']);

/** What a host's resizer posts to frames that loaded before it: report the height again. */
const MEASURE_MESSAGE = 'taiyuan-dashboard:measure';

/** Posts the page's height to the host whenever it changes, and when the host asks. */
function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = (force: boolean) => {
      // The body's own height: the document's scroll height never drops below the iframe's current height.
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (!force && height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(() => {
      post(false);
    });
    observer.observe(document.body);
    // Chromium does not update the rendering of a cross-origin frame scrolled out of view, so its
    // ResizeObserver stays silent there; a change of the page's content is measured (which lays it out) anyway.
    let timer: number | undefined;
    const mutations = new MutationObserver(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        post(false);
      }, 50);
    });
    mutations.observe(document.body, { childList: true, subtree: true, characterData: true });
    const onMessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { type?: unknown } | null;
      if (event.source === window.parent && data?.type === MEASURE_MESSAGE) post(true);
    };
    window.addEventListener('message', onMessage);
    post(true);
    return () => {
      observer.disconnect();
      mutations.disconnect();
      window.clearTimeout(timer);
      window.removeEventListener('message', onMessage);
    };
  }, []);
}

export function EmbeddedView() {
  const loaded = useDashboard(selectActive);
  const state = useDashboard(useShallow(selectViewState));
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  const seriesTitle = useSeriesTitle();
  const scope = useScopeLabel();
  const filtered = useDashboard((s) => s.siteTypes !== 'all');
  useReportHeight();
  if (!loaded) return null;
  const appUrl = new URL('./', window.location.href).href;
  return (
    // Named by its title: in a host page it stands beside the host's own main landmark.
    <main id="main" className="embedded" aria-labelledby="embed-title">
      <header className="embed-header">
        <h1 id="embed-title">
          {t(VIEW_LABELS[state.view])} · {seriesTitle}
        </h1>
        <p className="source">
          {t('source', { publication: loaded.source.publication[language] })} ·{' '}
          {t('period', { period: loaded.source.periodLabel[language] })}
        </p>
        {/* The host page has no filter panel: the site types a chart is over are said under its title (the rankings
            and the report card say them in their own captions). */}
        {filtered && !SAYS_ITS_SCOPE.has(state.view) && <p className="embed-scope">{scope}</p>}
      </header>
      <ErrorBoundary resetKey={`${state.view}:${loaded.id}`} title={t('viewFailed')} retryLabel={t('retry')}>
        <ActiveView view={state.view} />
      </ErrorBoundary>
      <p className="embed-open">
        <a href={`${dashboardUrl(appUrl, state)}${window.location.hash}`} target="_blank" rel="noopener noreferrer">
          {t('embedOpenDashboard')}
        </a>
      </p>
    </main>
  );
}
