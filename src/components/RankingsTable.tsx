// The rankings as a real table: districts as rows, sortable column headers (buttons, aria-sort), the city row below.

import { RankLabel } from './RankLabel';
import { createColumnHelper, flexRender, tableFeatures, useTable } from '@tanstack/react-table';
import { lazy, Suspense, useMemo, useRef } from 'react';
import type { SiteType } from '../data/types';
import { printedDiffers, showsPrintedTotals, type DistrictStanding, type Standings } from '../model/standings';
import { compareNames } from '../i18n/collate';
import { formatScore } from '../i18n/format';
import { sortStandings, type SortColumn, type SortState } from '../model/sortStandings';
import type { RankChange } from '../model/rankChanges';
import { RankChangeMark } from './RankChangeMark';
import type { TotalDifference, TotalNotes } from '../model/totalNotes';
import { translate } from '../i18n/messages';
import { displayName, entityKindName, type Language } from '../i18n/names';
import { tintFor } from './palette';

// Sorting lives in the store and in model/sortStandings (the CSV download uses the same order), so the
// table gets its rows already sorted and needs only the core features.
const features = tableFeatures({});

/** Up to this many districts every row is in the DOM (and prints); beyond it the rows virtualize. */
const VIRTUALIZE_AFTER = 100;
const ROW_HEIGHT = 33;
const VirtualRows = lazy(() => import('./VirtualRows').then((m) => ({ default: m.VirtualRows })));
const columnHelper = createColumnHelper<typeof features, DistrictStanding>();

interface ColumnMetaInfo {
  /** The first click sorts descending: highest score first. */
  descFirst: boolean;
  numeric: boolean;
}

function siteTypeColumnId(name: string): SortColumn {
  return `type:${name}`;
}

/** Column definitions for a selection of site types; the shape is fixed here, the site types come from the data. */
type RankingColumns = ReturnType<typeof columnHelper.columns>;

function rankingColumns(
  siteTypes: readonly SiteType[],
  showPrinted: boolean,
  language: Language,
  entityKind: string | undefined,
): RankingColumns {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const columns: RankingColumns = columnHelper.columns([
    columnHelper.accessor((row) => row.rank, {
      id: 'rank',
      header: t('columnRank'),
      meta: { descFirst: false, numeric: true },
    }),
    columnHelper.accessor((row) => row.district, {
      id: 'district',
      header: t('columnDistrict', { kind: entityKindName(entityKind, language) }),
      meta: { descFirst: false, numeric: false },
    }),
    ...siteTypes.map((siteType) =>
      columnHelper.accessor((row) => row.scores.get(siteType.name), {
        id: siteTypeColumnId(siteType.name),
        header: displayName(siteType.name, language),
        meta: { descFirst: true, numeric: true, maxScore: siteType.maxScore },
      }),
    ),
    columnHelper.accessor((row) => row.computedTotal, {
      id: 'total',
      header: t('columnTotal', { count: siteTypes.length }),
      meta: { descFirst: true, numeric: true },
    }),
  ]);
  if (showPrinted) {
    columns.push(
      columnHelper.accessor((row) => row.publishedTotal, {
        id: 'printed',
        header: t('columnPrinted'),
        meta: { descFirst: true, numeric: true },
      }),
    );
  }
  return columns;
}

/** The words for a printed total that differs from its sum: as the findings call it, and no cause when none does. */
function differenceKey(kind: TotalDifference | undefined): 'printedDiffersShort' | 'printedDiffersMisprint' | 'printedDiffersPlain' {
  return kind === 'rounding' ? 'printedDiffersShort' : kind === 'misprint' ? 'printedDiffersMisprint' : 'printedDiffersPlain';
}

export interface RankingsTableProps {
  standings: Standings;
  sort: SortState | null;
  onSort: (column: SortColumn, descFirst: boolean) => void;
  language: Language;
  caption: string;
  /** Decimals of the figures, as their source prints them (1 for the seed). */
  digits?: number;
  /** What the findings say of each printed total that differs from its sum (rounding or misprint). */
  totalNotes?: TotalNotes;
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
}

