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
