// A district's report card: rank, total, gap to the district above, strengths and weaknesses, and points to climb for every district.

import { RankLabel } from '../components/RankLabel';
import { GapCell, gapExtent } from '../components/DivergingBar';
import { SelectField } from '../components/SelectField';
import { formatList, formatScore } from '../i18n/format';
import { formatGap } from '../i18n/formatViews';
import { displayName, entityKindName } from '../i18n/names';
import type { ReportLine } from '../model/reportCard';
import { selectActive, selectScoreDigits, selectEntityKind } from '../store/selectors';
import { selectClimbTable, selectDistrictReport, selectReportDistrict } from '../store/viewSelectors';
import { ScrollTable } from '../components/ScrollTable';
import { isVirtual, TABLE_ROW_HEIGHT } from '../components/LongTableRows';
import { useDashboard } from '../store/store';
import { useScopeLabel } from './useScopeLabel';
import { useViewTranslate } from './useViewTranslate';

type Report = NonNullable<ReturnType<typeof selectDistrictReport>>;
type Climb = NonNullable<ReturnType<typeof selectClimbTable>>;

/** The card's facts: rank, total (printed beside computed), what it takes to pass the next, strengths and weaknesses. */
function ReportFacts({ report, climb, name, scope }: { report: Report; climb: Climb; name: string; scope: string }) {
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const t = useViewTranslate();
  const { standing } = report;
  const items = (lines: ReportLine[], value: (line: ReportLine) => number | undefined) =>
    formatList(
      lines.map((line) => `${displayName(line.siteType.name, language)} (${formatGap(value(line), language, digits)})`),
      language,
    );
  return (
    <ul className="report-facts">
      <li>{t(standing.tied ? 'reportRankTied' : 'reportRank', { rank: standing.rank, count: report.districtCount })}</li>
      <li>
        {t('reportTotal', { total: formatScore(standing.total, language, digits), scope })}
        {standing.publishedTotal !== undefined && (
          <>
            {' · '}
            {t('reportPublishedVsComputed', {
              printed: formatScore(standing.publishedTotal, language, digits),
              computed: formatScore(standing.computedTotal, language, digits),
            })}
          </>
        )}
      </li>
      <li>
        {standing.nextAbove !== undefined
          ? t('reportToPass', {
              next: displayName(standing.nextAbove, language),
              points: formatScore(standing.gapToNext, language, digits),
            })
          : climb.leaderMargin !== undefined && climb.runnerUp !== undefined
            ? t('reportLeader', {
                runnerUp: displayName(climb.runnerUp, language),
                margin: formatScore(climb.leaderMargin, language, digits),
              })
            : t('climbLeaderShared', { leaders: name })}
      </li>
      {report.strongest.length > 0 && <li>{t('reportStrongest', { items: items(report.strongest, (l) => l.gapToCity) })}</li>}
      {report.weakest.length > 0 && <li>{t('reportWeakest', { items: items(report.weakest, (l) => l.gapToCity) })}</li>}
      {report.furthestBehindBest.length > 0 && (
        <li>{t('reportBehind', { items: items(report.furthestBehindBest, (l) => l.gapToBest) })}</li>
      )}
    </ul>
  );
}

