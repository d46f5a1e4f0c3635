// Finishes what a layout reader read: every entity scored in every category (or an error names the pair),
// then the inspection itself, with the checks every import gets (checks.ts).

import { checkInspection } from './checks';
import type { CityAverage, Finding, Inspection, ParseResult, PublishedRank, PublishedTotal, Score, SiteType } from './types';

export interface ReadParts {
  title: string;
  districts: string[];
  siteTypes: SiteType[];
  scores: Score[];
  publishedTotals?: PublishedTotal[];
  publishedRanks?: PublishedRank[];
  city?: { name: string; averages: CityAverage[]; total: number | undefined };
  sourceRanges: Inspection['sourceRanges'];
  entityKind: string;
  /** Decimals the source prints its scores with: the checks' tolerances come from them. */
  decimals: number;
  /** Where a finding about the whole table points. */
  line: number;
  /** Whether to name each district × category pair with no score (readers that read cell by cell already did). */
  checkPairs: boolean;
}

export function assembleInspection(parts: ReadParts, findings: Finding[]): ParseResult {
  if (parts.checkPairs) {
    const scored = new Set(parts.scores.map((s) => `${s.district}\u0000${s.siteType}`));
    for (const siteType of parts.siteTypes) {
      for (const district of parts.districts) {
        if (!scored.has(`${district}\u0000${siteType.name}`))
          findings.push({ severity: 'error', code: 'missing-cell', line: siteType.line, params: { district, siteType: siteType.name } });
      }
    }
  }
  if (parts.districts.length === 0 || parts.siteTypes.length === 0)
    findings.push({ severity: 'error', code: 'no-table', line: parts.line, params: {} });
  if (findings.some((f) => f.severity === 'error')) return { ok: false, findings };
  const inspection: Inspection = {
    title: parts.title,
    districts: parts.districts,
    siteTypes: parts.siteTypes,
    scores: parts.scores,
    publishedTotals: parts.publishedTotals ?? [],
    totalMaxScore: parts.siteTypes.reduce((sum, s) => sum + s.maxScore * (s.weight ?? 1), 0),
    sourceRanges: parts.sourceRanges,
    entityKind: parts.entityKind,
  };
  if (parts.publishedRanks && parts.publishedRanks.length > 0) inspection.publishedRanks = parts.publishedRanks;
  if (parts.city) {
    inspection.city = parts.city.name;
    if (parts.city.averages.length > 0) inspection.cityAverages = parts.city.averages;
    if (parts.city.total !== undefined) inspection.publishedCityTotal = parts.city.total;
  }
  findings.push(...checkInspection(inspection, { decimals: parts.decimals }));
  return { ok: true, inspection, findings };
}
