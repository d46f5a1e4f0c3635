// The import dialog's answer to "which series is this month?": told by its names by default (and which series that
// is, said in the option), or one the reader names: a series already here, or a series of its own. Kept with the
// month (StoredInspection.series), so rank changes and trends compare it as its reader said.

import { SelectField } from '../components/SelectField';
import type { Inspection } from '../data/types';
import { NEW_SERIES, seriesKeys } from '../model/periodSeries';
import { selectOrderedInspections, selectSeriesKeys } from '../store/selectors';
import type { LoadedInspection } from '../store/importsSlice';
import { useDashboard } from '../store/store';
import { seriesTitleOf } from './useSeriesTitle';
import { useTranslate } from './useTranslate';
import { useViewTranslate } from './useViewTranslate';

/** The month being imported, among the loaded ones while its series is worked out. */
const IMPORTING = '\u0000importing';

export interface SeriesChoiceProps {
  inspection: Inspection;
  /** YYYY-MM, or '' before one is chosen. */
  period: string;
  /** '' (told by its names), NEW_SERIES, or a series' key. */
  value: string;
  onChange: (value: string) => void;
}

export function SeriesChoice({ inspection, period, value, onChange }: SeriesChoiceProps) {
  const ordered = useDashboard(selectOrderedInspections);
  const keys = useDashboard(selectSeriesKeys);
  const stored = useDashboard((s) => s.stored);
  const language = useDashboard((s) => s.language);
  const t = useViewTranslate();
  const translate = useTranslate();
  const groups = new Map<string, LoadedInspection[]>();
  for (const month of ordered) {
    const key = keys.get(month.id) ?? month.id;
    groups.set(key, [...(groups.get(key) ?? []), month]);
  }
  // Where the names would put it: the loaded months with it filed under its period.
  const before = ordered.filter((m) => period === '' || m.period <= period);
  const after = ordered.filter((m) => !before.includes(m));
  const chosen = new Map(stored.flatMap((item) => (item.series === undefined ? [] : [[item.id, item.series] as const])));
  const auto = seriesKeys([...before, { id: IMPORTING, inspection }, ...after], chosen).get(IMPORTING);
  const autoMonths = auto === undefined ? undefined : groups.get(auto);
  const titleOf = (months: readonly LoadedInspection[]) => seriesTitleOf(months, language, translate);
  return (
    <SelectField
      label={t('importSeries')}
      value={value}
      options={[
        { value: '', label: autoMonths ? t('importSeriesAuto', { title: titleOf(autoMonths) }) : t('importSeriesAutoNew') },
        ...[...groups].map(([key, months]) => ({
          value: key,
          label: t('importSeriesJoin', { title: titleOf(months), count: months.length }),
        })),
        { value: NEW_SERIES, label: t('importSeriesNew') },
      ]}
      onChange={onChange}
    />
  );
}