/** Each site type's score, rank, the best and the city's, with the gaps to them as bars. */
function ReportLinesTable({ report, name }: { report: Report; name: string }) {
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const t = useViewTranslate();
  const extent = gapExtent(report.lines.flatMap((l) => [l.gapToBest, l.gapToCity]));
  return (
    <ScrollTable
      caption={t('reportLinesCaption', { district: name })}
      columns={[t('siteType'), t('score'), t('columnRank'), t('columnBest'), t('columnGapToBest'), t('cityAverage'), t('columnGapToCity')]}
      className="report-table"
    >
      <tbody>
        {report.lines.map((line) => (
          <tr key={line.siteType.name}>
            <th scope="row">{displayName(line.siteType.name, language)}</th>
            <td className="num">{formatScore(line.score, language, digits)}</td>
            <td className="num">
              <RankLabel rank={line.rank} tied={line.tied} tieLabel={t('tieMark')} />
            </td>
            <td>
              {formatScore(line.best, language, digits)}{' '}
              {formatList(
                line.bestDistricts.map((d) => displayName(d, language)),
                language,
              )}
            </td>
            <GapCell value={line.gapToBest} extent={extent} language={language} digits={digits} />
            <td className="num">{formatScore(line.city, language, digits)}</td>
            <GapCell value={line.gapToCity} extent={extent} language={language} digits={digits} />
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Every district's points to draw level with the one above, this district's row marked. */
function ClimbTable(props: { climb: Climb; district: string; name: string; scope: string; entityKind: string }) {
  const { climb, district, name, scope, entityKind } = props;
  const language = useDashboard((s) => s.language);
  const digits = useDashboard(selectScoreDigits);
  const t = useViewTranslate();
  const virtualClimb = isVirtual(climb.targets.length);
  return (
    <>
      <h2>{t('climbTitle')}</h2>
      {/* About the table and this district's place in it: the leader's margin is the rankings' headline, not this card's. */}
      <p>{t('climbIntro', { district: name })}</p>
      <ScrollTable
        caption={t('climbCaption', { scope })}
        columns={[t('columnRank'), t('columnDistrict', { kind: entityKind }), t('total'), t('columnNextAbove'), t('columnPointsToPass')]}
        // Every district's row: past a hundred, only those in view are drawn (with all 300 drawn, a switch to this view
        // took 78–138 ms in the benchmark; 26–33 ms since).
        longBody={{
          count: climb.targets.length,
          rowHeight: TABLE_ROW_HEIGHT,
          footRows: 0,
          focusIndex: climb.targets.findIndex((target) => target.district === district),
          renderRow: (index) => {
            const target = climb.targets[index];
            if (!target) return null;
            return (
              <tr
                key={target.district}
                className={target.district === district ? 'current' : undefined}
                aria-current={target.district === district ? 'true' : undefined}
                aria-rowindex={virtualClimb ? index + 2 : undefined}
              >
                <td className="num">{target.rank}</td>
                <th scope="row">{displayName(target.district, language)}</th>
                <td className="num">{formatScore(target.total, language, digits)}</td>
                <td>{target.nextAbove === undefined ? '—' : displayName(target.nextAbove, language)}</td>
                <td className="num">{formatScore(target.pointsToDrawLevel, language, digits)}</td>
              </tr>
            );
          },
        }}
      />
    </>
  );
}

export default function DistrictView() {
  const loaded = useDashboard(selectActive);
  const report = useDashboard(selectDistrictReport);
  const district = useDashboard(selectReportDistrict);
  const climb = useDashboard(selectClimbTable);
  const setDistrict = useDashboard((s) => s.setDistrict);
  const language = useDashboard((s) => s.language);
  const scope = useScopeLabel();
  const t = useViewTranslate();
  const entityKind = entityKindName(useDashboard(selectEntityKind), language);
  if (!loaded || district === undefined) return null;
  const picker = (
    <SelectField
      label={t('districtPicker')}
      value={district}
      options={loaded.inspection.districts.map((d) => ({ value: d, label: displayName(d, language) }))}
      onChange={setDistrict}
    />
  );
  if (!report || !climb || report.lines.length === 0) {
    return (
      <section>
        {picker}
        <p className="empty-state">{t('noSiteTypeSelected')}</p>
      </section>
    );
  }
  const name = displayName(district, language);
  return (
    <section aria-labelledby="district-heading" className="report">
      {picker}
      <h2 id="district-heading">{t('reportTitle', { district: name })}</h2>
      <ReportFacts report={report} climb={climb} name={name} scope={scope} />
      <ReportLinesTable report={report} name={name} />
      <ClimbTable climb={climb} district={district} name={name} scope={scope} entityKind={entityKind} />
    </section>
  );
}
