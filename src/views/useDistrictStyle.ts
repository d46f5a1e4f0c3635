// The chart views' district styles: one colour (and dash) per district, the same in every view and month.

import { useMemo } from 'react';
import { districtStyle, styleAt, type SeriesStyle } from '../components/seriesColours';
import { selectDistrictColourOrder } from '../store/viewSelectors';
import { useDashboard } from '../store/store';

export function useDistrictStyle(): (district: string) => SeriesStyle {
  const order = useDashboard(selectDistrictColourOrder);
  // Each district's style made once per order, from its place in it: a chart of 300 districts asks for each several
  // times, and finding a district's place in the order was a scan of it every time.
  return useMemo(() => {
    const styles = new Map(order.map((district, index) => [district, styleAt(index)]));
    return (district: string) => styles.get(district) ?? districtStyle(order, district);
  }, [order]);
}
