// The import preview: the candidates found, the chosen table's column roles and reference rows, what will be
// imported (counts and the resulting ranking), the findings, and the period and label to import it under.

import { useDeferredValue, useMemo } from 'react';
import { DataTable } from '../components/DataTable';
import { GroupedFindings } from '../components/GroupedFindings';
import { findingLists } from './findingLists';
import { ImportCandidateList } from '../components/ImportCandidateList';
import type { ColumnRole, RowStatus } from '../data/reading/columnRoles';
import type { Inspection } from '../data/types';
import { scoreDigits } from '../data/decimals';
import type { ImportCandidate, ImportFormat, ImportPreview as Preview } from '../data/importText';
import type { ParseResult } from '../data/types';
import { formatScore } from '../i18n/format';
import { displayName, entityKindName } from '../i18n/names';
import { entityKindLabel } from '../i18n/viewMessages';
import { indexScores, scoreOf } from '../model/scores';
import { computeStandings } from '../model/standings';
import { useDashboard } from '../store/store';
import {
  candidateOptions,
  doubtsOf,
  FORMAT_KEYS,
  GRID_COLUMNS_SHOWN,
  GRID_ROWS_SHOWN,
  gridPlaces,
  gridRows,
  roleRows,
} from './importPreviewItems';
import type { OcrDoubtItem } from './ocrDoubtItems';
import { DoubtsToConfirm, GridControls, MonthFields, PreviewGrid } from './importPreviewParts';
import { useViewTranslate } from './useViewTranslate';

/** The user's choices in the preview, each with its setter. */
export interface PreviewChoices {
  chosenId: string;
  onChoose: (id: string) => void;
  roles: ReadonlyMap<number, ColumnRole>;
  onRoles: (roles: ReadonlyMap<number, ColumnRole>) => void;
  statuses: ReadonlyMap<number, RowStatus>;
  onStatuses: (statuses: ReadonlyMap<number, RowStatus>) => void;
  /** The reader swapped the grid's rows and columns (the entities stand in the header). */
  swapped: boolean;
  onSwap: () => void;
  /** The grid's header as the reader chose it (headerRow.ts), the choices offered, and its setter. */
  headerRow: number;
  headerChoices: readonly { value: string; label: string }[];
  onHeaderRow: (headerRow: number) => void;
  /** Fewer is better (deductions, problems found), as read or as the reader set it. */
  fewer: boolean;
  onFewer: (fewer: boolean) => void;
  allFindings: boolean;
  onAllFindings: () => void;
  doubtsChecked: boolean;
  onDoubtsChecked: (checked: boolean) => void;
  period: string;
  onPeriod: (period: string) => void;
  label: string;
  onLabel: (label: string) => void;
  /** '' (told by its names), 'new', or the key of the series the reader says it belongs to. */
  series: string;
  onSeries: (series: string) => void;
}

export interface ImportPreviewProps {
  idPrefix: string;
  preview: Preview;
  candidate: ImportCandidate | undefined;
  /** The chosen candidate read with the user's roles. */
  result: ParseResult;
  choices: PreviewChoices;
  /** The OCR's open doubts on the chosen table (ocrDoubtItems), and how a correction is made. */
  ocrChecks: readonly OcrDoubtItem[];
  onCorrect: (line: number, cell: number, value: string) => void;
  /** A problem with the period or with the doubts' confirmation, shown beside its control. */
  periodProblem?: string | undefined;
  doubtsProblem?: string | undefined;
}

