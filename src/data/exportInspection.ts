// Writes an inspection out: long-form CSV (which the importer reads back) and JSON with its findings.

import Papa from 'papaparse';
import { scoreDigits } from './decimals';
import type { Finding, Inspection } from './types';

/** UTF-8 byte-order mark: Excel needs it to read Chinese headers in a CSV. */
export const BOM = '\ufeff';

/**
 * Cells Excel would run as a formula: starting with =, @, tab or CR, or with + or - not followed by a plain
 * number (imported names are anyone's text). Numbers, negative gaps and signed rank changes (+2) stay as they are.
 */
const FORMULA_START = /^(?:[=@\t\r]|[+-](?![0-9]+(?:\.[0-9]+)?$))/;

/** Delimited text with quoting where needed, formulas written as text, CRLF line ends and a BOM, as Excel expects. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return (
    BOM +
    Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START })
  );
}

/** One row per district × site type: district, site type, score, max. The importer reads this back. */
export function inspectionToCsv(inspection: Inspection): string {
  const value = new Map(inspection.scores.map((s) => [`${s.district}\u0000${s.siteType}`, s.value]));
  // As many decimals as the source prints: a file must not round what the print says.
  const digits = scoreDigits(inspection);
  // District by district in printed order, so that the importer reads the districts back in that order.
  const rows = inspection.districts.flatMap((district) =>
    inspection.siteTypes.flatMap((siteType) => {
      const score = value.get(`${district}\u0000${siteType.name}`);
      return score === undefined ? [] : [[district, siteType.name, score.toFixed(digits), String(siteType.maxScore)]];
    }),
  );
  return toCsv(['district', 'site type', 'score', 'max'], rows);
}

export interface InspectionExport {
  schema: 'taiyuan-sanitation-inspection';
  schemaVersion: 1;
  period: string;
  label: string;
  source: string;
  inspection: Inspection;
  findings: Finding[];
}

export function inspectionToJson(payload: Omit<InspectionExport, 'schema' | 'schemaVersion'>): string {
  const document: InspectionExport = { schema: 'taiyuan-sanitation-inspection', schemaVersion: 1, ...payload };
  return JSON.stringify(document, null, 2);
}
