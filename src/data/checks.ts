// The checks a careful reader makes on every imported inspection, whatever reader produced it: totals against
// the (weighted) sum of their scores, printed ranks against the ranks the scores give, a reference row against
// the mean, ties. Tolerances come from the decimals the source prints.

import type { Finding, Inspection } from './types';

const EPSILON = 1e-6;

/** Half a unit of the last printed decimal: how far one rounded figure can be from the exact one. */
export function halfStep(decimals: number): number {
  return 0.5 * 10 ** -Math.max(0, decimals);
}

function round(value: number, decimals: number): number {
  const factor = 10 ** Math.max(0, Math.min(6, decimals));
  return Math.round(value * factor) / factor;
}

/** Competition ranks (1, 2, 2, 4) of values, highest first. */
function ranksOf(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => b.value - a.value);
  const ranks = new Array<number>(values.length).fill(0);
  let rank = 0;
  let previous = Number.POSITIVE_INFINITY;
  order.forEach((item, position) => {
    if (Math.abs(item.value - previous) > EPSILON) {
      rank = position + 1;
      previous = item.value;
    }
    ranks[item.index] = rank;
  });
  return ranks;
}

export interface CheckOptions {
  /** Decimals the source prints its scores with. */
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

export function checkInspection(inspection: Inspection, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  const step = halfStep(options.decimals);
  const sums = weightedSums(inspection);
  const weighted = inspection.siteTypes.some((s) => s.weight !== undefined && Math.abs(s.weight - 1) > EPSILON);

  // Totals: each of n scores rounded can drift by half a step, and so can the printed total itself.
  const tolerance = step * (inspection.siteTypes.length + 1) + EPSILON;
  // A total printed as the mean of the categories (平均得分) is checked against the mean, and said once.
  const counts = new Map<string, number>();
  for (const score of inspection.scores) counts.set(score.district, (counts.get(score.district) ?? 0) + 1);
  const meanOf = (district: string) => (sums.get(district) ?? 0) / Math.max(1, counts.get(district) ?? 1);
  const totalsAreMeans =
    !weighted &&
    inspection.siteTypes.length > 1 &&
    inspection.publishedTotals.length > 0 &&
    inspection.publishedTotals.every((t) => Math.abs(meanOf(t.district) - t.value) <= 2 * step + EPSILON);
  if (totalsAreMeans)
    findings.push({
      severity: 'info',
      code: 'total-is-mean',
      line: inspection.publishedTotals[0]?.line ?? 1,
      params: { count: inspection.siteTypes.length },
    });
  // Totals none of which is the sum of its scores: the scores are parts or sub-items, not the whole; said once.
  const independent =
    !totalsAreMeans &&
    inspection.publishedTotals.length > 2 &&
    inspection.publishedTotals.every((t) => Math.abs((sums.get(t.district) ?? 0) - t.value) > tolerance);
  if (independent)
    findings.push({
      severity: 'warning',
      code: 'totals-not-sums',
      line: inspection.publishedTotals[0]?.line ?? 1,
      params: { count: inspection.publishedTotals.length },
    });
  for (const total of totalsAreMeans || independent ? [] : inspection.publishedTotals) {
    const computed = sums.get(total.district) ?? 0;
    const drift = Math.abs(computed - total.value);
    if (drift <= EPSILON) continue;
    const params = {
      district: total.district,
      printed: total.value,
      computed: round(computed, options.decimals + 1),
      tolerance: round(tolerance, 6),
    };
    findings.push({
      severity: drift <= tolerance ? 'info' : 'warning',
      code: drift <= tolerance ? 'total-rounding' : 'total-mismatch',
      line: total.line,
      column: total.column,
      params,
    });
  }
  if (weighted && inspection.publishedTotals.length > 0) {
    const first = inspection.publishedTotals[0];
    findings.push({
      severity: 'info',
      code: 'weighted-total',
      line: first?.line ?? 1,
      params: { weights: inspection.siteTypes.map((s) => `${s.name} ×${String(s.weight ?? 1)}`) },
    });
  }

  // Printed ranks against the ranks the totals give (the printed totals where there are, else the sums).
  const ranks = inspection.publishedRanks ?? [];
  if (ranks.length > 0) {
    const printedTotals = new Map(inspection.publishedTotals.map((t) => [t.district, t.value]));
    const basis = inspection.districts.map((d) => printedTotals.get(d) ?? sums.get(d) ?? 0);
    const computed = ranksOf(basis);
    const rankOf = new Map(inspection.districts.map((d, i) => [d, computed[i] ?? 0]));
    for (const rank of ranks) {
      const expected = rankOf.get(rank.district);
      if (expected !== undefined && expected !== rank.value) {
        findings.push({
          severity: 'warning',
          code: 'rank-mismatch',
          line: rank.line,
          column: rank.column,
          params: { district: rank.district, printedRank: rank.value, computedRank: expected },
        });
      }
    }
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

  // Names that look like fragments of a heading or a sentence rather than names: each is a doubt to confirm.
  for (const district of inspection.districts) {
    const reason = nameDoubt(district);
    if (reason === undefined) continue;
    const where = inspection.scores.find((s) => s.district === district) ?? inspection.publishedTotals.find((t) => t.district === district);
    findings.push({
      severity: 'warning',
      code: 'name-suspicious',
      line: where?.line ?? 1,
      ...(where ? { column: where.column } : {}),
      params: { district, reason },
    });
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
      if (end - start > 1) {
        // The print's order among the tied, not the sort's.
        const tied = new Set(sorted.slice(start, end).map((s) => s.district));
        const districts = scores.length <= 1000 ? scores.filter((s) => tied.has(s.district)).map((s) => s.district) : [...tied];
        findings.push({
          severity: 'info',
          code: 'tie',
          line: siteType.line,
          params: { siteType: siteType.name, districts, value: first.value, rank: start + 1 },
        });
      }
      start = end;
    }
  }
  return findings;
}

/** Why a name looks like no name (`第一名:莘县`, `22`, `(85%):马巷镇`), or undefined when it looks like one. */
export function nameDoubt(name: string): 'number' | 'ordinal' | 'punctuation' | 'digit' | 'long' | undefined {
  const text = name.trim();
  if (/^[-+−]?[0-9０-９]+(?:[.．][0-9０-９]+)?%?$/.test(text)) return 'number';
  if (/^(?:并列)?第\s*[0-9０-９零〇一二两三四五六七八九十百]+\s*名/.test(text)) return 'ordinal';
  if (/^[:：(（[【〔<《,，、;；.。]/.test(text) || /[:：]/.test(text)) return 'punctuation';
  if (/^[0-9０-９]/.test(text)) return 'digit';
  if (text.length > 30) return 'long';
  return undefined;
}
