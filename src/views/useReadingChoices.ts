// The reader's choices over an import preview (which candidate, its orientation and header, the column roles, the row
// statuses, the direction, the doubts confirmed): their state, the candidate as the grid shows them, the reading they
// make and what it reads, and the setters as ImportPreview takes them. A choice that re-forms the grid (a swap, another
// header) clears the roles and rows chosen on the grid before it: their indexes meant that grid.

import { useMemo, useState } from 'react';
import { headedCandidate, orientedCandidate, readCandidate, type ImportPreview as Preview, type Reading } from '../data/importText';
import type { ColumnRole, RowStatus } from '../data/reading/columnRoles';
import { PRINTED_HEADER } from '../data/reading/headerRow';
import { headerChoices, readingOf } from './importPreviewItems';
import type { PreviewChoices } from './ImportPreview';
import type { ViewTranslate } from './useViewTranslate';

/** The choices ImportPreview shows that belong to the reading (the period, label and series are the dialog's). */
export type ReadingChoices = Omit<PreviewChoices, 'period' | 'onPeriod' | 'label' | 'onLabel' | 'series' | 'onSeries'>;

export function useReadingChoices(preview: Preview | undefined, t: ViewTranslate) {
  const [chosenId, setChosenId] = useState('');
  const [roles, setRoles] = useState<ReadonlyMap<number, ColumnRole>>(new Map());
  const [statuses, setStatuses] = useState<ReadonlyMap<number, RowStatus>>(new Map());
  const [swap, setSwap] = useState(false);
  const [headerRow, setHeaderRow] = useState(PRINTED_HEADER);
  // Which way the ranking runs, when the reader said (deductions and problems found: fewer is better).
  const [direction, setDirection] = useState<'more' | 'fewer' | undefined>(undefined);
  const [doubtsChecked, setDoubtsChecked] = useState(false);
  const [allFindings, setAllFindings] = useState(false);
  const reset = () => {
    setAllFindings(false);
    setRoles(new Map());
    setStatuses(new Map());
    setSwap(false);
    setHeaderRow(PRINTED_HEADER);
    setDirection(undefined);
    setDoubtsChecked(false);
  };
  /** A new grid: the roles and rows chosen on the one before meant its indexes. */
  const regrid = () => {
    setRoles(new Map());
    setStatuses(new Map());
    setDoubtsChecked(false);
  };
  const candidate = preview?.candidates.find((c) => c.id === chosenId);
  // The candidate as the grid shows it: the other way round from how it was offered when the reader swapped it.
  const oriented = useMemo(
    () => (candidate ? orientedCandidate(candidate, (candidate.table?.swapped ?? false) !== swap) : undefined),
    [candidate, swap],
  );
  const shown = useMemo(() => (oriented ? headedCandidate(oriented, headerRow) : undefined), [oriented, headerRow]);
  // The orientation is stored as it is read (absolute), so the import reads the same whatever the rules become.
  const reading: Reading | undefined = useMemo(
    () => (candidate ? readingOf(candidate.id, roles, statuses, shown?.table?.swapped, direction, headerRow) : undefined),
    [candidate, roles, statuses, shown, direction, headerRow],
  );
  const result = useMemo(() => (candidate ? readCandidate(candidate, reading) : preview?.result), [candidate, preview, reading]);
  const choose = (id: string) => {
    setChosenId(id);
    reset();
  };
  const choices: ReadingChoices = {
    chosenId,
    onChoose: choose,
    roles,
    onRoles: setRoles,
    statuses,
    onStatuses: setStatuses,
    fewer: result?.ok === true && result.inspection.fewerIsBetter === true,
    onFewer: (fewer) => {
      setDirection(fewer ? 'fewer' : 'more');
      setDoubtsChecked(false);
    },
    swapped: swap,
    onSwap: () => {
      setSwap(!swap);
      setHeaderRow(PRINTED_HEADER);
      regrid();
    },
    headerRow,
    headerChoices: oriented?.table ? headerChoices(oriented.table.grid, t) : [],
    onHeaderRow: (next) => {
      setHeaderRow(next);
      regrid();
    },
    allFindings,
    onAllFindings: () => {
      setAllFindings(true);
    },
    doubtsChecked,
    onDoubtsChecked: setDoubtsChecked,
  };
  return { choose, reset, candidate, shown, reading, result, statuses, doubtsChecked, choices };
}
