// The rankings table's parts (RankingsTable): a column's sort header, a district's row, and the city's row below.

import { flexRender, type Header, type HeaderGroup, type Row } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { formatScore } from '../i18n/format';
import { translate } from '../i18n/messages';
import { displayName, type Language } from '../i18n/names';
import { nextSort, type SortColumn, type SortState } from '../model/sortStandings';
import type { DistrictStanding, Standings } from '../model/standings';
import type { TotalNotes } from '../model/totalNotes';
import type { CellMeta, features } from './rankingsTableColumns';

type Features = typeof features;

/**
 * A column's header: a button that sorts by it, with aria-sort on the cell. No sort is the rank order: the rank
 * column reads as sorted ascending then.
 */
function SortHeader(props: {
  header: Header<Features, DistrictStanding>;
  sort: SortState | null;
  onSortChange: (sort: SortState | null) => void;
}) {
  const { header, sort, onSortChange } = props;
  const id = header.column.id as SortColumn;
  const meta = header.column.columnDef.meta as CellMeta;
  const effective: SortState = sort ?? { column: 'rank', desc: false };
  const direction = effective.column === id ? (effective.desc ? 'desc' : 'asc') : false;
  const ariaSort = direction === 'desc' ? 'descending' : direction === 'asc' ? 'ascending' : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={meta.rowHeader ? 'sticky-col' : 'num'}>
      <button type="button" className="sort-button" onClick={() => onSortChange(nextSort(sort, id, meta.descFirst))}>
        {flexRender(header.column.columnDef.header, header.getContext())}
        <span className="sort-indicator" aria-hidden="true">
          {direction === 'desc' ? '▼' : direction === 'asc' ? '▲' : '↕'}
        </span>
      </button>
    </th>
  );
}

/** The header's rows: a sort button per column, then the change of rank's header when the table shows it. */
export function SortHeaderRows(props: {
  groups: readonly HeaderGroup<Features, DistrictStanding>[];
  sort: SortState | null;
  onSortChange: (sort: SortState | null) => void;
  changeHeader: string | undefined;
}) {
  const { groups, sort, onSortChange, changeHeader } = props;
  return groups.map((group) => (
    <tr key={group.id}>
      {group.headers.map((header) => (
        <SortHeader key={header.id} header={header} sort={sort} onSortChange={onSortChange} />
      ))}
      {changeHeader !== undefined && <th scope="col">{changeHeader}</th>}
    </tr>
  ));
}

/** A district's row: its name as the row's header, its cells, and its change of rank when the table shows one. */
export function RankingsRow(props: { row: Row<Features, DistrictStanding>; index: number; virtual: boolean; change: ReactNode }) {
  const { row, index, virtual, change } = props;
  return (
    <tr aria-rowindex={virtual ? index + 2 : undefined}>
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
      {change !== undefined && <td className="num">{change}</td>}
    </tr>
  );
}

/** The city's row under the districts: its averages, its computed total and the published one when printed. */
export function CityRow(props: { standings: Standings; language: Language; digits: number; showPublished: boolean; withChange: boolean }) {
  const { standings, language, digits, showPublished, withChange } = props;
  const city = standings.city;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  return (
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
      {withChange && <td />}
    </tr>
  );
}

/** Why a published total differs from its sum: within rounding (its tolerance), or a misprint said in a finding. */
export function PublishedNote(props: { id: string; totalNotes: TotalNotes | undefined; language: Language; digits: number }) {
  const { id, totalNotes, language, digits } = props;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  return (
    <p id={id} className="table-note">
      {t('publishedNote', {
        tolerance: totalNotes?.tolerance === undefined ? '—' : formatScore(totalNotes.tolerance, language, digits + 1).replace(/0$/, ''),
        misprints: [...(totalNotes?.byDistrict.values() ?? [])].includes('misprint') ? t('publishedNoteMisprints') : '',
      })}
    </p>
  );
}