export function ImportPreview({
  idPrefix: id,
  preview,
  candidate,
  result,
  choices,
  ocrChecks,
  onCorrect,
  periodProblem,
  doubtsProblem,
}: ImportPreviewProps) {
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  const { roles, statuses } = choices;
  const inspection = result.ok ? result.inspection : undefined;
  const errors = result.findings.filter((f) => f.severity === 'error');
  const table = candidate?.table;
  const where = gridPlaces(table?.grid, t, language);
  const findings = findingLists(result.findings, choices.allFindings, t, language, where);
  const options = candidateOptions(preview, t, language);
  const columns = roleRows(candidate, roles, t);
  const doubts = [
    ...doubtsOf(result.findings, language, where),
    ...ocrChecks.map((check) => ({ key: check.key, line: check.line, location: '', text: check.item })),
  ];
  const rows = gridRows(candidate, statuses, doubts, t, ocrChecks);

  return (
    <section aria-labelledby={`${id}-preview`} className="import-preview">
      <h3 id={`${id}-preview`}>{t('importPreviewTitle')}</h3>
      {/* The period first: on a phone it would otherwise come after a long preview, and it is what the import needs. */}
      {inspection && <MonthFields id={id} inspection={inspection} choices={choices} periodProblem={periodProblem} />}
      {options.length > 1 && (
        <ImportCandidateList
          legend={t('importCandidates')}
          name={`${id}-candidate`}
          options={options}
          chosen={choices.chosenId}
          onChoose={choices.onChoose}
        />
      )}
      {table && <GridControls swappedNote={table.swapped} choices={choices} />}
      {table && (
        <PreviewGrid
          columns={columns}
          rows={rows}
          choices={choices}
          onCorrect={onCorrect}
          rowCount={table.plan.rows.length}
          columnCount={table.plan.columns.length}
        />
      )}
      <ReadingSummary inspection={inspection} format={candidate?.format ?? preview.format} errorCount={errors.length} />
      <GroupedFindings
        groups={findings.groups}
        shown={findings.shown}
        total={result.findings.length}
        emptyText={t('noFindings')}
        shownText={t('findingsShown', { shown: findings.shown, count: result.findings.length })}
        showAllText={t('findingsShowAll', { count: result.findings.length })}
        onShowAll={choices.onAllFindings}
      />
      {inspection && doubts.length > 0 && <DoubtsToConfirm id={id} doubts={doubts} choices={choices} problem={doubtsProblem} />}
    </section>
  );
}

/** What the reading found (its counts and its ranking), or how many errors refuse it. */
function ReadingSummary(props: { inspection: Inspection | undefined; format: ImportFormat; errorCount: number }) {
  const { inspection, format, errorCount } = props;
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  if (!inspection)
    return (
      <p role="alert" className="form-problem">
        {t('importErrors', { count: errorCount })}
      </p>
    );
  return (
    <>
      <p>
        {t('importFound', {
          districts: inspection.districts.length,
          kind: entityKindLabel(inspection.entityKind, language, inspection.districts.length),
          siteTypes: inspection.siteTypes.length,
          scores: inspection.scores.length,
          format: t(FORMAT_KEYS[format]),
        })}
      </p>
      <RankingPreview inspection={inspection} />
    </>
  );
}

/**
 * The ranking the reading gives, its table showing the first categories (totals and ranks count them all). A
 * component of its own: ranking 50,000 scores takes a tenth of a second, done once per reading and in a render
 * unit apart from the dialog's, so that a transition can yield between them.
 */
function RankingPreview({ inspection: current }: { inspection: Inspection }) {
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  // Ranked in a render of its own after the dialog is drawn (and drawn again), never in the same task as it.
  const inspection = useDeferredValue<Inspection | undefined>(current, undefined);
  const ranked = useMemo(() => {
    if (!inspection) return undefined;
    const scores = indexScores(inspection);
    return { index: scores, digits: scoreDigits(inspection), standings: computeStandings(scores, inspection.siteTypes) };
  }, [inspection]);
  if (!inspection || !ranked) return null;
  const { index, digits, standings } = ranked;
  const shownSiteTypes = inspection.siteTypes.slice(0, GRID_COLUMNS_SHOWN);
  // The first rows only, as the grid above: a ranking of 60,000 rows drawn whole froze the page for seconds.
  const shownRows = standings.rows.slice(0, GRID_ROWS_SHOWN);
  return (
    <>
      <DataTable
        caption={t('importRankingTitle')}
        columns={[
          t('columnDistrict', { kind: entityKindName(inspection.entityKind, language) }),
          t('columnRank'),
          t('columnTotal', { count: inspection.siteTypes.length }),
          ...shownSiteTypes.map((s) => displayName(s.name, language)),
        ]}
        rows={shownRows.map((row) => ({
          key: row.district,
          cells: [
            displayName(row.district, language),
            String(row.rank),
            formatScore(row.total, language, digits),
            ...shownSiteTypes.map((s) => formatScore(scoreOf(index, row.district, s.name), language, digits)),
          ],
        }))}
      />
      {standings.rows.length > shownRows.length && (
        <p>{t('importRankingMore', { shown: shownRows.length, count: standings.rows.length })}</p>
      )}
    </>
  );
}
