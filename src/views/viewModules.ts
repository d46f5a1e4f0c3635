// The code of the views after the first screen: each view's module loaded once and kept, asked for as soon as a
// reader shows they may open it (pointing at or focusing its tab), so that the click finds it there.

import type { ComponentType } from 'react';
import type { ViewId } from '../store/viewState';
import { moduleLoader, type ModuleLoader } from '../components/moduleLoader';

export type LazyViewId = Exclude<ViewId, 'rankings'>;

// recharts loads in its own chunk with the charts drawn with it: no view's first open waits for it but theirs.
export const VIEW_MODULES: Record<LazyViewId, ModuleLoader<ComponentType>> = {
  bars: moduleLoader(() => import('./BarsView').then((m) => m.default)),
  radar: moduleLoader(() => import('./RadarView').then((m) => m.default)),
  map: moduleLoader(() => import('./MapView').then((m) => m.default)),
  siteType: moduleLoader(() => import('./SiteTypeView').then((m) => m.default)),
  district: moduleLoader(() => import('./DistrictView').then((m) => m.default)),
  weights: moduleLoader(() => import('./WeightsView').then((m) => m.default)),
  trend: moduleLoader(() => import('./TrendView').then((m) => m.default)),
  notes: moduleLoader(() => import('./NotesView').then((m) => m.default)),
};

/** Starts fetching a view's code that a reader may open next; nothing when it is here or the view is the first screen's. */
export function preloadView(view: ViewId): void {
  if (view === 'rankings') return;
  // A failure here is not the reader's yet: opening the view fetches again and says so if it fails.
  VIEW_MODULES[view].load().catch(() => undefined);
}
