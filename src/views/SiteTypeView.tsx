// One site type at a time: the districts ranked, the city average and the spread between best and worst.

import { RankLabel } from '../components/RankLabel';
import { GapCell, gapExtent } from '../components/DivergingBar';
import { SelectField } from '../components/SelectField';
import { formatList, formatScore } from '../i18n/format';
import { displayName, entityKindName } from '../i18n/names';
import { selectActive, selectScoreDigits, selectEntityKind } from '../store/selectors';
import { selectSiteTypeRanking } from '../store/viewSelectors';
import { ScrollTable } from '../components/ScrollTable';
import { isVirtual, TABLE_ROW_HEIGHT } from '../components/LongTableRows';
import { useDashboard } from '../store/store';
import { useViewTranslate } from './useViewTranslate';

export default function SiteTypeView() {
  const loaded = useDashboard(selectActive);
  const ranking = useDashboard(selectSiteTypeRanking);
  const setFocusSiteType = useDashboard((s) => s.setFocusSiteType);
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const t = useViewTranslate();
  const entityKind = entityKindName(useDashboard(selectEntityKind), language);
  if (!loaded || !ranking) return null;
  const name = displayName(ranking.siteType.name, language);
  const caption = t('siteTypeCaption', { siteType: name, max: formatScore(ranking.siteType.maxScore, language, 0) });
  const extent = gapExtent(ranking.rows.map((r) => r.gapToCity));
  const virtual = isVirtual(ranking.rows.length);
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
          bestNames: formatList(
            ranking.bestDistricts.map((d) => displayName(d, language)),
            language,
          ),
          worstNames: formatList(
            ranking.worstDistricts.map((d) => displayName(d, language)),
            language,
          ),
          best: formatScore(ranking.best, language, digits),
          worst: formatScore(ranking.worst, language, digits),
          spread: formatScore(ranking.spread, language, digits),
          city: formatScore(ranking.city, language, digits),
        })}
      </p>
      <ScrollTable
        caption={caption}
        columns={[t('columnRank'), t('columnDistrict', { kind: entityKind }), t('score'), t('columnGapToCity')]}
        longBody={{
          count: ranking.rows.length,
          rowHeight: TABLE_ROW_HEIGHT,
          footRows: 1,
          renderRow: (index) => {
            const row = ranking.rows[index];
            if (!row) return null;
            return (
              <tr key={row.district} aria-rowindex={virtual ? index + 2 : undefined}>
                <td className="num">
                  <RankLabel rank={row.rank} tied={row.tied} tieLabel={t('tieMark')} />
                </td>
                <th scope="row">{displayName(row.district, language)}</th>
                <td className="num">{formatScore(row.score, language, digits)}</td>
                <GapCell value={row.gapToCity} extent={extent} language={language} digits={digits} />
              </tr>
            );
          },
        }}
      >
        <tfoot>
          <tr className="city-row">
            <td />
            <th scope="row">{t('cityAverage')}</th>
            <td className="num">{formatScore(ranking.city, language, digits)}</td>
            <td />
          </tr>
        </tfoot>
      </ScrollTable>
    </section>
  );
}
