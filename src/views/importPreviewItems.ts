// What the import preview lists, worded: the candidates found, each column's role with its reason, and the rows
// that can be marked as reference rows (its findings are worded by findingLists, as the notes view's).

import { isDoubt } from '../data/checks/reading';
import { rowStatus, type ColumnRole, type RowStatus } from '../data/reading/columnRoles';
import type { ImportCandidate, ImportFormat, ImportPreview, Reading } from '../data/importText';
import { NO_HEADER, PRINTED_HEADER } from '../data/reading/headerRow';
import type { Grid } from '../data/sources/gridCells';
import type { Finding } from '../data/types';
import { describeFinding, describeLocation } from '../i18n/describeFinding';
import type { Language } from '../i18n/names';
import { entityKindLabel, type ViewMessageKey } from '../i18n/viewMessages';
import type { OcrDoubtItem } from './ocrDoubtItems';
import type { ViewTranslate } from './useViewTranslate';

export const FORMAT_KEYS: Readonly<Record<ImportFormat, ViewMessageKey>> = {
  page: 'importFormatPage',
  csv: 'importFormatCsv',
  table: 'importFormatTable',
  transposed: 'importFormatTransposed',
  'category-tables': 'importFormatCategoryTables',
  lists: 'importFormatLists',
};
export const ROLE_KEYS: Readonly<Record<ColumnRole, ViewMessageKey>> = {
  entity: 'roleEntity',
  score: 'roleScore',
  total: 'roleTotal',
  rank: 'roleRank',
  weighted: 'roleWeighted',
  ignored: 'roleIgnored',
};

export function candidateOptions(preview: ImportPreview | undefined, t: ViewTranslate, language: Language) {
  return (preview?.candidates ?? []).map((c) => ({
    id: c.id,
    label: t('importCandidateLabel', {
      title: c.title === '' ? t('importUntitled') : c.title,
      first: c.first,
      last: c.last,
      format: t(FORMAT_KEYS[c.format]),
    }),
    summary: c.result.ok
      ? t('importCandidateSummary', {
          entities: c.result.inspection.districts.length,
          kind: entityKindLabel(c.result.inspection.entityKind, language, c.result.inspection.districts.length),
          categories: c.result.inspection.siteTypes.length,
        })
      : t('importCandidateFails'),
  }));
}

/** Each column of the chosen table with its role (the user's choice over the reader's) and why. */
export function roleRows(candidate: ImportCandidate | undefined, roles: ReadonlyMap<number, ColumnRole>, t: ViewTranslate) {
  const plan = candidate?.table?.plan;
  // The columns past GRID_COLUMNS_SHOWN are read with their roles but not drawn: a page of 5,000 selects freezes.
  return (plan?.columns ?? []).slice(0, GRID_COLUMNS_SHOWN).map((column) => {
    const role = roles.get(column.index) ?? column.role;
    const changed = roles.has(column.index) && role !== column.role;
    return {
      index: column.index,
      header: column.header,
      role,
      reason: t(`reason-${changed ? 'user' : column.reason}` as ViewMessageKey),
      label: t('importRoleFor', { column: column.index + 1, header: column.header }),
      question: plan?.questions.includes(column.index) ?? false,
    };
  });
}

/** Rows and columns of the grid (and the ranking's categories) shown in the preview; past these, the rest are counted. */
export const GRID_ROWS_SHOWN = 200;
export const GRID_COLUMNS_SHOWN = 40;

/**
 * Where a finding points, said as the preview's grid shows it: the line (the grid's row heading) and the grid's
 * column with its header, not the character the cell starts at (第 2 行第 7 列 was a count of characters, beside a
 * grid of three columns). A finding on no cell of the grid keeps its line, or its line and character.
 */
export function gridPlaces(grid: Grid | undefined, t: ViewTranslate, language: Language): (finding: Finding) => string {
  const columnAt = new Map<string, number>();
  for (const row of [{ cells: grid?.header ?? [] }, ...(grid?.rows ?? [])])
    row.cells.forEach((cell, index) => columnAt.set(`${String(cell.line)}:${String(cell.column)}`, index));
  return (finding) => {
    const index = finding.column === undefined ? undefined : columnAt.get(`${String(finding.line)}:${String(finding.column)}`);
    if (index === undefined) return describeLocation(finding, language);
    const header = grid?.header[index]?.text ?? '';
    return t(header === '' ? 'importGridWhere' : 'importGridWhereNamed', { line: finding.line, column: index + 1, header });
  };
}

