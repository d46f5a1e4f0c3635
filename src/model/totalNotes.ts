// What the findings say of each printed total that differs from the sum of its scores: rounding, or more
// than rounding explains (a misprint?), and the tolerance the reader used, so the screen words both alike.

import type { Finding } from '../data/types';

export type TotalDifference = 'rounding' | 'misprint';

export interface TotalNotes {
  byDistrict: ReadonlyMap<string, TotalDifference>;
  /** The largest drift still called rounding, as the reader computed it; undefined when no finding says. */
  tolerance: number | undefined;
}

export function totalNotes(findings: readonly Finding[]): TotalNotes {
  const byDistrict = new Map<string, TotalDifference>();
  let tolerance: number | undefined;
  for (const finding of findings) {
    if (finding.code !== 'total-rounding' && finding.code !== 'total-mismatch') continue;
    const district = finding.params.district;
    if (typeof district === 'string') byDistrict.set(district, finding.code === 'total-rounding' ? 'rounding' : 'misprint');
    const t = finding.params.tolerance;
    if (typeof t === 'number') tolerance = Math.max(tolerance ?? 0, t);
  }
  return { byDistrict, tolerance };
}
