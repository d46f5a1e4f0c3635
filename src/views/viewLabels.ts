// Each view's name (a message key): its tab, the embed's title and the title of its exported images.

import type { ViewId } from '../store/viewState';

export const VIEW_LABELS: Record<
  ViewId,
  'viewRankings' | 'viewBars' | 'viewRadar' | 'viewMap' | 'viewSiteType' | 'viewDistrict' | 'viewWeights' | 'viewTrend' | 'viewNotes'
> = {
  rankings: 'viewRankings',
  bars: 'viewBars',
  radar: 'viewRadar',
  map: 'viewMap',
  siteType: 'viewSiteType',
  district: 'viewDistrict',
  weights: 'viewWeights',
  trend: 'viewTrend',
  notes: 'viewNotes',
};
