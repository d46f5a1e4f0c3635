// A month as its reader accepted it: the inspection and findings the preview showed when 导入 was pressed, kept
// beside the raw text so that every later load shows exactly that, whatever the reading rules have become since.
// Reading the text again with today's rules is only a check: figureChanges says what would differ, and the reader
// chooses (keep the accepted reading, or take the new one); nothing changes by itself.

import { checkFigures } from './checks/figures';
import { crc32 } from './share/fragment';
import type { ImportFormat } from './tableCandidate';
import type { Finding, FindingCode, Inspection, ParseResult, Severity } from './types';

export interface AcceptedReading {
  inspection: Inspection;
  findings: Finding[];
  format: ImportFormat;
  /** The fingerprint of a newer reading the reader chose not to take: that difference is not raised again. */
  keptOver?: string;
}

/** One way today's reading of a month's text differs from the reading its reader accepted. */
export interface FigureChange {
  kind: 'entities' | 'categories' | 'score' | 'total' | 'rank' | 'reference' | 'unreadable';
  district?: string;
  siteType?: string;
  before?: string;
  after?: string;
}

const FORMATS: ReadonlySet<string> = new Set(['page', 'csv', 'table', 'transposed', 'category-tables', 'lists']);
const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isOptional = (v: unknown, check: (x: unknown) => boolean): boolean => v === undefined || check(v);

/** A list whose every item passes `check`, rebuilt from its checked fields; null when any item does not. */
function listOf<T>(value: unknown, check: (item: Record<string, unknown>) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  const out: T[] = [];
  for (const item of value as unknown[]) {
    const checked = isRecord(item) ? check(item) : null;
    if (checked === null) return null;
    out.push(checked);
  }
  return out;
}

const placed = (v: Record<string, unknown>) => isNumber(v.line) && isNumber(v.column) && isNumber(v.value);
const districtFigure = (v: Record<string, unknown>) =>
  isText(v.district) && placed(v)
    ? { district: v.district, value: v.value as number, line: v.line as number, column: v.column as number }
    : null;

/** The inspection held in a stored or published month, checked field by field; null when any part is not one. */
export function inspectionOf(value: unknown): Inspection | null {
  if (!isRecord(value) || !isText(value.title) || !isNumber(value.totalMaxScore)) return null;
  const districts = Array.isArray(value.districts) && value.districts.every(isText) ? value.districts : null;
  const siteTypes = listOf(value.siteTypes, (s) =>
    isText(s.name) && isNumber(s.maxScore) && isNumber(s.line) && isOptional(s.weight, isNumber)
      ? { name: s.name, maxScore: s.maxScore, line: s.line, ...(isNumber(s.weight) ? { weight: s.weight } : {}) }
      : null,
  );
  const scores = listOf(value.scores, (s) => {
    const figure = districtFigure(s);
    return figure && isText(s.siteType) ? { ...figure, siteType: s.siteType } : null;
  });
  const totals = listOf(value.publishedTotals, districtFigure);
  const ranks = value.publishedRanks === undefined ? undefined : listOf(value.publishedRanks, districtFigure);
  const averages =
    value.cityAverages === undefined
      ? undefined
      : listOf(value.cityAverages, (a) =>
          isText(a.siteType) && placed(a)
            ? { siteType: a.siteType, value: a.value as number, line: a.line as number, column: a.column as number }
            : null,
        );
  const ranges = listOf(value.sourceRanges, (r) => (isNumber(r.first) && isNumber(r.last) ? { first: r.first, last: r.last } : null));
  if (!districts || !siteTypes || !scores || !totals || !ranges || ranks === null || averages === null) return null;
  if (!isOptional(value.city, isText) || !isOptional(value.entityKind, isText) || !isOptional(value.publishedCityTotal, isNumber))
    return null;
  return {
    title: value.title,
    districts: [...districts],
    siteTypes,
    scores,
    publishedTotals: totals,
    totalMaxScore: value.totalMaxScore,
    sourceRanges: ranges,
    ...(isText(value.city) ? { city: value.city } : {}),
    ...(averages ? { cityAverages: averages } : {}),
    ...(isNumber(value.publishedCityTotal) ? { publishedCityTotal: value.publishedCityTotal } : {}),
    ...(ranks ? { publishedRanks: ranks } : {}),
    ...(isText(value.entityKind) ? { entityKind: value.entityKind } : {}),
    ...(value.fewerIsBetter === true ? { fewerIsBetter: true as const } : {}),
    ...(isNumber(value.decimals) && Number.isInteger(value.decimals) && value.decimals >= 0 ? { decimals: value.decimals } : {}),
  };
}

function findingOf(f: Record<string, unknown>): Finding | null {
  if (!isText(f.severity) || !SEVERITIES.has(f.severity) || !isText(f.code) || !isRecord(f.params)) return null;
  if (!isNumber(f.line) || !isOptional(f.column, isNumber)) return null;
  const params = Object.entries(f.params);
  if (!params.every(([, v]) => isText(v) || isNumber(v) || (Array.isArray(v) && v.every(isText)))) return null;
  return {
    severity: f.severity as Severity,
    code: f.code as FindingCode,
    line: f.line,
    ...(isNumber(f.column) ? { column: f.column } : {}),
    params: Object.fromEntries(params) as Finding['params'],
  };
}

/** An accepted reading as stored, checked field by field; null when anything in it is malformed (never half read). */
export function acceptedOf(value: unknown): AcceptedReading | null {
  if (!isRecord(value) || !isText(value.format) || !FORMATS.has(value.format) || !isOptional(value.keptOver, isText)) return null;
  const inspection = inspectionOf(value.inspection);
  const findings = listOf(value.findings, findingOf);
  // Figures no reader of a text could have accepted (a score missing or out of range) were changed since: refused.
  if (!inspection || !findings || checkFigures(inspection).length > 0) return null;
  return {
    inspection,
    findings,
    format: value.format as ImportFormat,
    ...(isText(value.keptOver) ? { keptOver: value.keptOver } : {}),
  };
}