/** The findings that ask for a look before import: every warning (doubts), each worded with where it points. */
export function doubtsOf(
  findings: readonly Finding[],
  language: Language,
  where: (finding: Finding) => string = (f) => describeLocation(f, language),
) {
  return findings.filter(isDoubt).map((finding, i) => ({
    key: `${finding.code}-${i}`,
    line: finding.line,
    location: where(finding),
    text: describeFinding(finding, language),
  }));
}

/** Each row of the chosen table with its status (the user's choice over the reader's), why, and its doubts. */
export function gridRows(
  candidate: ImportCandidate | undefined,
  statuses: ReadonlyMap<number, RowStatus>,
  doubts: readonly { line: number; text: string }[],
  t: ViewTranslate,
  checks: readonly OcrDoubtItem[] = [],
) {
  const table = candidate?.table;
  if (!table) return [];
  const entityColumn = table.plan.columns.find((c) => c.role === 'entity')?.index ?? 0;
  const byLine = new Map<number, string[]>();
  for (const doubt of doubts) byLine.set(doubt.line, [...(byLine.get(doubt.line) ?? []), doubt.text]);
  const checkAt = new Map(checks.map((check) => [`${String(check.line)}:${String(check.column)}`, check]));
  return table.plan.rows.slice(0, GRID_ROWS_SHOWN).map((plan) => {
    const row = table.grid.rows[plan.index];
    const lines = new Set([row?.line ?? 0, ...(row?.cells ?? []).map((c) => c.line)]);
    const status = statuses.get(plan.index) ?? rowStatus(plan);
    const changed = statuses.has(plan.index) && status !== rowStatus(plan);
    return {
      index: plan.index,
      line: row?.line ?? 0,
      // Only the columns drawn (a CSV 5,000 columns wide had 50,000 cell labels written for 200 rows × 40 drawn).
      cells: (row?.cells ?? []).slice(0, GRID_COLUMNS_SHOWN).map((cell, index) => ({
        text: cell.text,
        where: t('importCellWhere', { line: cell.line, column: index + 1 }),
        check: checkAt.get(`${String(cell.line)}:${String(cell.column)}`),
      })),
      status,
      reason: changed ? t('reason-user') : plan.reason ? t(`reason-${plan.reason}` as ViewMessageKey) : '',
      label: t('importRowStatusFor', { line: row?.line ?? 0, name: row?.cells[entityColumn]?.text ?? '' }),
      doubts: [...lines].flatMap((line) => byLine.get(line) ?? []),
    };
  });
}

/** How many of a grid's rows are offered as its header: a header is near the top, and a select must stay short. */
const HEADER_ROWS_OFFERED = 8;

/**
 * The header choices of a grid (before any is applied): as read, each of its first rows (its line and first cells), or
 * none; values as headerRow.ts numbers them.
 */
export function headerChoices(grid: Grid, t: ViewTranslate): { value: string; label: string }[] {
  const line = grid.header[0]?.line ?? grid.first;
  const rows = grid.rows.slice(0, HEADER_ROWS_OFFERED).map((row, i) => ({
    value: String(i + 1),
    label: t('importHeaderRowAt', {
      line: row.line,
      cells: row.cells
        .slice(0, 4)
        .map((cell) => cell.text)
        .join(' '),
    }),
  }));
  return [
    { value: String(PRINTED_HEADER), label: t('importHeaderPrinted', { line }) },
    ...rows,
    { value: String(NO_HEADER), label: t('importHeaderNone', { line }) },
  ];
}

/** The reading the user chose: the candidate, and the roles and row statuses set over the reader's. */
export function readingOf(
  candidate: string,
  roles: ReadonlyMap<number, ColumnRole>,
  statuses: ReadonlyMap<number, RowStatus>,
  transposed?: boolean,
  direction?: 'more' | 'fewer',
  headerRow = PRINTED_HEADER,
): Reading {
  return {
    candidate,
    ...(transposed === undefined ? {} : { transposed }),
    ...(headerRow === PRINTED_HEADER ? {} : { headerRow }),
    ...(direction === undefined ? {} : { direction }),
    ...(roles.size > 0 ? { roles: [...roles].map(([column, role]) => ({ column, role })) } : {}),
    ...(statuses.size > 0
      ? {
          references: [...statuses].map(([row, status]) => ({ row, reference: status === 'reference' })),
          skipped: [...statuses].map(([row, status]) => ({ row, skipped: status === 'skipped' })),
        }
      : {}),
  };
}
