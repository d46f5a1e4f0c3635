// The checks on figures that arrive with no text to read them from (a link's month, a stored or published reading):
// every entity scored once in every category, within 0 to the category's maximum, as every reader of a text
// requires; then the checks every reading gets (reading.ts), so that the same figures give the same findings
// whichever way they came in.

import type { Finding, Inspection } from '../types';
import { valueDecimals } from '../decimals';
import { checkCityTotal } from './core';
import { checkReading } from './reading';

/** Errors: a score missing (never a 0 in a sum), a score outside 0..maximum, or a score of no listed entity. */
export function checkFigures(inspection: Inspection): Finding[] {
  const findings: Finding[] = [];
  const byKey = new Map<string, number>();
  for (const score of inspection.scores) byKey.set(`${score.district}\u0000${score.siteType}`, score.value);
  const known = new Set(inspection.districts);
  for (const score of inspection.scores)
    if (!known.has(score.district))
      findings.push({ severity: 'error', code: 'unknown-district', line: score.line, params: { district: score.district } });
  for (const district of inspection.districts)
    for (const siteType of inspection.siteTypes) {
      const value = byKey.get(`${district}\u0000${siteType.name}`);
      const where = { district, siteType: siteType.name };
      if (value === undefined) findings.push({ severity: 'error', code: 'missing-cell', line: siteType.line, params: where });
      else if (value < 0 || value > siteType.maxScore)
        findings.push({
          severity: 'error',
          code: 'score-out-of-range',
          line: siteType.line,
          params: { ...where, value, maxScore: siteType.maxScore },
        });
    }
  return findings;
}

/** Every check of figures with no text: checkFigures' errors, then the checks of a reading at the printed decimals. */
export function checkArrived(inspection: Inspection): Finding[] {
  let decimals = 0;
  for (const { value } of [...inspection.scores, ...inspection.publishedTotals]) decimals = Math.max(decimals, valueDecimals(value));
  const options = { decimals: Math.min(decimals, 6) };
  return [...checkFigures(inspection), ...checkCityTotal(inspection, options.decimals, { line: 1 }), ...checkReading(inspection, options)];
}
