// One entry point for every import: a newspaper page (or any text holding the tables), or CSV/TSV.
// It carries the CSV reader (papaparse): the app loads it on demand, never on the first screen.

import { looksLikeCsv, parseCsvInspection } from './importCsv';
import { parseInspection } from './parseInspection';
import type { ParseResult } from './types';

export type ImportFormat = 'page' | 'csv';

/** What an import was read as, and what was found. */
export interface ImportResult {
  format: ImportFormat;
  result: ParseResult;
}

/** An import read for the preview, before it is added. */
export interface ImportPreview extends ImportResult {
  /** A period suggested from the first date the text names. */
  suggestedPeriod: string | undefined;
}

/** The printed tables first; CSV/TSV when the text holds no score table and starts with a district header. */
export function importText(text: string, onProgress?: (fraction: number) => void): ImportResult {
  const page = parseInspection(text, onProgress ? { onProgress } : {});
  const noTable = !page.ok && page.findings.every((f) => f.code === 'no-table');
  if (noTable && looksLikeCsv(text)) return { format: 'csv', result: parseCsvInspection(text) };
  return { format: 'page', result: page };
}

/** A period (YYYY-MM) suggested from the first date the text names, e.g. 2025年2月 or 2025-02. */
export function suggestPeriod(text: string): string | undefined {
  const head = text.slice(0, 200_000);
  const match = /(20\d\d)\s*年\s*(1[0-2]|0?[1-9])\s*月/.exec(head) ?? /(20\d\d)[-/.](1[0-2]|0[1-9])(?!\d)/.exec(head);
  if (!match) return undefined;
  return `${match[1] ?? ''}-${(match[2] ?? '').padStart(2, '0')}`;
}

/** Reads a text as an import would, adding nothing. */
export function previewImport(text: string, onProgress?: (fraction: number) => void): ImportPreview {
  return { ...importText(text, onProgress), suggestedPeriod: suggestPeriod(text) };
}
