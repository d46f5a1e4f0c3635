// Months a site publishes with the dashboard (public/data/): an index, and one file a period holding its source text,
// the reading chosen, and the inspection and findings as read when it was published: what the app shows, whatever
// its reading rules become (reading the text again is only a check, src/data/acceptedReading.ts). `npm run data:add`
// makes them (scripts/data-add.mjs); the app reads them at start.

import { importText, type ImportFormat, type Reading } from './importText';
import type { Finding, Inspection } from './types';
import { PERIOD } from './period';

export const INDEX_SCHEMA = 'taiyuan-sanitation-months';
export const MONTH_SCHEMA = 'taiyuan-sanitation-month';

export interface PublishedEntry {
  id: string;
  /** YYYY-MM. */
  period: string;
  /** The month's file, beside the index. */
  file: string;
}

export interface PublishedIndex {
  schema: typeof INDEX_SCHEMA;
  version: 1;
  months: PublishedEntry[];
}

export interface PublishedMonth {
  schema: typeof MONTH_SCHEMA;
  version: 1;
  id: string;
  period: string;
  /** What the month is called ('' in a language: the month, written as that language writes it). */
  label: { zh: string; en: string };
  /** Who printed it. */
  publication: { zh: string; en: string };
  text: string;
  reading?: Reading;
  /** The inspection as read when published: what the app shows. */
  inspection: Inspection;
  /** Its findings and the form it was read in (absent in files published before they were kept). */
  findings?: Finding[];
  format?: ImportFormat;
}

export interface PublishOptions {
  period: string;
  id?: string;
  /** The choices the import dialog would make (another table, roles, rows, orientation, direction): unchecked input. */
  reading?: unknown;
  label?: { zh: string; en: string };
  publication?: { zh: string; en: string };
}

export type Published = { ok: true; month: PublishedMonth; findings: Finding[] } | { ok: false; findings: Finding[] };

/** A month's id names its file beside the index: letters, digits, `-` and `_` only (no dot, no slash), never `index`. */
const ID = /^(?!index$)[A-Za-z0-9][\w-]{0,63}$/;

/** Whether an id can name a month's file: `../../package` or `index` would write over another file. */
export function isMonthId(id: string): boolean {
  return ID.test(id);
}

/**
 * A month to publish, read as the import dialog reads it (by default, or with the reading given); refused when the
 * reading has an error or names what the text does not hold.
 */
export function publishMonth(text: string, options: PublishOptions): Published {
  const id = options.id ?? options.period;
  if (!isMonthId(id) || !PERIOD.test(options.period))
    return { ok: false, findings: [{ severity: 'error', code: 'month-id', line: 1, params: { id, period: options.period } }] };
  const { format, result, reading } = importText(text, options.reading);
  if (!result.ok) return { ok: false, findings: result.findings };
  return {
    ok: true,
    findings: result.findings,
    month: {
      schema: MONTH_SCHEMA,
      version: 1,
      id,
      period: options.period,
      label: options.label ?? { zh: '', en: '' },
      publication: options.publication ?? { zh: '本站发布', en: 'Published by this site' },
      text,
      ...(reading ? { reading } : {}),
      inspection: result.inspection,
      findings: result.findings,
      format,
    },
  };
}

/** The index with a month added, or put in place of the one of its id; months in order of period. */
export function indexWith(index: PublishedIndex | undefined, entry: PublishedEntry): PublishedIndex {
  const months = (index?.months ?? []).filter((m) => m.id !== entry.id);
  months.push(entry);
  months.sort((a, b) => a.period.localeCompare(b.period) || a.id.localeCompare(b.id));
  return { schema: INDEX_SCHEMA, version: 1, months };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPair = (v: unknown): v is { zh: string; en: string } => isRecord(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/** The index's months, when it is one (anything else, or a malformed entry, is left out). */
export function indexEntries(value: unknown): PublishedEntry[] {
  if (!isRecord(value) || value.schema !== INDEX_SCHEMA || value.version !== 1 || !Array.isArray(value.months)) return [];
  return value.months.filter(
    (m): m is PublishedEntry =>
      isRecord(m) &&
      typeof m.id === 'string' &&
      ID.test(m.id) &&
      typeof m.period === 'string' &&
      PERIOD.test(m.period) &&
      typeof m.file === 'string' &&
      /^[\w.-]+\.json$/.test(m.file),
  );
}

/** A month file, when it is one. */
export function monthOf(value: unknown): PublishedMonth | undefined {
  if (!isRecord(value) || value.schema !== MONTH_SCHEMA || value.version !== 1) return undefined;
  const { id, period, label, publication, text } = value;
  if (typeof id !== 'string' || !ID.test(id) || typeof period !== 'string' || !PERIOD.test(period) || typeof text !== 'string')
    return undefined;
  if (!isPair(label) || !isPair(publication)) return undefined;
  return value as unknown as PublishedMonth;
}
