// The radar screen: by default one district, filled, against the city average with the other chosen districts
// as faint outlines; or small multiples, one radar per chosen district on the same scale. The screen holds the
// choices; the figure, its note and its table are parts of their own.

import { useState, type ReactNode } from 'react';
import { CheckboxGroup } from '../components/CheckboxGroup';
import { ChartFigure } from '../components/ChartFigure';
import { PressedChoice } from '../components/PressedChoice';
import { DataTable } from '../components/DataTable';
import { ProfileRadarChart } from '../components/ProfileRadarChart';
import { RadarMultiples } from '../components/RadarMultiples';
import { SelectField } from '../components/SelectField';
import { SeriesLegend } from '../components/SeriesLegend';
import { CITY_COLOUR } from '../components/seriesColours';
import { formatScore } from '../i18n/format';
import { valueDecimals } from '../data/decimals';
import { displayName, type Language } from '../i18n/names';
import type { RadarSeries } from '../model/series';
import { selectActive, selectStandings, selectScoreDigits } from '../store/selectors';
import { selectRadar, selectRadarDistricts, selectReportDistrict } from '../store/viewSelectors';
import { useDashboard } from '../store/store';
import { useChartDownloads } from './useChartDownloads';
import { useDistrictStyle } from './useDistrictStyle';
import { ChartControls } from './ChartControls';
import { useViewTranslate, type ViewTranslate } from './useViewTranslate';
import { useLegendControls } from './useLegendControls';
import { FewSiteTypesChart } from './FewSiteTypesChart';

/** The legend key of the city overlay; district names are the other keys. */
const CITY_SERIES = '__city';
/** Small multiples drawn at most: hundreds of radars would be unreadable and slow; the picker chooses others. */
const MAX_MULTIPLES = 24;

type RadarForm = 'focus' | 'multiples';

export default function RadarView() {
  const loaded = useDashboard(selectActive);
  const standings = useDashboard(selectStandings);
  const radar = useDashboard(selectRadar);
  const chosen = useDashboard(selectRadarDistricts);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const toggleRadarDistrict = useDashboard((s) => s.toggleRadarDistrict);
  const language = useDashboard((s) => s.language);
  const styleOf = useDistrictStyle();
  const t = useViewTranslate();
  const [form, setForm] = useState<RadarForm>('focus');
  const focus = useRadarFocus(chosen);
  if (!loaded || !standings || !radar) return null;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;
  const all = loaded.inspection.districts;
  const visible = chosen.filter((d) => !hidden.includes(d));
  return (
    <section aria-labelledby="radar-heading" className="charts">
      <h2 id="radar-heading" className="visually-hidden">
        {t('viewRadar')}
      </h2>
      <RadarControls form={form} onForm={setForm} focus={focus} chosen={chosen} />
      <CheckboxGroup
        legend={t('radarPicker')}
        className="district-picker"
        options={all.map((d) => ({ value: d, label: displayName(d, language), swatch: styleOf(d).colour }))}
        selected={new Set(chosen)}
        onToggle={(d) => {
          toggleRadarDistrict(d, all);
        }}
      />
      {chosen.length === 0 ? (
        <p className="empty-state">{t('noDistrictSelected')}</p>
      ) : radar.points.length < 3 ? (
        <FewSiteTypesChart districts={visible} />
      ) : (
        <RadarFigure form={form} focus={focus} chosen={chosen} radar={radar} />
      )}
    </section>
  );
}

/**
 * The district drawn filled: the reader's choice (the charts' one highlight, carried by links: hl=), else the one of
 * the report card, else the first chosen.
 */
function useRadarFocus(chosen: readonly string[]): string | undefined {
  const chosenFocus = useDashboard((s) => s.highlight);
  const reportDistrict = useDashboard(selectReportDistrict);
  return [chosenFocus, reportDistrict, chosen[0]].find((d) => d !== undefined && chosen.includes(d));
}

interface RadarControlsProps {
  form: RadarForm;
  onForm: (form: RadarForm) => void;
  focus: string | undefined;
  chosen: readonly string[];
}

function RadarControls({ form, onForm, focus, chosen }: RadarControlsProps) {
  const t = useViewTranslate();
  const language = useDashboard((s) => s.language);
  const setFocus = useDashboard((s) => s.setHighlight);
  return (
    <ChartControls>
      <PressedChoice
        label={t('chartFormLabel')}
        options={[
          { value: 'focus', label: t('radarFormFocus') },
          { value: 'multiples', label: t('radarFormMultiples') },
        ]}
        value={form}
        onChange={onForm}
      />
      {form === 'focus' && focus !== undefined && (
        <SelectField
          label={t('highlightLabel')}
          value={focus}
          options={chosen.map((d) => ({ value: d, label: displayName(d, language) }))}
          onChange={setFocus}
        />
      )}
    </ChartControls>
  );
}

/** The note under the radar: where its scale runs, percentages when maxima differ, and how many multiples are drawn. */
function radarNote(radar: RadarSeries, capped: boolean, language: Language, t: ViewTranslate): string {
  const suffix = radar.asPercent ? '%' : '';
  return [
    t(radar.scaleMax < radar.scaleMin ? 'radarScaleFewer' : radar.scaleMin > 0 ? 'radarScaleFrom' : 'radarScale', {
      // A scale of small deductions steps by halves or tenths (2.5): said as it is drawn, not rounded.
      min: `${formatScore(radar.scaleMin, language, valueDecimals(radar.scaleMin))}${suffix}`,
      max: `${formatScore(radar.scaleMax, language, valueDecimals(radar.scaleMax))}${suffix}`,
    }),
    radar.asPercent ? t('radarPercentNote') : '',
    capped ? t('radarMultiplesCapped', { count: MAX_MULTIPLES }) : '',
  ]
    .filter((n) => n !== '')
    .join(' ');
}

