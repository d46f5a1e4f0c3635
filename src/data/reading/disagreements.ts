// Candidates of one page that disagree: the same entity with another score in the same category in two tables.

import type { Finding, ParseResult } from '../types';

/**
 * Two tables on one page that give the same entity a different score in the same category: each says so,
 * naming the other's line, so that the user sees the page disagrees with itself before choosing one.
 */
export function markDisagreements(candidates: { result: ParseResult }[]): void {
  const readable = candidates.filter((c) => c.result.ok);
  if (readable.length < 2) return;
  const indexes = readable.map((c) => {
    const index = new Map<string, { value: number; line: number }>();
    if (c.result.ok) for (const score of c.result.inspection.scores) index.set(`${score.district}\u0000${score.siteType}`, score);
    return index;
  });
  readable.forEach((candidate, i) => {
    if (!candidate.result.ok) return;
    const extra: Finding[] = [];
    for (const score of candidate.result.inspection.scores) {
      indexes.forEach((other, j) => {
        if (j === i) return;
        const found = other.get(`${score.district}\u0000${score.siteType}`);
        if (found && Math.abs(found.value - score.value) > 1e-6)
          extra.push({
            severity: 'warning',
            code: 'candidates-disagree',
            line: score.line,
            column: score.column,
            params: { district: score.district, siteType: score.siteType, value: score.value, other: found.value, otherLine: found.line },
          });
      });
    }
    if (extra.length > 0) candidate.result = { ...candidate.result, findings: [...candidate.result.findings, ...extra] };
  });
}
