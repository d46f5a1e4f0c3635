// The checks a user's text gets on top of the core (core.ts): names that look like no name, and totals that are
// the mean of the scores or none of them their sum, each said once instead of a warning per row. Kept apart from
// the core so that the first screen, which checks only its own embedded tables, does not carry them.

import { competitionRanks } from '../ranks';
import type { Finding, Inspection } from '../types';
import { checkInspection, halfStep, weightedSums, type CheckOptions } from './core';

const EPSILON = 1e-6;

/** Every check of a reading: the core's, then these. */
export function checkReading(inspection: Inspection, options: CheckOptions): Finding[] {
  // Summed once for the three checks that need the sums: a 60,000-row table took 40 ms a summing.
  const sums = weightedSums(inspection);
  return refineTotals(inspection, checkInspection(inspection, options, sums), options, sums).concat(
    checkWeightsAndRanks(inspection, sums),
    checkNames(inspection),
  );
}

/** The weights a total is summed with, said once; printed ranks against the ranks the totals give. */
function checkWeightsAndRanks(inspection: Inspection, sums: ReadonlyMap<string, number>): Finding[] {
  const findings: Finding[] = [];
  const weighted = inspection.siteTypes.some((s) => s.weight !== undefined && Math.abs(s.weight - 1) > EPSILON);
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
    // Loops into the maps, without pair arrays between them: a 60,000-row table makes two such maps.
    const printedTotals = new Map<string, number>();
    for (const t of inspection.publishedTotals) printedTotals.set(t.district, t.value);
    const rankOf = new Map<string, number>();
    const basis = inspection.districts.map((d) => ({ key: d, value: printedTotals.get(d) ?? sums.get(d) ?? 0 }));
    for (const r of competitionRanks(basis, inspection.fewerIsBetter)) rankOf.set(r.key, r.rank);
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

  return findings;
}

/** The findings a reader confirms before an import: every warning (a doubt), never an info. */
export function isDoubt(finding: Finding): boolean {
  return finding.severity === 'warning';
}

/**
 * Each entity's first figure (where a finding about its name points), found in one pass: a search per name would
 * grow with the square of a long table.
 */
export function firstCellOf(
  cells: readonly { district: string; line: number; column: number }[],
): Map<string, { line: number; column: number }> {
  const first = new Map<string, { line: number; column: number }>();
  for (const cell of cells) if (!first.has(cell.district)) first.set(cell.district, cell);
  return first;
}

/** Words that lead a sentence to its list (`排在前三位的是`, `依次为`): a name holding them holds the sentence too. */
const SENTENCE_WORDS = /的是|的有|依次|分别|排在|位列|其中|which|were|was\b/i;

/** Why a name looks like no name (`第一名:莘县`, `一、鼓楼区`, `22`, `(85%):马巷镇`), or undefined when it looks like one. */
export function nameDoubt(name: string): 'number' | 'ordinal' | 'punctuation' | 'digit' | 'long' | 'sentence' | undefined {
  const text = name.trim();
  if (/^[-+−]?[0-9０-９]+(?:[.．][0-9０-９]+)?%?$/.test(text)) return 'number';
  if (/^(?:并列)?第\s*[0-9０-９零〇一二两三四五六七八九十百]+\s*名|^[一二三四五六七八九十]{1,3}\s*、/.test(text)) return 'ordinal';
  if (/^[:：(（[【〔<《,，、;；.。]/.test(text) || /[:：]/.test(text)) return 'punctuation';
  if (/^[0-9０-９]/.test(text)) return 'digit';
  if (text.length > 30) return 'long';
  // A conjunction of the sentence read into the name (`和仓山区`); 和平区 (和 before two characters) is a name.
  if (SENTENCE_WORDS.test(text) || /^(?:以及|和|及|与|與)[\u4e00-\u9fff]{3,}$/.test(text)) return 'sentence';
  return undefined;
}

/** Names that look like fragments of a heading or a sentence rather than names: each is a doubt to confirm. */
function checkNames(inspection: Inspection): Finding[] {
  const findings: Finding[] = [];
  // Indexed at the first doubt: most tables have none, and a long one holds hundreds of thousands of cells.
  let firstCell: Map<string, { line: number; column: number }> | undefined;
  for (const district of inspection.districts) {
    const reason = nameDoubt(district);
    if (reason === undefined) continue;
    firstCell ??= firstCellOf([...inspection.publishedTotals, ...inspection.scores]);
    const where = firstCell.get(district);
    findings.push({
      severity: 'warning',
      code: 'name-suspicious',
      line: where?.line ?? 1,
      ...(where ? { column: where.column } : {}),
      params: { district, reason },
    });
  }
  return findings;
}

/**
 * The core's per-row total findings, said once where every row tells the same: totals printed as the mean of
 * the scores (平均得分, checked against the mean), or totals none of which is its sum (the scores are parts).
 */
function refineTotals(inspection: Inspection, findings: Finding[], options: CheckOptions, sums: ReadonlyMap<string, number>): Finding[] {
  const totals = inspection.publishedTotals;
  const weighted = inspection.siteTypes.some((s) => s.weight !== undefined && Math.abs(s.weight - 1) > EPSILON);
  if (totals.length === 0) return findings;
  const step = halfStep(options.decimals);
  const counts = new Map<string, number>();
  for (const score of inspection.scores) counts.set(score.district, (counts.get(score.district) ?? 0) + 1);
  const meanOf = (district: string) => (sums.get(district) ?? 0) / Math.max(1, counts.get(district) ?? 1);
  const withoutTotals = () => findings.filter((f) => f.code !== 'total-mismatch' && f.code !== 'total-rounding');
  if (!weighted && inspection.siteTypes.length > 1 && totals.every((t) => Math.abs(meanOf(t.district) - t.value) <= 2 * step + EPSILON))
    return [
      ...withoutTotals(),
      { severity: 'info', code: 'total-is-mean', line: totals[0]?.line ?? 1, params: { count: inspection.siteTypes.length } },
    ];
  const mismatched = new Set(findings.filter((f) => f.code === 'total-mismatch').map((f) => f.params.district));
  if (totals.length > 2 && totals.every((t) => mismatched.has(t.district)))
    return [
      ...withoutTotals(),
      { severity: 'warning', code: 'totals-not-sums', line: totals[0]?.line ?? 1, params: { count: totals.length } },
    ];
  return findings;
}
