// The radar screen: by default one district, filled, against the city average with the other chosen districts
// as faint outlines; or small multiples, one radar per chosen district on the same scale.

import { useState } from 'react';
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
import { displayName } from '../i18n/names';
import { selectActive, selectStandings, selectScoreDigits } from '../store/selectors';
import { selectRadar, selectRadarDistricts, selectReportDistrict } from '../store/viewSelectors';
import { useDashboard } from '../store/store';
import { useChartDownloads } from './useChartDownloads';
import { useDistrictStyle } from './useDistrictStyle';
import { ChartControls } from './ChartControls';
import { useViewTranslate } from './useViewTranslate';
import { useLegendControls } from './useLegendControls';
import { FewSiteTypesChart } from './FewSiteTypesChart';

/** The legend key of the city overlay; district names are the other keys. */
const CITY_SERIES = '__city';
/** Small multiples drawn at most: hundreds of radars would be unreadable and slow; the picker chooses others. */
const MAX_MULTIPLES = 24;

export default function RadarView() {
  const loaded = useDashboard(selectActive);
  const standings = useDashboard(selectStandings);
  const radar = useDashboard(selectRadar);
  const chosen = useDashboard(selectRadarDistricts);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const legendControls = useLegendControls();
  const toggleRadarDistrict = useDashboard((s) => s.toggleRadarDistrict);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const styleOf = useDistrictStyle();
  const t = useViewTranslate();
  // In an embed the chart comes first: its legend follows it.
  const embed = useDashboard((s) => s.embed);
  const [form, setForm] = useState<'focus' | 'multiples'>('focus');
  // The district drawn filled: the reader's choice here, else the one of the report card (the first by default).
  // The district picked out is the charts' one highlight, carried by links (hl=).
  const chosenFocus = useDashboard((s) => s.highlight);
  const setChosenFocus = useDashboard((s) => s.setHighlight);
  const reportDistrict = useDashboard(selectReportDistrict);
  const focus = [chosenFocus, reportDistrict, chosen[0]].find((d) => d !== undefined && chosen.includes(d));
  const focusName = focus === undefined ? '' : displayName(focus, language);
  // The image is titled as the figure is (杏花岭区与全市平均), not by the view's general name.
  const title = form === 'focus' ? t('radarFocusTitle', { district: focusName }) : t('radarMultiplesTitle');
  const downloads = useChartDownloads('radar', title, [
    ...chosen.filter((d) => !hidden.includes(d)).map((d) => ({ label: displayName(d, language), colour: styleOf(d).colour })),
    ...(hidden.includes(CITY_SERIES) ? [] : [{ label: t('cityAverage'), colour: CITY_COLOUR, dashed: true }]),
  ]);
  if (!loaded || !standings || !radar) return null;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;

  const all = loaded.inspection.districts;
  const visible = chosen.filter((d) => !hidden.includes(d));
  const cityLabel = t('cityAverage');
  const suffix = radar.asPercent ? '%' : '';
  const showCity = !hidden.includes(CITY_SERIES);
  const chartProps = {
    points: radar.points,
    showCity,
    cityLabel,
    scaleMax: radar.scaleMax,
    scaleMin: radar.scaleMin,
    asPercent: radar.asPercent,
    styleOf,
    language,
    digits,
  };
  // Small multiples in rank order, each headed by its rank and total; past MAX_MULTIPLES, the first ones and a note.
  const ranked = standings.rows.filter((row) => visible.includes(row.district));
  const multiples = ranked.slice(0, MAX_MULTIPLES);
  return (
    <section aria-labelledby="radar-heading" className="charts">
      <h2 id="radar-heading" className="visually-hidden">
        {t('viewRadar')}
      </h2>
      <ChartControls>
        <PressedChoice
          label={t('chartFormLabel')}
          options={[
            { value: 'focus', label: t('radarFormFocus') },
            { value: 'multiples', label: t('radarFormMultiples') },
          ]}
          value={form}
          onChange={setForm}
        />
        {form === 'focus' && focus !== undefined && (
          <SelectField
            label={t('highlightLabel')}
            value={focus}
            options={chosen.map((d) => ({ value: d, label: displayName(d, language) }))}
            onChange={setChosenFocus}
          />
        )}
      </ChartControls>
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
        <ChartFigure
          className={form === 'focus' ? 'radar-figure' : 'radar-figure multiples'}
          title={title}
          description={form === 'focus' ? t('radarFocusDescription', { district: focusName }) : t('radarMultiplesDescription')}
          note={[
            t(radar.scaleMax < radar.scaleMin ? 'radarScaleFewer' : radar.scaleMin > 0 ? 'radarScaleFrom' : 'radarScale', {
              min: `${formatScore(radar.scaleMin, language, 0)}${suffix}`,
              max: `${formatScore(radar.scaleMax, language, 0)}${suffix}`,
            }),
            radar.asPercent ? t('radarPercentNote') : '',
            form === 'multiples' && ranked.length > MAX_MULTIPLES ? t('radarMultiplesCapped', { count: MAX_MULTIPLES }) : '',
          ]
            .filter((n) => n !== '')
            .join(' ')}
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
          chart={
            form === 'focus' ? (
              <ProfileRadarChart
                {...chartProps}
                focus={focus !== undefined && visible.includes(focus) ? focus : undefined}
                context={visible.filter((d) => d !== focus)}
              />
            ) : (
              <RadarMultiples
                axesLabel={t('radarAxesKey')}
                axes={radar.points.map((p) => displayName(p.siteType, language))}
                panels={multiples.map((row) => ({
                  key: row.district,
                  heading: t('radarMultipleHeading', {
                    rank: row.rank,
                    district: displayName(row.district, language),
                    total: formatScore(row.total, language, digits),
                  }),
                  chart: <ProfileRadarChart {...chartProps} compact focus={row.district} context={[]} />,
                }))}
              />
            )
          }
          showTableLabel={t('showTable')}
          hideTableLabel={t('hideTable')}
          table={(id) => (
            <DataTable
              id={`${id}-data`}
              caption={t('chartTable', { title })}
              columns={[t('siteType'), ...chosen.map((d) => displayName(d, language)), cityLabel]}
              rows={radar.points.map((p) => ({
                key: p.siteType,
                cells: [
                  displayName(p.siteType, language),
                  ...chosen.map(
                    (d) =>
                      `${formatScore(p.scores[d], language, digits)}${suffix && ` (${formatScore(p.values[d], language, digits)}${suffix})`}`,
                  ),
                  formatScore(p.cityScore, language, digits),
                ],
              }))}
            />
          )}
        />
      )}
    </section>
  );
}