export function RankingsTable({
  standings,
  sort,
  onSort,
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
}: RankingsTableProps) {
  const showPrinted = showsPrintedTotals(standings);
  const columns = useMemo(
    () => rankingColumns(standings.siteTypes, showPrinted, language, entityKind),
    [standings.siteTypes, showPrinted, language, entityKind],
  );
  const rows = useMemo(() => sortStandings(standings.rows, sort, compareNames(language)), [standings.rows, sort, language]);
  const table = useTable({ features, columns, data: rows, getRowId: (row) => row.district });
  const allRows = table.getRowModel().rows;
  // Hundreds of districts: only the rows in view are in the DOM (aria-rowcount/rowindex keep the count).
  // The virtualizer loads only then, so that the usual six-district table does not carry its code.
  const virtual = allRows.length > VIRTUALIZE_AFTER;
  const scrollRef = useRef<HTMLDivElement>(null);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const maxOf = new Map(standings.siteTypes.map((s) => [s.name, s.maxScore]));
  const effective = sort ?? { column: 'rank', desc: false };
  const anyPrintedDiffers = showPrinted && standings.rows.some(printedDiffers);
  const noteId = 'rankings-printed-note';
  const city = standings.city;

  const renderRow = (row: (typeof allRows)[number], index: number) => {
    const standing = row.original;
    return (
      <tr key={row.id} aria-rowindex={virtual ? index + 2 : undefined}>
        {row.getAllCells().map((cell) => {
          const id = cell.column.id;
          if (id === 'rank') {
            return (
              <td key={cell.id} className="num rank-cell">
                <RankLabel rank={standing.rank} tied={standing.tied} tieLabel={t('tieMark')} />
              </td>
            );
          }
          if (id === 'district') {
            const name = displayName(standing.district, language);
            return (
              <th key={cell.id} scope="row" className="sticky-col">
                {districtHref ? (
                  <a
                    href={districtHref(standing.district)}
                    onClick={(event) => {
                      if (!onDistrictOpen || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
                      event.preventDefault();
                      onDistrictOpen(standing.district);
                    }}
                  >
                    {name}
                  </a>
                ) : (
                  name
                )}
              </th>
            );
          }
          if (id === 'total') {
            return (
              <td key={cell.id} className="num total-cell">
                {formatScore(standing.computedTotal, language, digits)}
              </td>
            );
          }
          if (id === 'printed') {
            const differs = printedDiffers(standing);
            return (
              <td key={cell.id} className="num printed-cell">
                {formatScore(standing.publishedTotal, language, digits)}
                {differs && (
                  <>
                    <span aria-hidden="true" className="differs-mark">
                      *
                    </span>
                    <span className="visually-hidden">
                      {' '}
                      (
                      {t(differenceKey(totalNotes?.byDistrict.get(standing.district)), {
                        computed: formatScore(standing.computedTotal, language, digits),
                      })}
                      )
                    </span>
                  </>
                )}
              </td>
            );
          }
          const siteType = id.slice('type:'.length);
          const value = standing.scores.get(siteType);
          const tint = tintFor(value, maxOf.get(siteType) ?? 100);
          return (
            <td key={cell.id} className="num score-cell" style={tint ? { background: tint.background, color: tint.text } : undefined}>
              {formatScore(value, language, digits)}
            </td>
          );
        })}
        {rankChanges && (
          <td className="num">
            {(() => {
              const change = rankChanges.get(standing.district);
              return change ? <RankChangeMark change={change.change} label={changeLabel?.(change.change) ?? ''} /> : '—';
            })()}
          </td>
        )}
      </tr>
    );
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
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const id = header.column.id as SortColumn;
                const meta = header.column.columnDef.meta as ColumnMetaInfo | undefined;
                const isSorted = effective.column === id;
                const ariaSort = isSorted ? (effective.desc ? 'descending' : 'ascending') : 'none';
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={ariaSort}
                    className={`${meta?.numeric ? 'num' : ''} ${id === 'district' ? 'sticky-col' : ''}`}
                  >
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => {
                        onSort(id, meta?.descFirst ?? true);
                      }}
                    >
                      {label}
                      <span className="sort-indicator" aria-hidden="true">
                        {isSorted ? (effective.desc ? '▼' : '▲') : '↕'}
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
          {virtual ? (
            <Suspense fallback={allRows.slice(0, VIRTUALIZE_AFTER).map((row, index) => renderRow(row, index))}>
              <VirtualRows
                count={allRows.length}
                rowHeight={ROW_HEIGHT}
                scrollElement={() => scrollRef.current}
                renderRow={(index) => {
                  const row = allRows[index];
                  return row ? renderRow(row, index) : null;
                }}
              />
            </Suspense>
          ) : (
            allRows.map((row, index) => renderRow(row, index))
          )}
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
            {showPrinted && (
              <td className="num printed-cell">{formatScore(city.totalIsPrinted ? city.total : undefined, language, digits)}</td>
            )}
            {rankChanges && <td />}
          </tr>
        </tfoot>
      </table>
      {anyPrintedDiffers && (
        <p id={noteId} className="table-note">
          {t('printedNote', {
            tolerance:
              totalNotes?.tolerance === undefined ? '—' : formatScore(totalNotes.tolerance, language, digits + 1).replace(/0$/, ''),
            misprints: [...(totalNotes?.byDistrict.values() ?? [])].includes('misprint') ? t('printedNoteMisprints') : '',
          })}
        </p>
      )}
    </div>
  );
}