/** The figures a ranking is made of, keyed: what two readings of one text must share to show the same month. */
function figuresOf(i: Inspection): Map<string, { change: FigureChange; value: string }> {
  const out = new Map<string, { change: FigureChange; value: string }>();
  const put = (key: string, change: FigureChange, value: number | string) => out.set(key, { change, value: String(value) });
  for (const s of i.scores)
    put(`s\u0000${s.district}\u0000${s.siteType}`, { kind: 'score', district: s.district, siteType: s.siteType }, s.value);
  for (const t of i.publishedTotals) put(`t\u0000${t.district}`, { kind: 'total', district: t.district }, t.value);
  for (const r of i.publishedRanks ?? []) put(`r\u0000${r.district}`, { kind: 'rank', district: r.district }, r.value);
  for (const s of i.siteTypes)
    put(`c\u0000${s.name}`, { kind: 'categories', siteType: s.name }, `${String(s.maxScore)}×${String(s.weight ?? 1)}`);
  for (const a of i.cityAverages ?? []) put(`a\u0000${a.siteType}`, { kind: 'reference', siteType: a.siteType }, a.value);
  if (i.city !== undefined) put('city', { kind: 'reference', district: i.city }, i.city);
  if (i.publishedCityTotal !== undefined) put('city-total', { kind: 'reference' }, i.publishedCityTotal);
  if (i.fewerIsBetter) put('direction', { kind: 'categories' }, 'fewer is better');
  return out;
}

/**
 * How `now` (today's reading of the text) differs from the accepted reading: the entities first (names gone or
 * new, or another order), then every figure that differs, appears or disappears. Empty: the same month.
 */
export function figureChanges(accepted: Inspection, now: Inspection): FigureChange[] {
  const changes: FigureChange[] = [];
  if (accepted.districts.join('\u0000') !== now.districts.join('\u0000'))
    changes.push({ kind: 'entities', before: accepted.districts.join('、'), after: now.districts.join('、') });
  const before = figuresOf(accepted);
  const after = figuresOf(now);
  for (const [key, { change, value }] of before) {
    const other = after.get(key)?.value;
    if (other !== value) changes.push({ ...change, before: value, ...(other === undefined ? {} : { after: other }) });
  }
  for (const [key, { change, value }] of after) if (!before.has(key)) changes.push({ ...change, after: value });
  return changes;
}

/** A short stable name for a reading's figures: a difference the reader chose to keep is known again by it. */
export function figuresFingerprint(inspection: Inspection): string {
  const entries = [...figuresOf(inspection)].map(([key, { value }]) => `${key}=${value}`);
  const text = `${inspection.districts.join('\u0000')}\u0001${entries.join('\u0001')}`;
  return crc32(new TextEncoder().encode(text)).toString(16).padStart(8, '0');
}

/** A change in a few words that read the same in every language: `迎泽区 · 农贸市场: 88.5 → 89`. */
function changeDetail(change: FigureChange): string {
  const what = [change.district, change.siteType].filter((x) => x !== undefined).join(' · ');
  const figures = `${change.before ?? '—'} → ${change.after ?? '—'}`;
  const text = what === '' ? figures : `${what}: ${figures}`;
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/**
 * The finding on a month whose text today's rules read otherwise than its reader accepted (how many figures, the
 * first of them), or no longer read at all.
 */
export function readingChangedFinding(changes: readonly FigureChange[]): Finding {
  const [first] = changes;
  if (!first || first.kind === 'unreadable') return { severity: 'warning', code: 'reading-unreadable', line: 1, params: {} };
  const params: Record<string, string | number> = { count: changes.length, kind: first.kind, detail: changeDetail(first) };
  for (const key of ['district', 'siteType', 'before', 'after'] as const) {
    const value = first[key];
    if (value !== undefined) params[key] = value;
  }
  return { severity: 'warning', code: 'reading-changed', line: 1, params };
}

/** What a month shows: the reading accepted (else today's), its findings, and today's reading when it differs. */
export interface ShownReading {
  shown: AcceptedReading;
  findings: Finding[];
  /** Today's reading (none when the text no longer reads) and its fingerprint, when it differs and was not kept. */
  reread?: { fingerprint: string; now: AcceptedReading | undefined };
}

/**
 * The reading a month shows: the one its reader (or its publisher) accepted, with a finding when today's reading
 * `now` of its text differs and that difference was not kept before; a month with no accepted reading shows `now`.
 */
export function shownReading(accepted: AcceptedReading | null, now: AcceptedReading | undefined): ShownReading | undefined {
  if (!accepted) return now ? { shown: now, findings: now.findings } : undefined;
  const changes = now ? figureChanges(accepted.inspection, now.inspection) : [{ kind: 'unreadable' as const }];
  // The same figures (every load of every month, in the main thread): nothing more to compute.
  if (changes.length === 0) return { shown: accepted, findings: accepted.findings };
  const fingerprint = now ? figuresFingerprint(now.inspection) : 'unreadable';
  if (accepted.keptOver === fingerprint) return { shown: accepted, findings: accepted.findings };
  return { shown: accepted, findings: [...accepted.findings, readingChangedFinding(changes)], reread: { fingerprint, now } };
}

/** What a reader accepts when a reading is imported: every figure and finding as the preview showed them. */
export function acceptedFrom(read: { format: ImportFormat; result: ParseResult }): AcceptedReading | undefined {
  return read.result.ok ? { inspection: read.result.inspection, findings: read.result.findings, format: read.format } : undefined;
}
