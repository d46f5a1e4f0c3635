// Findings counted by kind, for an import preview that lists thousands of them.

import type { Finding, FindingCode, Severity } from '../data/types';

export interface FindingKindCount {
  code: FindingCode;
  severity: Severity;
  count: number;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** One entry per kind, errors first, then by count. */
export function countFindingKinds(findings: readonly Finding[]): FindingKindCount[] {
  const counts = new Map<FindingCode, FindingKindCount>();
  for (const finding of findings) {
    const known = counts.get(finding.code);
    if (known) known.count++;
    else counts.set(finding.code, { code: finding.code, severity: finding.severity, count: 1 });
  }
  return [...counts.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.count - a.count);
}

export interface FindingGroup extends FindingKindCount {
  /** The findings of this kind that are shown: the first `limit` over all groups, in group order. */
  shown: Finding[];
  /** The first finding of this kind, shown or not: a group past the limit is named by it. */
  first: Finding | undefined;
}

/**
 * The findings by kind, each listed once under its kind, with at most `limit` shown over all groups (taken in
 * the groups' order, so that errors come first): a preview of thousands of findings builds only what it shows.
 */
export function groupFindings(findings: readonly Finding[], limit: number): FindingGroup[] {
  const byCode = new Map<FindingCode, Finding[]>();
  for (const finding of findings) {
    const list = byCode.get(finding.code);
    if (list) list.push(finding);
    else byCode.set(finding.code, [finding]);
  }
  let left = limit;
  return countFindingKinds(findings).map((kind) => {
    const all = byCode.get(kind.code) ?? [];
    const shown = all.slice(0, Math.max(0, left));
    left -= shown.length;
    return { ...kind, shown, first: all[0] };
  });
}
