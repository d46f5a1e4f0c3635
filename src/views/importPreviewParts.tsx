// The parts of the import preview (ImportPreview): the month's fields, the grid's controls (swap, direction,
// header row), the grid itself with its roles and statuses, and the doubts to confirm before import.

import { FieldProblem, problemProps } from '../components/FieldProblem';
import { ReadingGrid, type ReadingGridProps } from '../components/ReadingGrid';
import { SelectField } from '../components/SelectField';
import type { Inspection } from '../data/types';
import { GRID_COLUMNS_SHOWN, GRID_ROWS_SHOWN, ROLE_KEYS } from './importPreviewItems';
import type { PreviewChoices } from './ImportPreview';
import { SeriesChoice } from './SeriesChoice';
import { useViewTranslate } from './useViewTranslate';

/** The month's own fields, first: on a phone they would otherwise come after a long preview. */
export function MonthFields(props: { id: string; inspection: Inspection; choices: PreviewChoices; periodProblem: string | undefined }) {
  const { id, inspection, choices, periodProblem } = props;
  const t = useViewTranslate();
  return (
    <div className="import-fields">
      <label htmlFor={`${id}-period`}>{t('importPeriod')}</label>
      <input
        id={`${id}-period`}
        type="month"
        value={choices.period}
        {...problemProps(`${id}-period-problem`, periodProblem)}
        onChange={(event) => {
          choices.onPeriod(event.target.value);
        }}
      />
      <FieldProblem id={`${id}-period-problem`} text={periodProblem} />
      <label htmlFor={`${id}-label`}>{t('importLabel')}</label>
      <input
        id={`${id}-label`}
        type="text"
        value={choices.label}
        onChange={(event) => {
          choices.onLabel(event.target.value);
        }}
      />
      <SeriesChoice inspection={inspection} period={choices.period} value={choices.series} onChange={choices.onSeries} />
    </div>
  );
}

/** Rows and columns swapped, fewer is better, and the row that heads the grid: the reader's choices on the grid. */
export function GridControls({ swappedNote, choices }: { swappedNote: boolean; choices: PreviewChoices }) {
  const t = useViewTranslate();
  return (
    <>
      <p className="import-swap">
        <button type="button" aria-pressed={choices.swapped} onClick={choices.onSwap}>
          {t('importSwap')}
        </button>{' '}
        <span>{t(swappedNote ? 'importSwappedNote' : 'importRowsNote')}</span>{' '}
        <label className="import-direction">
          <input
            type="checkbox"
            checked={choices.fewer}
            onChange={(event) => {
              choices.onFewer(event.target.checked);
            }}
          />{' '}
          {t('importFewerIsBetter')}
        </label>
      </p>
      <SelectField
        label={t('importHeaderRow')}
        value={String(choices.headerRow)}
        options={choices.headerChoices}
        onChange={(value) => {
          choices.onHeaderRow(Number(value));
        }}
      />
    </>
  );
}

interface PreviewGridProps {
  columns: ReadingGridProps['columns'];
  rows: ReadingGridProps['rows'];
  choices: PreviewChoices;
  onCorrect: (line: number, cell: number, value: string) => void;
  /** The grid's rows and columns in all (the first of them are shown). */
  rowCount: number;
  columnCount: number;
}

/** The grid as read: a role under each column and a status beside each row, each the reader's to change. */
export function PreviewGrid({ columns, rows, choices, onCorrect, rowCount, columnCount }: PreviewGridProps) {
  const t = useViewTranslate();
  return (
    <ReadingGrid
      caption={t('importGridTitle')}
      lineHeader={t('importGridLine')}
      statusHeader={t('importGridStatus')}
      columns={columns}
      rows={rows}
      roleNames={{
        entity: t(ROLE_KEYS.entity),
        score: t(ROLE_KEYS.score),
        total: t(ROLE_KEYS.total),
        rank: t(ROLE_KEYS.rank),
        weighted: t(ROLE_KEYS.weighted),
        ignored: t(ROLE_KEYS.ignored),
      }}
      statusNames={{ entity: t('rowEntity'), reference: t('rowReference'), skipped: t('rowSkipped') }}
      onRole={(column, role) => {
        choices.onRoles(new Map([...choices.roles, [column, role]]));
      }}
      onStatus={(row, status) => {
        choices.onStatuses(new Map([...choices.statuses, [row, status]]));
      }}
      onCorrect={onCorrect}
      moreRows={[
        rowCount > GRID_ROWS_SHOWN ? t('importGridMore', { shown: GRID_ROWS_SHOWN, count: rowCount }) : '',
        columnCount > GRID_COLUMNS_SHOWN ? t('importGridMoreColumns', { shown: GRID_COLUMNS_SHOWN, count: columnCount }) : '',
      ]
        .filter(Boolean)
        .join(' ')}
    />
  );
}

/** The doubts the reading leaves, each to be confirmed (one checkbox for all) before the import. */
export function DoubtsToConfirm(props: {
  id: string;
  doubts: readonly { key: string; location: string; text: string }[];
  choices: PreviewChoices;
  problem: string | undefined;
}) {
  const { id, doubts, choices, problem } = props;
  const t = useViewTranslate();
  return (
    <section className="import-doubts" aria-labelledby={`${id}-doubts`}>
      <h4 id={`${id}-doubts`}>{t('importDoubtsTitle', { count: doubts.length })}</h4>
      <ul>
        {doubts.slice(0, GRID_ROWS_SHOWN).map((doubt) => (
          <li key={doubt.key}>
            {doubt.location !== '' && <span className="finding-location">{doubt.location} </span>}
            {doubt.text}
          </li>
        ))}
      </ul>
      <label className="doubts-checked">
        <input
          id={`${id}-doubts-checked`}
          type="checkbox"
          checked={choices.doubtsChecked}
          {...problemProps(`${id}-doubts-problem`, problem)}
          onChange={(event) => {
            choices.onDoubtsChecked(event.target.checked);
          }}
        />{' '}
        {t('importDoubtsChecked', { count: doubts.length })}
      </label>
      <FieldProblem id={`${id}-doubts-problem`} text={problem} />
    </section>
  );
}
