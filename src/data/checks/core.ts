// The core of the checks every reading gets, whatever reader produced it (the newspaper page's included, and the
// first screen's embedded tables): totals against the (weighted) sum of their scores, printed ranks against the
// ranks the scores give, a reference row against the mean, ties. Tolerances come from the decimals the source prints.

import type { Finding, Inspection } from '../types';

const EPSILON = 1e-6;

/** Half a unit of the last printed decimal: how far one rounded figure can be from the exact one. */
export function halfStep(decimals: number): number {
  return 0.5 * 10 ** -decimals;
}

/** A value rounded to some decimals (at most six), for what a finding says. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** Math.min(6, decimals);
  return Math.round(value * factor) / factor;
}

export interface CheckOptions {
  /** Decimals the source prints its scores with (0 or more). */
  decimals: number;
}

/** The total of each entity the source implies: Σ score × weight. */
export function weightedSums(inspection: Inspection): Map<string, number> {
  const weights = new Map(inspection.siteTypes.map((s) => [s.name, s.weight ?? 1]));
  const sums = new Map<string, number>(inspection.districts.map((d) => [d, 0]));
  for (const score of inspection.scores)
    sums.set(score.district, (sums.get(score.district) ?? 0) + score.value * (weights.get(score.siteType) ?? 1));
  return sums;
}

/** The core checks; `sums` are the inspection's weightedSums, when the caller has them already. */
export function checkInspection(
  inspection: Inspection,
  options: CheckOptions,
  sums: ReadonlyMap<string, number> = weightedSums(inspection),
): Finding[] {
  const findings: Finding[] = [];
  const step = halfStep(options.decimals);

  // Totals: each of n scores rounded can drift by half a step, and so can the printed total itself.
  // The tolerance as said (0.55 for ten scores and a total at one decimal); compared with a float's slack.
  const stated = round(step * (inspection.siteTypes.length + 1), 6);
  const tolerance = stated + EPSILON;
  for (const total of inspection.publishedTotals) {
    const computed = sums.get(total.district) ?? 0;
    const drift = Math.abs(computed - total.value);
    if (drift <= EPSILON) continue;
    const params = {
      district: total.district,
      printed: total.value,
      computed: round(computed, options.decimals + 1),
      tolerance: stated,
    };
    findings.push({
      severity: drift <= tolerance ? 'info' : 'warning',
      code: drift <= tolerance ? 'total-rounding' : 'total-mismatch',
      line: total.line,
      column: total.column,
      params,
    });
  }
  // A reference row (全市平均) against the mean of the entities.
  for (const average of inspection.cityAverages ?? []) {
    const values = inspection.scores.filter((s) => s.siteType === average.siteType).map((s) => s.value);
    if (values.length === 0) continue;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    // A full step: the mean of rounded scores, itself rounded (or cut) to the printed decimals, can be one unit off.
    if (Math.abs(mean - average.value) > 2 * step + EPSILON) {
      findings.push({
        severity: 'warning',
        code: 'city-average-mismatch',
        line: average.line,
        column: average.column,
        params: { siteType: average.siteType, printed: average.value, computed: round(mean, options.decimals + 1) },
      });
    }
  }

  // Ties within a category: equal scores share a rank, and the print's order among them means nothing.
  const bySiteType = new Map<string, Inspection['scores'][number][]>();
  for (const score of inspection.scores) {
    const list = bySiteType.get(score.siteType);
    if (list) list.push(score);
    else bySiteType.set(score.siteType, [score]);
  }
  for (const siteType of inspection.siteTypes) {
    const scores = bySiteType.get(siteType.name) ?? [];
    // One sort, then runs of equal values: linear after the sort, however many ties there are.
    const sorted = [...scores].sort((a, b) => b.value - a.value);
    let start = 0;
    while (start < sorted.length) {
      const first = sorted[start];
      if (!first) break;
      let end = start + 1;
      while (end < sorted.length && Math.abs((sorted[end]?.value ?? 0) - first.value) <= EPSILON) end++;
      // The sort is stable: the tied stand in the print's order, which means nothing and is kept as printed.
      if (end - start > 1)
        findings.push({
          severity: 'info',
          code: 'tie',
          line: siteType.line,
          params: {
            siteType: siteType.name,
            districts: sorted.slice(start, end).map((s) => s.district),
            value: first.value,
            rank: start + 1,
          },
        });
      start = end;
    }
  }
  return findings;
}

/**
 * The printed city total against the entities' printed totals: a warning when it is not their mean, a note when it
 * is their mean and not the sum of the city's own column (the newspaper's way). `at` is where the total is printed.
 */
export function checkCityTotal(
  inspection: Pick<Inspection, 'publishedCityTotal' | 'publishedTotals' | 'cityAverages'>,
  decimals: number,
  at: { line: number; column?: number | undefined },
): Finding[] {
  const printed = inspection.publishedCityTotal;
  const totals = inspection.publishedTotals;
  if (printed === undefined || totals.length === 0 || inspection.cityAverages === undefined) return [];
  const meanOfTotals = totals.reduce((sum, t) => sum + t.value, 0) / totals.length;
  const sumOfColumn = inspection.cityAverages.reduce((sum, c) => sum + c.value, 0);
  const where = { line: at.line, ...(at.column === undefined ? {} : { column: at.column }) };
  if (Math.abs(meanOfTotals - printed) > halfStep(decimals) + EPSILON)
    return [{ severity: 'warning', code: 'city-total-mismatch', ...where, params: { printed, computed: round(meanOfTotals, 2) } }];
  if (Math.abs(sumOfColumn - printed) <= EPSILON) return [];
  const params = { printed, meanOfTotals: round(meanOfTotals, 2), sumOfColumn: round(sumOfColumn, 1) };
  return [{ severity: 'info', code: 'city-total-is-mean', ...where, params }];
}