interface RadarFigureProps {
  form: RadarForm;
  focus: string | undefined;
  chosen: readonly string[];
  radar: RadarSeries;
}

function RadarFigure({ form, focus, chosen, radar }: RadarFigureProps) {
  const standings = useDashboard(selectStandings);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const legendControls = useLegendControls();
  const language = useDashboard((s) => s.language);
  // In an embed the chart comes first: its legend follows it.
  const embed = useDashboard((s) => s.embed);
  const styleOf = useDistrictStyle();
  const t = useViewTranslate();
  const cityLabel = t('cityAverage');
  const showCity = !hidden.includes(CITY_SERIES);
  const visible = chosen.filter((d) => !hidden.includes(d));
  const focusName = focus === undefined ? '' : displayName(focus, language);
  // The image is titled as the figure is (杏花岭区与全市平均), not by the view's general name.
  const title = form === 'focus' ? t('radarFocusTitle', { district: focusName }) : t('radarMultiplesTitle');
  const downloads = useChartDownloads('radar', title, [
    ...visible.map((d) => ({ label: displayName(d, language), colour: styleOf(d).colour })),
    ...(showCity ? [{ label: cityLabel, colour: CITY_COLOUR, dashed: true }] : []),
  ]);
  // Small multiples in rank order, each headed by its rank and total; past MAX_MULTIPLES, the first ones and a note.
  const ranked = (standings?.rows ?? []).filter((row) => visible.includes(row.district));
  return (
    <ChartFigure
      className={form === 'focus' ? 'radar-figure' : 'radar-figure multiples'}
      title={title}
      description={form === 'focus' ? t('radarFocusDescription', { district: focusName }) : t('radarMultiplesDescription')}
      note={radarNote(radar, form === 'multiples' && ranked.length > MAX_MULTIPLES, language, t)}
      {...(downloads && form === 'focus' ? { downloads } : {})}
      legendAfter={embed}
      legend={
        <SeriesLegend
          items={[
            ...chosen.map((d) => ({ key: d, label: displayName(d, language), colour: styleOf(d).colour, hidden: hidden.includes(d) })),
            { key: CITY_SERIES, label: cityLabel, colour: CITY_COLOUR, dashed: true, hidden: !showCity, fixed: true },
          ]}
          {...legendControls}
          highlighted={focus}
        />
      }
      chart={<RadarDrawing form={form} focus={focus} visible={visible} radar={radar} ranked={ranked.slice(0, MAX_MULTIPLES)} />}
      showTableLabel={t('showTable')}
      hideTableLabel={t('hideTable')}
      table={(id) => <RadarTable id={`${id}-data`} title={title} chosen={chosen} radar={radar} />}
    />
  );
}

interface RadarDrawingProps {
  form: RadarForm;
  focus: string | undefined;
  visible: readonly string[];
  radar: RadarSeries;
  ranked: readonly { district: string; rank: number; total: number }[];
}

/** One radar with the focus filled, or small multiples in rank order. */
function RadarDrawing({ form, focus, visible, radar, ranked }: RadarDrawingProps): ReactNode {
  const hidden = useDashboard((s) => s.hiddenSeries);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const styleOf = useDistrictStyle();
  const t = useViewTranslate();
  const chartProps = {
    points: radar.points,
    showCity: !hidden.includes(CITY_SERIES),
    cityLabel: t('cityAverage'),
    scaleMax: radar.scaleMax,
    scaleMin: radar.scaleMin,
    asPercent: radar.asPercent,
    styleOf,
    language,
    digits,
  };
  if (form === 'focus')
    return (
      <ProfileRadarChart
        {...chartProps}
        focus={focus !== undefined && visible.includes(focus) ? focus : undefined}
        context={visible.filter((d) => d !== focus)}
      />
    );
  return (
    <RadarMultiples
      axesLabel={t('radarAxesKey')}
      axes={radar.points.map((p) => displayName(p.siteType, language))}
      panels={ranked.map((row) => ({
        key: row.district,
        heading: t('radarMultipleHeading', {
          rank: row.rank,
          district: displayName(row.district, language),
          total: formatScore(row.total, language, digits),
        }),
        chart: <ProfileRadarChart {...chartProps} compact focus={row.district} context={[]} />,
      }))}
    />
  );
}

/** The radar's data table: a row per site type, the chosen districts' printed scores (and shares) and the city's. */
function RadarTable({ id, title, chosen, radar }: { id: string; title: string; chosen: readonly string[]; radar: RadarSeries }) {
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const t = useViewTranslate();
  const suffix = radar.asPercent ? '%' : '';
  return (
    <DataTable
      id={id}
      caption={t('chartTable', { title })}
      columns={[t('siteType'), ...chosen.map((d) => displayName(d, language)), t('cityAverage')]}
      rows={radar.points.map((p) => ({
        key: p.siteType,
        cells: [
          displayName(p.siteType, language),
          ...chosen.map(
            (d) => `${formatScore(p.scores[d], language, digits)}${suffix && ` (${formatScore(p.values[d], language, digits)}${suffix})`}`,
          ),
          formatScore(p.cityScore, language, digits),
        ],
      }))}
    />
  );
}
