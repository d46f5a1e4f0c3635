// The active view, by its id: the rankings in the first screen's code, every other view loading on demand.

import { createElement } from 'react';
import type { ViewId } from '../store/viewState';
import { RankingsView } from './RankingsView';
import { useTranslate } from './useTranslate';
import { useLoadedModule } from '../components/moduleLoader';
import { VIEW_MODULES } from './viewModules';

/** The view; one whose code is still on its way shows a loading note until it is here. */
export function ActiveView({ view }: { view: ViewId }) {
  const t = useTranslate();
  const View = useLoadedModule(view === 'rankings' ? undefined : VIEW_MODULES[view]);
  if (view === 'rankings') return <RankingsView />;
  // Each view's component is made once, when its module loads (the loader keeps it): the same one on every render.
  return View ? createElement(View) : <p className="loading">{t('loadingCharts')}</p>;
}
