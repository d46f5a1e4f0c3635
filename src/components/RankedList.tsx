// The rankings as a phone reads them: one line per district (rank, name, total, change since the previous
// period, a bar of the total on a scale from a stated baseline with the city's mark), each opening to its
// site-type scores. The scale's axis heads the bars, so that a bar's start is read as that baseline, not 0.

import { formatScore } from '../i18n/format';
import type { Language } from '../i18n/names';
import type { RankChange } from '../model/rankChanges';
import { rankedList } from '../model/rankedList';
import type { Standings } from '../model/standings';
import { RankedRow } from './RankedRow';

export interface RankedListProps {
  standings: Standings;
  language: Language;
  digits: number;
  /** The id of the element that names the list (the rankings' caption). */
  labelledBy: string;
  labels: { tie: string; total: string; report: string; city: string };
  districtHref?: (district: string) => string;
  onDistrictOpen?: (district: string) => void;
  /** The city's total, printed under the list beside the key to its mark on the bars. */
  cityTotal: number | undefined;
  rankChanges?: ReadonlyMap<string, RankChange> | undefined;
  changeLabel?: (change: number) => string;
  /** Said for a district that rankChanges leaves out: new this period. */
  newLabel?: string;
}

export function RankedList({
  standings,
  language,
  digits,
  labelledBy,
  labels,
  districtHref,
  onDistrictOpen,
  cityTotal,
  rankChanges,
  changeLabel,
  newLabel,
}: RankedListProps) {
  const list = rankedList(standings);
  const { scale } = list;
  return (
    <>
      <div className="ranked-axis" aria-hidden="true">
        <span className="ranked-axis-ticks">
          {scale.ticks.map((tick) => (
            <span key={tick} style={{ left: `${(((tick - scale.lo) / (scale.hi - scale.lo)) * 100).toFixed(1)}%` }}>
              {formatScore(tick, language, 0)}
            </span>
          ))}
        </span>
      </div>
      {/* role=list: some browsers drop the list's semantics once its markers are hidden. */}
      <ol className="ranked-list" role="list" aria-labelledby={labelledBy}>
        {list.items.map(({ standing, share }) => {
          const change = rankChanges?.get(standing.district)?.change;
          return (
            <RankedRow
              key={standing.district}
              standing={standing}
              share={share}
              cityShare={list.cityShare}
              siteTypes={standings.siteTypes}
              language={language}
              digits={digits}
              labels={labels}
              {...(districtHref ? { reportHref: districtHref(standing.district) } : {})}
              {...(onDistrictOpen ? { onDistrictOpen } : {})}
              {...(change !== undefined ? { change, changeLabel: changeLabel?.(change) ?? '' } : {})}
              {...(change === undefined && rankChanges && newLabel !== undefined ? { newLabel } : {})}
            />
          );
        })}
      </ol>
      {cityTotal !== undefined && (
        <p className="ranked-city-line">
          <span className="ranked-city-key" aria-hidden="true" />
          {labels.city} {formatScore(cityTotal, language, digits)}
        </p>
      )}
    </>
  );
}
