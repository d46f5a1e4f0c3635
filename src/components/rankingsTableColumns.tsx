// The rankings table's column definitions for @tanstack/react-table: one per column of model/rankingColumns,
// with its header text, its cell renderer (rank with tie mark, district link, tinted score, published total
// with its difference from the sum) and how its cells are drawn (row header, class, tint).

import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { CSSProperties, ReactNode } from 'react';
import { formatScore } from '../i18n/format';
import { translate } from '../i18n/messages';
import { displayName, entityKindName, type Language } from '../i18n/names';
import type { RankingColumn } from '../model/rankingColumns';
import { sortValue } from '../model/sortStandings';
import { publishedDiffers, type DistrictStanding } from '../model/standings';
import type { TotalDifference, TotalNotes } from '../model/totalNotes';
import { tintFor, tintStyle } from './palette';
import { DistrictLink } from './DistrictLink';
import { RankLabel } from './RankLabel';

export const features = tableFeatures({});
const columnHelper = createColumnHelper<typeof features, DistrictStanding>();

/** How a column's cells are drawn: the district is each row's header cell; scores are tinted. */
export interface CellMeta {
  descFirst: boolean;
  className: string;
  rowHeader: boolean;
  style?: (row: DistrictStanding) => CSSProperties | undefined;
}

export interface CellContextInfo {
  language: Language;
  digits: number;
  totalNotes: TotalNotes | undefined;
  districtHref: ((district: string) => string) | undefined;
  onDistrictOpen: ((district: string) => void) | undefined;
  /** Deductions (fewer is better): a share of the maximum says nothing of how good a cell is, so none is tinted. */
  fewerIsBetter?: boolean;
}

/** The words for a printed total that differs from its sum: as the findings call it, and no cause when none does. */
export function differenceKey(
  kind: TotalDifference | undefined,
): 'publishedDiffersShort' | 'publishedDiffersMisprint' | 'publishedDiffersPlain' {
  return kind === 'rounding' ? 'publishedDiffersShort' : kind === 'misprint' ? 'publishedDiffersMisprint' : 'publishedDiffersPlain';
}

export function districtCell(standing: DistrictStanding, info: CellContextInfo): ReactNode {
  const name = displayName(standing.district, info.language);
  const { districtHref, onDistrictOpen } = info;
  if (!districtHref) return name;
  return (
    <DistrictLink href={districtHref(standing.district)} district={standing.district} onOpen={onDistrictOpen}>
      {name}
    </DistrictLink>
  );
}

export function publishedCell(standing: DistrictStanding, info: CellContextInfo): ReactNode {
  const { language, digits } = info;
  return (
    <>
      {formatScore(standing.publishedTotal, language, digits)}
      {publishedDiffers(standing) && (
        <>
          <span aria-hidden="true" className="differs-mark">
            *
          </span>
          <span className="visually-hidden">
            {' '}
            (
            {translate(language, differenceKey(info.totalNotes?.byDistrict.get(standing.district)), {
              computed: formatScore(standing.computedTotal, language, digits),
            })}
            )
          </span>
        </>
      )}
    </>
  );
}

/** The table's column definitions: header, cell and drawing (CellMeta) of each column of the model's list. */
export function tableColumns(columns: readonly RankingColumn[], info: CellContextInfo, entityKind: string | undefined) {
  const { language, digits } = info;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(language, key, params);
  const siteTypeCount = columns.filter((c) => c.kind === 'siteType').length;
  return columnHelper.columns(
    columns.map((column) => {
      const header =
        column.kind === 'siteType'
          ? displayName(column.siteType.name, language)
          : column.kind === 'rank'
            ? t('columnRank')
            : column.kind === 'district'
              ? t('columnDistrict', { kind: entityKindName(entityKind, language) })
              : column.kind === 'total'
                ? t('columnTotal', { count: siteTypeCount })
                : t('columnPublished');
      const meta: CellMeta = {
        descFirst: column.descFirst,
        rowHeader: column.kind === 'district',
        className:
          column.kind === 'district'
            ? 'sticky-col'
            : column.kind === 'rank'
              ? 'num rank-cell'
              : column.kind === 'siteType'
                ? 'num score-cell'
                : `num ${column.kind}-cell`,
      };
      if (column.kind === 'siteType' && !info.fewerIsBetter) {
        const { name, maxScore } = column.siteType;
        meta.style = (row) => {
          const tint = tintFor(row.scores.get(name), maxScore);
          return tint ? tintStyle(tint) : undefined;
        };
      }
      return columnHelper.accessor((row) => sortValue(row, column.id), {
        id: column.id,
        header,
        meta,
        cell: ({ row }) => {
          const standing = row.original;
          if (column.kind === 'rank') return <RankLabel rank={standing.rank} tied={standing.tied} tieLabel={t('tieMark')} />;
          if (column.kind === 'district') return districtCell(standing, info);
          if (column.kind === 'published') return publishedCell(standing, info);
          return formatScore(sortValue(standing, column.id) as number | undefined, language, digits);
        },
      });
    }),
  );
}
