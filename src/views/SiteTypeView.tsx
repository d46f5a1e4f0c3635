// One site type at a time: the districts ranked, the city average and the spread between best and worst.

import { DivergingBar } from '../components/DivergingBar';
import { SelectField } from '../components/SelectField';
import { formatGap, formatScore } from '../i18n/format';
import { displayName } from '../i18n/names';
import { selectActive, selectSiteTypeRanking } from '../store/selectors';
import { useDashboard } from '../store/store';
import { useTranslate } from './useDashboard';

export function SiteTypeView() {
  const loaded = useDashboard(selectActive);
  const ranking = useDashboard(selectSiteTypeRanking);
  const setFocusSiteType = useDashboard((s) => s.setFocusSiteType);
  const language = useDashboard((s) => s.language);
  const t = useTranslate();
  if (!loaded || !ranking) return null;
  const name = displayName(ranking.siteType.name, language);
  const caption = t('siteTypeCaption', { siteType: name, max: formatScore(ranking.siteType.maxScore, language, 0) });
  const extent = Math.max(1, ...ranking.rows.map((r) => Math.abs(r.score - (ranking.city ?? r.score))));
  return (
    <section aria-labelledby="sitetype-heading">
      <SelectField
        label={t('siteTypePicker')}
        value={ranking.siteType.name}
        options={loaded.inspection.siteTypes.map((s) => ({ value: s.name, label: displayName(s.name, language) }))}
        onChange={setFocusSiteType}
      />
      <h2 id="sitetype-heading">{t('siteTypeTitle', { siteType: name })}</h2>
      <p className="spread">
        {t('siteTypeSpread', {
          best: formatScore(ranking.best, language),
          worst: formatScore(ranking.worst, language),
          spread: formatScore(ranking.spread, language),
          city: formatScore(ranking.city, language),
        })}
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnRank')}</th>
              <th scope="col">{t('columnDistrict')}</th>
              <th scope="col">{t('score')}</th>
              <th scope="col">{t('columnGapToCity')}</th>
            </tr>
          </thead>
          <tbody>
            {ranking.rows.map((row) => (
              <tr key={row.district}>
                <td className="num">
                  {row.rank}
                  {row.tied && <span className="tie-mark"> {t('tieMark')}</span>}
                </td>
                <th scope="row">{displayName(row.district, language)}</th>
                <td className="num">{formatScore(row.score, language)}</td>
                <td className="num gap-cell">
                  <DivergingBar value={ranking.city === undefined ? undefined : row.score - ranking.city} extent={extent} />
                  {formatGap(ranking.city === undefined ? undefined : row.score - ranking.city, language)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="city-row">
              <td />
              <th scope="row">{t('cityAverage')}</th>
              <td className="num">{formatScore(ranking.city, language)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
