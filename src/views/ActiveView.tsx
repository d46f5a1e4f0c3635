// The active view, by its id: the rankings in the first screen's code, every other view loading on demand.

import { lazy, Suspense } from 'react';
import type { ViewId } from '../store/viewState';
import { RankingsView } from './RankingsView';
import { useTranslate } from './useTranslate';

// recharts loads in its own chunk: the rankings table shows before the chart code arrives.
const BarsView = lazy(() => import('./BarsView'));
const RadarView = lazy(() => import('./RadarView'));
// The other views load on demand too, so that the first screen carries only the rankings.
const SiteTypeView = lazy(() => import('./SiteTypeView').then((m) => ({ default: m.SiteTypeView })));
const DistrictView = lazy(() => import('./DistrictView').then((m) => ({ default: m.DistrictView })));
const WeightsView = lazy(() => import('./WeightsView').then((m) => ({ default: m.WeightsView })));
const TrendView = lazy(() => import('./TrendView'));
const NotesView = lazy(() => import('./NotesView').then((m) => ({ default: m.NotesView })));

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

export function ActiveView({ view }: { view: ViewId }) {
  const t = useTranslate();
  if (view === 'rankings') return <RankingsView />;
  return (
    <Suspense fallback={<p className="loading">{t('loadingCharts')}</p>}>
      <LazyView view={view} />
    </Suspense>
  );
}
