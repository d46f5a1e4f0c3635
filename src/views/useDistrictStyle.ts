// The chart views' district styles: one colour (and dash) per district, the same in every view and month; in a view
// of more districts than colours, neutral but the highlighted one (seriesColours.inView), so none repeats.

import { useMemo } from 'react';
import { districtStyle, inView, styleAt, type SeriesStyle } from '../components/seriesColours';
import { selectDistrictColourOrder } from '../store/viewSelectors';
import { useDashboard } from '../store/store';

/** `count`: how many districts the view draws (its legend included); 0 keeps every district's own colour. */
export function useDistrictStyle(count = 0): (district: string) => SeriesStyle {
  const order = useDashboard(selectDistrictColourOrder);
  const highlighted = useDashboard((s) => s.highlight);
  // Each district's style made once per order, from its place in it: a chart of 300 districts asks for each several
  // times, and finding a district's place in the order was a scan of it every time.
  return useMemo(() => {
    const styles = new Map(order.map((district, index) => [district, styleAt(index)]));
    return (district: string) => inView(styles.get(district) ?? districtStyle(order, district), count, district === highlighted);
  }, [order, count, highlighted]);
}
