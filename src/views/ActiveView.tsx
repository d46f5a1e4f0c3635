// The active view, by its id: the rankings in the first screen's code, every other view loading on demand.

import { createElement } from 'react';
import type { ViewId } from '../store/viewState';
import { RankingsView } from './RankingsView';
import { useTranslate } from './useTranslate';
import { useLoadedModule } from './moduleLoader';
import { VIEW_MODULES, type LazyViewId } from './viewModules';

/** A view whose code may still be on its way: a loading note until it is here, then the view. */
function LazyView({ view }: { view: LazyViewId }) {
  const t = useTranslate();
  const View = useLoadedModule(VIEW_MODULES[view]);
  // Each view's component is made once, when its module loads (the loader keeps it): the same one on every render.
  return View ? createElement(View) : <p className="loading">{t('loadingCharts')}</p>;
}

export function ActiveView({ view }: { view: ViewId }) {
  if (view === 'rankings') return <RankingsView />;
  return <LazyView view={view} />;
}
