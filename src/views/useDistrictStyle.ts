// The chart views' district styles: one colour (and dash) per district, the same in every view and month.

import { useCallback } from 'react';
import { districtStyle, type SeriesStyle } from '../components/seriesColours';
import { selectDistrictColourOrder } from '../store/viewSelectors';
import { useDashboard } from '../store/store';

export function useDistrictStyle(): (district: string) => SeriesStyle {
  const order = useDashboard(selectDistrictColourOrder);
  return useCallback((district: string) => districtStyle(order, district), [order]);
}
