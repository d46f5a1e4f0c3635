// An inspection carried in a link's fragment (`#data=…`, which browsers never send to a server), so that a month
// imported in one browser is seen as it is in another: the reading as compact JSON (names, maxima, scores, totals
// and ranks as printed, the city's figures, the title, period and label), compressed (deflate-raw), in base64url,
// behind a version and a checksum (CRC-32 of the JSON). Decoding checks all of it and says what is wrong; it never
// throws and never reads past a size limit, however the fragment was made.

import type { Inspection } from '../types';

export const FRAGMENT_VERSION = 1;
/** A fragment longer than this is refused (and not made): past it, a month is published as a file instead. */
export const FRAGMENT_LIMIT = 32_000;
/** The JSON a fragment may unpack to: a deflate bomb stops here. */
const JSON_LIMIT = 1_000_000;
const PREFIX = '#data=';

export interface SharedReading {
  period: string;
  label: string;
  inspection: Inspection;
}

export type FragmentProblem = 'damaged' | 'version' | 'too-long';
export type DecodedFragment = { ok: true; reading: SharedReading } | { ok: false; problem: FragmentProblem };

/** The inspection as arrays in a fixed order: what a link carries (no lines or columns: there is no text). */
export type Compact = [
  version: number,
  period: string,
  label: string,
  title: string,
  entityKind: string,
  districts: string[],
  siteTypes: [name: string, max: number, weight: number | null][],
  /** One row per district, one value per site type (null: no score). */
  scores: (number | null)[][],
  totals: (number | null)[],
  ranks: (number | null)[],
  totalMax: number,
  city: [name: string, averages: (number | null)[], total: number | null] | null,
  /** 1 when fewer is better (deductions), else 0; absent in links made before the direction was carried. */
  fewerIsBetter?: 0 | 1,
  /** The decimals the scores were printed with; absent in links made before they were carried. */
  decimals?: number,
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (ch) => ch.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Runs bytes through a compression stream, stopping past `limit` bytes out (undefined then, or on a stream error). */
async function through(
  stream: CompressionStream | DecompressionStream,
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array | undefined> {
  const writer = stream.writable.getWriter();
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The reading as the compact arrays a link carries (also how a saved link's reading is stored). */
export function compact({ period, label, inspection: i }: SharedReading): Compact {
  const scores = new Map(i.scores.map((s) => [`${s.district}\u0000${s.siteType}`, s.value]));
  const totals = new Map(i.publishedTotals.map((t) => [t.district, t.value]));
  const ranks = new Map((i.publishedRanks ?? []).map((r) => [r.district, r.value]));
  const averages = new Map((i.cityAverages ?? []).map((a) => [a.siteType, a.value]));
  const arrays: Compact = [
    FRAGMENT_VERSION,
    period,
    label,
    i.title,
    i.entityKind ?? '',
    i.districts,
    i.siteTypes.map((s) => [s.name, s.maxScore, s.weight ?? null]),
    i.districts.map((d) => i.siteTypes.map((s) => scores.get(`${d}\u0000${s.name}`) ?? null)),
    i.districts.map((d) => totals.get(d) ?? null),
    i.districts.map((d) => ranks.get(d) ?? null),
    i.totalMaxScore,
    i.city === undefined ? null : [i.city, i.siteTypes.map((s) => averages.get(s.name) ?? null), i.publishedCityTotal ?? null],
  ];
  if (i.fewerIsBetter || i.decimals !== undefined) arrays.push(i.fewerIsBetter ? 1 : 0);
  if (i.decimals !== undefined) arrays.push(i.decimals);
  return arrays;
}

/** The fragment (`#data=…`) that carries a reading; its length is what the link grows by. */
export async function encodeFragment(reading: SharedReading): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(compact(reading)));
  const deflated = (await through(new CompressionStream('deflate-raw'), json, Infinity)) ?? new Uint8Array();
  return `${PREFIX}${String(FRAGMENT_VERSION)}.${crc32(json).toString(16).padStart(8, '0')}.${toBase64Url(deflated)}`;
}

const isName = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= 200;
const isFigure = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const figureOrNull = (v: unknown): v is number | null => v === null || isFigure(v);
const listOf = <T>(v: unknown, length: number, item: (x: unknown) => x is T): v is T[] =>
  Array.isArray(v) && v.length === length && v.every((x) => item(x));

/** The inspection of a compact reading, or undefined when any part of it is not what a reading holds. */
export function expand(value: unknown): SharedReading | undefined {
  if (!Array.isArray(value) || value.length < 12 || value.length > 14) return undefined;
  const [, period, label, title, kind, districts, siteTypes, scores, totals, ranks, totalMax, city, fewer, decimals] = value as unknown[];
  if (fewer !== undefined && fewer !== 0 && fewer !== 1) return undefined;
  if (decimals !== undefined && !(typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= 6))
    return undefined;
  if (typeof period !== 'string' || !/^[\w.-]{1,64}$/.test(period) || typeof label !== 'string' || typeof title !== 'string')
    return undefined;
  if (typeof kind !== 'string' || !Array.isArray(districts) || !districts.every(isName) || new Set(districts).size !== districts.length)
    return undefined;
  if (districts.length === 0 || districts.length > 10_000 || !Array.isArray(siteTypes) || siteTypes.length === 0) return undefined;
  const types = siteTypes as unknown[];
  if (!types.every((s) => Array.isArray(s) && s.length === 3 && isName(s[0]) && isFigure(s[1]) && s[1] > 0 && figureOrNull(s[2])))
    return undefined;
  const named = types as [string, number, number | null][];
  if (new Set(named.map((s) => s[0])).size !== named.length || !isFigure(totalMax)) return undefined;
  const n = districts.length;
  if (!Array.isArray(scores) || scores.length !== n || !scores.every((row) => listOf(row, named.length, figureOrNull))) return undefined;
  if (!listOf(totals, n, figureOrNull) || !listOf(ranks, n, figureOrNull)) return undefined;
  if (
    city !== null &&
    !(Array.isArray(city) && city.length === 3 && isName(city[0]) && listOf(city[1], named.length, figureOrNull) && figureOrNull(city[2]))
  )
    return undefined;
  const at = (district: string) => ({ district, line: 0, column: 0 });
  const inspection: Inspection = {
    title,
    districts,
    siteTypes: named.map(([name, maxScore, weight]) => ({ name, maxScore, line: 0, ...(weight === null ? {} : { weight }) })),
    scores: districts.flatMap((district, d) =>
      named.flatMap(([siteType], s) => {
        const v = (scores[d] as (number | null)[])[s];
        return v === null || v === undefined ? [] : [{ ...at(district), siteType, value: v }];
      }),
    ),
    publishedTotals: districts.flatMap((district, d) => (totals[d] === null ? [] : [{ ...at(district), value: totals[d] as number }])),
    totalMaxScore: totalMax,
    sourceRanges: [],
  };
  if (ranks.some((r) => r !== null))
    inspection.publishedRanks = districts.flatMap((district, d) =>
      ranks[d] === null ? [] : [{ ...at(district), value: ranks[d] as number }],
    );
  if (kind !== '') inspection.entityKind = kind;
  if (fewer === 1) inspection.fewerIsBetter = true;
  if (typeof decimals === 'number') inspection.decimals = decimals;
  if (city !== null) {
    const [name, averages, total] = city as [string, (number | null)[], number | null];
    inspection.city = name;
    inspection.cityAverages = named.flatMap(([siteType], s) => {
      const v = averages[s];
      return v === null || v === undefined ? [] : [{ siteType, value: v, line: 0, column: 0 }];
    });
    if (total !== null) inspection.publishedCityTotal = total;
  }
  return { period, label, inspection };
}

/** Reads a fragment made by encodeFragment; a damaged one, one of another version or one past the limit is refused. */
export async function decodeFragment(fragment: string): Promise<DecodedFragment> {
  if (fragment.length > FRAGMENT_LIMIT) return { ok: false, problem: 'too-long' };
  const [version, checksum, payload, ...rest] = fragment.slice(PREFIX.length).split('.');
  if (!fragment.startsWith(PREFIX) || rest.length > 0 || payload === undefined || checksum === undefined)
    return { ok: false, problem: 'damaged' };
  if (version !== String(FRAGMENT_VERSION)) return { ok: false, problem: /^\d+$/.test(version ?? '') ? 'version' : 'damaged' };
  const bytes = fromBase64Url(payload);
  const json = bytes && (await through(new DecompressionStream('deflate-raw'), bytes, JSON_LIMIT));
  if (!json || crc32(json).toString(16).padStart(8, '0') !== checksum) return { ok: false, problem: 'damaged' };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const reading = expand(value);
  return reading ? { ok: true, reading } : { ok: false, problem: 'damaged' };
}
