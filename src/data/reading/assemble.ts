// Finishes what a layout reader read: every entity scored in every category (or an error names the pair),
// then the inspection itself under its entities' clean names, with the checks every reading gets (checks/reading.ts).

import { checkReading, firstCellOf } from '../checks/reading';
import { cleanName, withoutParent } from './entityNames';
import type { CityAverage, Finding, Inspection, ParseResult, PublishedRank, PublishedTotal, Score, SiteType } from '../types';
import { append } from '../arrays';

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
  /** The figures count what is wrong: the fewest rank first. */
  fewerIsBetter?: boolean;
}

export function assembleInspection(read: ReadParts, findings: Finding[]): ParseResult {
  const parts = withCleanSiteTypes(withCleanNames(read, findings), findings);
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
  if (parts.fewerIsBetter) inspection.fewerIsBetter = true;
  if (Number.isInteger(parts.decimals) && parts.decimals >= 0) inspection.decimals = parts.decimals;
  if (parts.city) {
    inspection.city = cleanName(parts.city.name).name;
    if (parts.city.averages.length > 0) inspection.cityAverages = parts.city.averages;
    if (parts.city.total !== undefined) inspection.publishedCityTotal = parts.city.total;
  }
  append(findings, checkReading(inspection, { decimals: parts.decimals }));
  return { ok: true, inspection, findings };
}

/** Where each district is first read (its first score, total or rank), indexed once and only when a finding needs it. */
function firstCells(parts: ReadParts): (district: string) => { line: number; column?: number } {
  let index: Map<string, { line: number; column: number }> | undefined;
  return (district) => {
    index ??= firstCellOf([...parts.scores, ...(parts.publishedTotals ?? []), ...(parts.publishedRanks ?? [])]);
    const cell = index.get(district);
    return cell ? { line: cell.line, column: cell.column } : { line: parts.line };
  };
}

/** Whether two or more names all carry the same marks around them, and nothing else was changed in them. */
function sharedMarks(names: readonly string[]): boolean {
  if (names.length < 2) return false;
  const marks = names.map((printed) => {
    const { name, padded, invisible, trimmed } = cleanName(printed);
    const at = printed.indexOf(name);
    return trimmed && !padded && !invisible && at >= 0 ? `${printed.slice(0, at)}\u0000${printed.slice(at + name.length)}` : undefined;
  });
  return marks[0] !== undefined && marks.every((mark) => mark === marks[0]);
}

/**
 * The entities under their clean names (entityNames.ts), each change said in a finding; two printed names that are
 * one name once cleaned are an error naming both, never two entities.
 */
function withCleanNames(parts: ReadParts, findings: Finding[]): ReadParts {
  const whereOf = firstCells(parts);
  const clean = new Map<string, string>();
  let changed = false;
  // The same marks around every name (`— 历下区`, `**鼓楼区**`) are the layout's, a list's bullet or a table's bold:
  // said once, not a doubt. Marks around some names only may be part of them, and each is a doubt.
  const layoutMarks = sharedMarks(parts.districts);
  for (const district of parts.districts) {
    const { name, padded, invisible, trimmed } = cleanName(district);
    clean.set(district, name);
    if (name !== district) changed = true;
    if (name === '') findings.push({ severity: 'error', code: 'name-empty', ...whereOf(district), params: { printed: district } });
    else if (trimmed && layoutMarks) {
      if (district === parts.districts[0])
        findings.push({ severity: 'info', code: 'name-trimmed', ...whereOf(district), params: { printed: district, district: name } });
    } else if (padded || trimmed)
      findings.push({
        severity: 'warning',
        code: trimmed ? 'name-trimmed' : 'name-padding',
        ...whereOf(district),
        params: { printed: district, district: name },
      });
    if (invisible && name !== '')
      findings.push({ severity: 'warning', code: 'name-invisible', ...whereOf(district), params: { district: name } });
  }
  // `福保街道（福田区）` → 福保街道, for every name or none, and only when the names stay distinct.
  const bases = parts.districts.map((d) => withoutParent(clean.get(d) ?? d));
  const stripped = bases.filter((b) => b !== undefined);
  if (stripped.length > 0 && new Set(bases.map((b, i) => b ?? clean.get(parts.districts[i] ?? ''))).size === bases.length) {
    parts.districts.forEach((district, i) => {
      const base = bases[i];
      if (base !== undefined) clean.set(district, base);
    });
    changed = true;
    const first = parts.districts.find((_, i) => bases[i] !== undefined) ?? '';
    findings.push({
      severity: 'info',
      code: 'name-parent-dropped',
      ...whereOf(first),
      params: { printed: first, district: clean.get(first) ?? first },
    });
  }
  const byName = new Map<string, string>();
  for (const district of parts.districts) {
    const name = clean.get(district) ?? district;
    const other = byName.get(name);
    if (other !== undefined && name !== '')
      findings.push({
        severity: 'error',
        code: 'duplicate-name',
        ...whereOf(district),
        params: { district: name, printed: district, other },
      });
    else byName.set(name, district);
  }
  if (!changed) return parts;
  const rename = <T extends { district: string }>(items: readonly T[] | undefined): T[] | undefined =>
    items?.map((item) => ({ ...item, district: clean.get(item.district) ?? item.district }));
  return {
    ...parts,
    districts: parts.districts.map((d) => clean.get(d) ?? d),
    scores: rename(parts.scores) ?? [],
    ...(parts.publishedTotals ? { publishedTotals: rename(parts.publishedTotals) ?? [] } : {}),
    ...(parts.publishedRanks ? { publishedRanks: rename(parts.publishedRanks) ?? [] } : {}),
  };
}

/**
 * The categories under their clean names too (a site type is shown and compared like an entity): each change said,
 * two that are one once cleaned an error, and a name of nothing but invisible characters an error naming its line.
 */
function withCleanSiteTypes(parts: ReadParts, findings: Finding[]): ReadParts {
  const clean = new Map<string, string>();
  for (const siteType of parts.siteTypes) {
    const { name, padded, invisible } = cleanName(siteType.name);
    clean.set(siteType.name, name);
    if (name === '') findings.push({ severity: 'error', code: 'name-empty', line: siteType.line, params: { printed: siteType.name } });
    else if (invisible) findings.push({ severity: 'warning', code: 'name-invisible', line: siteType.line, params: { district: name } });
    if (padded && name !== '')
      findings.push({ severity: 'warning', code: 'name-padding', line: siteType.line, params: { printed: siteType.name, district: name } });
  }
  if ([...clean].every(([raw, name]) => raw === name)) return parts;
  const seen = new Set<string>();
  for (const siteType of parts.siteTypes) {
    const name = clean.get(siteType.name) ?? siteType.name;
    if (name !== '' && seen.has(name))
      findings.push({ severity: 'error', code: 'duplicate-site-type', line: siteType.line, params: { siteType: name } });
    seen.add(name);
  }
  const renamed = (siteType: string) => clean.get(siteType) ?? siteType;
  return {
    ...parts,
    siteTypes: parts.siteTypes.map((s) => ({ ...s, name: renamed(s.name) })),
    scores: parts.scores.map((s) => ({ ...s, siteType: renamed(s.siteType) })),
    ...(parts.city ? { city: { ...parts.city, averages: parts.city.averages.map((a) => ({ ...a, siteType: renamed(a.siteType) })) } } : {}),
  };
}
