// The radar screen: chosen districts' profiles over the selected site types, the city average as an overlay.

import { CheckboxGroup } from '../components/CheckboxGroup';
import { ChartFigure } from '../components/ChartFigure';
import { DataTable } from '../components/DataTable';
import { ProfileRadarChart } from '../components/ProfileRadarChart';
import { SeriesLegend } from '../components/SeriesLegend';
import { CITY_COLOUR } from '../components/seriesColours';
import { formatScore } from '../i18n/format';
import { displayName } from '../i18n/names';
import { selectActive, selectStandings, selectScoreDigits } from '../store/selectors';
import { selectRadar, selectRadarDistricts } from '../store/viewSelectors';
import { useDashboard } from '../store/store';
import { useChartDownloads } from './useChartDownloads';
import { useDistrictStyle } from './useDistrictStyle';
import { useViewTranslate } from './useViewTranslate';

/** The legend key of the city overlay; district names are the other keys. */
const CITY_SERIES = '__city';

export default function RadarView() {
  const loaded = useDashboard(selectActive);
  const standings = useDashboard(selectStandings);
  const radar = useDashboard(selectRadar);
  const chosen = useDashboard(selectRadarDistricts);
  const hidden = useDashboard((s) => s.hiddenSeries);
  const toggleSeries = useDashboard((s) => s.toggleSeries);
  const toggleRadarDistrict = useDashboard((s) => s.toggleRadarDistrict);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const styleOf = useDistrictStyle();
  const t = useViewTranslate();
  const downloads = useChartDownloads('radar', t('radarTitle'), [
    ...chosen.filter((d) => !hidden.includes(d)).map((d) => ({ label: displayName(d, language), colour: styleOf(d).colour })),
    ...(hidden.includes(CITY_SERIES) ? [] : [{ label: t('cityAverage'), colour: CITY_COLOUR, dashed: true }]),
  ]);
  if (!loaded || !standings || !radar) return null;
  if (standings.siteTypes.length === 0) return <p className="empty-state">{t('noSiteTypeSelected')}</p>;

  const all = loaded.inspection.districts;
  const visible = chosen.filter((d) => !hidden.includes(d));
  const cityLabel = t('cityAverage');
  const title = t('radarTitle');
  const suffix = radar.asPercent ? '%' : '';
  return (
    <section aria-labelledby="radar-heading" className="charts">
      <h2 id="radar-heading" className="visually-hidden">
        {t('viewRadar')}
      </h2>
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
      ) : (
        <ChartFigure
          title={title}
          description={t('radarDescription')}
          {...(radar.asPercent ? { note: t('radarPercentNote') } : {})}
          {...(downloads ? { downloads } : {})}
          legend={
            <SeriesLegend
              items={[
                ...chosen.map((d) => ({ key: d, label: displayName(d, language), colour: styleOf(d).colour, hidden: hidden.includes(d) })),
                { key: CITY_SERIES, label: cityLabel, colour: CITY_COLOUR, dashed: true, hidden: hidden.includes(CITY_SERIES) },
              ]}
              onToggle={toggleSeries}
              toggleLabel={(name) => t('legendToggle', { name })}
            />
          }
          chart={
            <ProfileRadarChart
              points={radar.points}
              districts={visible}
              showCity={!hidden.includes(CITY_SERIES)}
              cityLabel={cityLabel}
              scaleMax={radar.scaleMax}
              asPercent={radar.asPercent}
              styleOf={styleOf}
              language={language}
              digits={digits}
            />
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
