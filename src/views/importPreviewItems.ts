// What the import preview lists, worded: the candidates found, each column's role with its reason, the rows
// that can be marked as reference rows, and the findings (grouped, and the first ones in full).

import type { ColumnRole } from '../data/columnRoles';
import type { ImportCandidate, ImportFormat, ImportPreview } from '../data/importText';
import type { Finding } from '../data/types';
import { describeFinding, describeLocation } from '../i18n/describeFinding';
import { findingTemplate } from '../i18n/findingMessages';
import type { Language } from '../i18n/names';
import { entityKindLabel, type ViewMessageKey } from '../i18n/viewMessages';
import { countFindingKinds } from '../model/findingGroups';
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
/** Findings listed before "show all". */
export const FIRST_FINDINGS = 20;
/** Past this many rows only the reference rows get a checkbox. */
const ROW_CHOICES_UP_TO = 50;
const SEVERITY_KEYS = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

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
  return (plan?.columns ?? []).map((column) => {
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

/** The rows that can be marked as reference rows (all of a short table; only the marked ones of a long one). */
export function referenceOptions(
  candidate: ImportCandidate | undefined,
  entityColumn: number | undefined,
  references: ReadonlyMap<number, boolean>,
  t: ViewTranslate,
) {
  const table = candidate?.table;
  const rows = table?.plan.rows ?? [];
  return rows
    .filter((row) => row.reference || rows.length <= ROW_CHOICES_UP_TO)
    .map((row) => ({
      row: row.index,
      label: t('importRowReference', { name: table?.grid.rows[row.index]?.cells[entityColumn ?? 0]?.text ?? '' }),
      reason: references.has(row.index) ? t('reason-user') : row.reason ? t(`reason-${row.reason}` as ViewMessageKey) : '',
      reference: references.get(row.index) ?? row.reference,
    }));
}

/** The findings as listed: the first FIRST_FINDINGS (or all), and a count per kind. */
export function findingLists(findings: readonly Finding[], showAll: boolean, t: ViewTranslate, language: Language) {
  const items = (showAll ? findings : findings.slice(0, FIRST_FINDINGS)).map((finding, i) => ({
    key: `${finding.code}-${i}`,
    severity: finding.severity,
    severityLabel: t(SEVERITY_KEYS[finding.severity]),
    location: describeLocation(finding, language),
    text: describeFinding(finding, language),
  }));
  const groups = countFindingKinds(findings).map((group) => ({
    key: group.code,
    text: t('findingsSummary', {
      severity: t(SEVERITY_KEYS[group.severity]),
      count: group.count,
      kind: findingTemplate(language, group.code).replace(/\{[^}]*\}/g, '…'),
    }),
  }));
  return { items, groups };
}
