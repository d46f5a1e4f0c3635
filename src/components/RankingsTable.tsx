// The rankings as a real table: districts as rows, sortable column headers (buttons, aria-sort), the city row
// below. The columns come from model/rankingColumns (the CSV download uses the same list) and are given to
// @tanstack/react-table with their header and cell renderers. The sort is controlled (a `sort` prop in, an
// `onSortChange` out) and applied by model/sortStandings, not by the library's row-sorting feature: that
// feature and its sorted row model add about 2 kB gzip to the first screen, which would take it past its
// 100 kB budget (`npm run bench` fails past it). sortStandings is also the order the CSV is written in, so
// screen and file share one definition of the order (tests/unit/components/RankingsTable.test.tsx).

import { useTable } from '@tanstack/react-table';
import { memo, useMemo, useRef } from 'react';
import { compareNames } from '../i18n/collate';
import type { Language } from '../i18n/names';
import type { RankChange } from '../model/rankChanges';
import { rankingColumns } from '../model/rankingColumns';
import { sortStandings, type SortState } from '../model/sortStandings';
import { publishedDiffers, type Standings } from '../model/standings';
import type { TotalNotes } from '../model/totalNotes';
import { isVirtual, LongTableRows, TABLE_ROW_HEIGHT } from './LongTableRows';
import { RankChangeMark } from './RankChangeMark';
import { PublishedNote } from './rankingsTableParts';
import { CityRow, RankingsRow, SortHeaderRows } from './rankingsTableParts';
import { features, tableColumns } from './rankingsTableColumns';

export interface RankingsTableProps {
  standings: Standings;
  /** The sort, controlled: the rows show in this order, and a header click reports the next sort through onSortChange. */
  sort: SortState | null;
  onSortChange: (sort: SortState | null) => void;
  language: Language;
  caption: string;
  /** Decimals of the figures, as their source prints them (1 for the seed). */
  digits?: number;
  /** What the findings say of each printed total that differs from its sum (rounding or misprint). */
  totalNotes?: TotalNotes | undefined;
  /** What the rows are (区, 街道…), from the source; undefined: districts. */
  entityKind?: string | undefined;
  /** Where a district's name links to (its report card), when there is one. */
  districtHref?: (district: string) => string;
  /** Opens the report card in place; a click with a modifier key follows the link instead (new tab). */
  onDistrictOpen?: (district: string) => void;
  /** Rank changes against the previous period, shown as a last column when given. */
  rankChanges?: ReadonlyMap<string, RankChange>;
  changeHeader?: string;
  changeLabel?: (change: number) => string;
  /** Said for a district that rankChanges leaves out: new this period (ranked in it, not in the one before). */
  newLabel?: string;
}

interface CellOptions {
  language: Language;
  digits: number;
  totalNotes: TotalNotes | undefined;
  districtHref: ((district: string) => string) | undefined;
  onDistrictOpen: ((district: string) => void) | undefined;
}

/** The table's columns and their renderers, the same objects while their inputs are (the table is memoized). */
function useTableColumns(standings: Standings, options: CellOptions, entityKind: string | undefined) {
  const { language, digits, totalNotes, districtHref, onDistrictOpen } = options;
  const modelColumns = useMemo(() => rankingColumns(standings), [standings]);
  const showPublished = modelColumns.some((c) => c.kind === 'published');
  const columns = useMemo(
    () =>
      tableColumns(
        modelColumns,
        { language, digits, totalNotes, districtHref, onDistrictOpen, fewerIsBetter: standings.fewerIsBetter },
        entityKind,
      ),
    [modelColumns, language, digits, totalNotes, districtHref, onDistrictOpen, entityKind, standings.fewerIsBetter],
  );
  return { columns, showPublished };
}

function TableOfRankings({
  standings,
  sort,
  onSortChange,
  language,
  digits = 1,
  totalNotes,
  entityKind,
  caption,
  districtHref,
  onDistrictOpen,
  rankChanges,
  changeHeader,
  changeLabel,
  newLabel,
}: RankingsTableProps) {
  const { columns, showPublished } = useTableColumns(standings, { language, digits, totalNotes, districtHref, onDistrictOpen }, entityKind);
  const rows = useMemo(() => sortStandings(standings.rows, sort, compareNames(language)), [standings.rows, sort, language]);
  const table = useTable({ features, columns, data: rows, getRowId: (row) => row.district });
  const allRows = table.getRowModel().rows;
  // Hundreds of districts: only the rows in view are in the DOM (aria-rowcount/rowindex keep the count).
  // The virtualizer loads only then, so that the usual six-district table does not carry its code.
  const virtual = isVirtual(allRows.length);
  const scrollRef = useRef<HTMLDivElement>(null);
  const anyPublishedDiffers = showPublished && standings.rows.some(publishedDiffers);
  const noteId = 'rankings-printed-note';
  // The last column's cell: the change of rank, or new this period; none without changes.
  const rankChangeCell = (district: string) => {
    if (!rankChanges) return undefined;
    const change = rankChanges.get(district);
    return change ? <RankChangeMark change={change.change} label={changeLabel?.(change.change) ?? ''} /> : (newLabel ?? '—');
  };

  return (
    <div
      ref={scrollRef}
      className={`table-scroll rankings-scroll${virtual ? ' virtual' : ''}`}
      tabIndex={0}
      role="region"
      aria-label={caption}
    >
      <table className="rankings-table" aria-rowcount={virtual ? allRows.length + 2 : undefined}>
        <caption>{caption}</caption>
        <thead>
          <SortHeaderRows
            groups={table.getHeaderGroups()}
            sort={sort}
            onSortChange={onSortChange}
            changeHeader={rankChanges ? (changeHeader ?? '') : undefined}
          />
        </thead>
        <tbody>
          <LongTableRows
            count={allRows.length}
            rowHeight={TABLE_ROW_HEIGHT}
            scrollElement={() => scrollRef.current}
            renderRow={(index) => {
              const row = allRows[index];
              return row ? (
                <RankingsRow key={row.id} row={row} index={index} virtual={virtual} change={rankChangeCell(row.original.district)} />
              ) : null;
            }}
          />
        </tbody>
        <tfoot>
          <CityRow
            standings={standings}
            language={language}
            digits={digits}
            showPublished={showPublished}
            withChange={rankChanges !== undefined}
          />
        </tfoot>
      </table>
      {anyPublishedDiffers && <PublishedNote id={noteId} totalNotes={totalNotes} language={language} digits={digits} />}
    </div>
  );
}

/**
 * Drawn again only when one of its props changes: the rankings screen renders again for what the table does not
 * show (on a wide screen, the screen's width, read in a synchronous render right after hydration), and every cell
 * drawn again then was one long task of the load (50-80 ms at CPU ×4).
 */
export const RankingsTable = memo(TableOfRankings);
