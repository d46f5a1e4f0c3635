// The rankings screen's downloads: the table as CSV in screen order, the inspection as JSON with its findings.
// Loaded on the first click: the CSV writer (papaparse) has no place on the first screen.

import { scoreDigits } from '../data/decimals';
import { inspectionToJson, toCsv } from '../data/exportInspection';
import { rankingsRows, type RankingsExportLabels } from '../model/exportRows';
import type { RankChange } from '../model/rankChanges';
import type { Standings } from '../model/standings';
import type { LoadedInspection } from '../store/store';
import type { SortState } from '../model/sortStandings';
import type { Language } from '../i18n/names';
import { compareNames } from '../i18n/collate';
import { displayName } from '../i18n/names';
import { fileSafe, saveText } from './downloads';
import type { Translate } from './useTranslate';

function fileBase(loaded: LoadedInspection): string {
  return `taiyuan-inspection-${fileSafe(loaded.id)}`;
}

/** The CSV's headers and names in the reader's language (built here, so that the first screen does not carry them). */
export function exportLabels(
  t: Translate,
  language: Language,
  entityKind: string,
  siteTypeCount: number,
  changeBasis: 'filter' | 'period' = 'period',
): RankingsExportLabels {
  return {
    rank: t('columnRank'),
    district: t('columnDistrict', { kind: entityKind }),
    total: t('columnTotal', { count: siteTypeCount }),
    published: t('columnPublished'),
    // Headed as on screen: under a filter the changes are against the ranking over every site type.
    change: t(changeBasis === 'filter' ? 'rankChangeColumnAll' : 'rankChangeColumn'),
    city: t('cityAverage'),
    name: (printed) => displayName(printed, language),
    compare: compareNames(language),
  };
}

export function saveRankingsCsv(
  loaded: LoadedInspection,
  standings: Standings,
  sort: SortState | null,
  labels: RankingsExportLabels,
  changes: ReadonlyMap<string, RankChange> | undefined,
): void {
  const { header, rows } = rankingsRows(standings, sort, labels, changes, scoreDigits(loaded.inspection));
  saveText(toCsv(header, rows), `${fileBase(loaded)}-rankings.csv`, 'text/csv;charset=utf-8');
}

export function saveInspectionJson(loaded: LoadedInspection, language: Language): void {
  const json = inspectionToJson({
    period: loaded.period,
    label: loaded.source.periodLabel[language],
    source: loaded.source.publication[language],
    inspection: loaded.inspection,
    findings: loaded.findings,
  });
  saveText(json, `${fileBase(loaded)}.json`, 'application/json');
}
