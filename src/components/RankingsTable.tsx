// The rankings as a real table: districts as rows, sortable column headers (buttons, aria-sort), the city row
// below. The columns come from model/rankingColumns (the CSV download uses the same list) and are given to
// @tanstack/react-table with their header and cell renderers. The sort is controlled (a `sort` prop in, an
// `onSortChange` out) and applied by model/sortStandings, not by the library's row-sorting feature: that
// feature and its sorted row model add about 2 kB gzip to the first screen, which would take it past its
// 100 kB budget (`npm run bench` fails past it). sortStandings is also the order the CSV is written in, so
// screen and file share one definition of the order (tests/unit/components/RankingsTable.test.tsx).

import { flexRender, useTable } from '@tanstack/react-table';
import { memo, useMemo, useRef } from 'react';
import { compareNames } from '../i18n/collate';
import { formatScore } from '../i18n/format';
import { translate } from '../i18n/messages';
import { displayName, type Language } from '../i18n/names';
import type { RankChange } from '../model/rankChanges';
import { rankingColumns } from '../model/rankingColumns';
import { nextSort, sortStandings, type SortColumn, type SortState } from '../model/sortStandings';
import { publishedDiffers, type Standings } from '../model/standings';
import type { TotalNotes } from '../model/totalNotes';
import { isVirtual, LongTableRows, TABLE_ROW_HEIGHT } from './LongTableRows';
import { RankChangeMark } from './RankChangeMark';
import { features, tableColumns, type CellMeta } from './rankingsTableColumns';

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
  const rows = useMemo(() => sortStandings(standings.rows, sort, compareNames(language)), [standings.rows, sort, language]);
  const table = useTable({ features, columns, data: rows, getRowId: (row) => row.district });
  const allRows = table.getRowModel().rows;
  // Hundreds of districts: only the rows in view are in the DOM (aria-rowcount/rowindex keep the count).
  // The virtualizer loads only then, so that the usual six-district table does not carry its code.
  const virtual = isVirtual(allRows.length);
  const scrollRef = useRef<HTMLDivElement>(null);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const anyPublishedDiffers = showPublished && standings.rows.some(publishedDiffers);
  const noteId = 'rankings-printed-note';
  const city = standings.city;

  const renderRow = (row: (typeof allRows)[number], index: number) => (
    <tr key={row.id} aria-rowindex={virtual ? index + 2 : undefined}>
      {row.getAllCells().map((cell) => {
        const meta = cell.column.columnDef.meta as CellMeta;
        const content = flexRender(cell.column.columnDef.cell, cell.getContext());
        return meta.rowHeader ? (
          <th key={cell.id} scope="row" className={meta.className}>
            {content}
          </th>
        ) : (
          <td key={cell.id} className={meta.className} style={meta.style?.(row.original)}>
            {content}
          </td>
        );
      })}
      {rankChanges && (
        <td className="num">
          {(() => {
            const change = rankChanges.get(row.original.district);
            return change ? <RankChangeMark change={change.change} label={changeLabel?.(change.change) ?? ''} /> : (newLabel ?? '—');
          })()}
        </td>
      )}
    </tr>
  );

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
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id as SortColumn;
                const meta = header.column.columnDef.meta as CellMeta;
                // No sort is the rank order: the rank column reads as sorted ascending then.
                const effective: SortState = sort ?? { column: 'rank', desc: false };
                const direction = effective.column === id ? (effective.desc ? 'desc' : 'asc') : false;
                const ariaSort = direction === 'desc' ? 'descending' : direction === 'asc' ? 'ascending' : 'none';
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th key={header.id} scope="col" aria-sort={ariaSort} className={meta.rowHeader ? 'sticky-col' : 'num'}>
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => {
                        onSortChange(nextSort(sort, id, meta.descFirst));
                      }}
                    >
                      {label}
                      <span className="sort-indicator" aria-hidden="true">
                        {direction === 'desc' ? '▼' : direction === 'asc' ? '▲' : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
              {rankChanges && <th scope="col">{changeHeader}</th>}
            </tr>
          ))}
        </thead>
        <tbody>
          <LongTableRows
            count={allRows.length}
            rowHeight={TABLE_ROW_HEIGHT}
            scrollElement={() => scrollRef.current}
            renderRow={(index) => {
              const row = allRows[index];
              return row ? renderRow(row, index) : null;
            }}
          />
        </tbody>
        <tfoot>
          <tr className="city-row">
            <td className="num rank-cell" />
            <th scope="row" className="sticky-col">
              {city.name !== undefined ? t('cityRow', { city: displayName(city.name, language) }) : t('cityRowUnnamed')}
            </th>
            {standings.siteTypes.map((siteType) => (
              <td key={siteType.name} className="num">
                {formatScore(city.values.get(siteType.name), language, digits)}
              </td>
            ))}
            <td className="num total-cell">{formatScore(city.computedTotal, language, digits)}</td>
            {showPublished && (
              <td className="num published-cell">{formatScore(city.totalIsPublished ? city.total : undefined, language, digits)}</td>
            )}
            {rankChanges && <td />}
          </tr>
        </tfoot>
      </table>
      {anyPublishedDiffers && (
        <p id={noteId} className="table-note">
          {t('publishedNote', {
            tolerance:
              totalNotes?.tolerance === undefined ? '—' : formatScore(totalNotes.tolerance, language, digits + 1).replace(/0$/, ''),
            misprints: [...(totalNotes?.byDistrict.values() ?? [])].includes('misprint') ? t('publishedNoteMisprints') : '',
          })}
        </p>
      )}
    </div>
  );
}

/**
 * Drawn again only when one of its props changes: the rankings screen renders again for what the table does not
 * show (on a wide screen, the screen's width, read in a synchronous render right after hydration), and every cell
 * drawn again then was one long task of the load (50-80 ms at CPU ×4).
 */
export const RankingsTable = memo(TableOfRankings);
