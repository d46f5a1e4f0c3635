// The rankings as a phone reads them: one line per district (rank, name, total, change since the previous
// period, a bar of the total against the best with the city's mark), each opening to its site-type scores.

import { formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import type { RankChange } from '../model/rankChanges';
import type { RankedList as RankedListModel } from '../model/rankedList';
import type { SiteType } from '../data/types';
import { DistrictLink } from './DistrictLink';
import { RankChangeMark } from './RankChangeMark';
import { RankLabel } from './RankLabel';

export interface RankedListProps {
  list: RankedListModel;
  siteTypes: readonly SiteType[];
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
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function RankedList({
  list,
  siteTypes,
  language,
  digits,
  labelledBy,
  labels,
  districtHref,
  onDistrictOpen,
  cityTotal,
  rankChanges,
  changeLabel,
}: RankedListProps) {
  return (
    <>
      {/* role=list: some browsers drop the list's semantics once its markers are hidden. */}
      <ol className="ranked-list" role="list" aria-labelledby={labelledBy}>
        {list.items.map(({ standing, share }) => {
          const change = rankChanges?.get(standing.district)?.change;
          return (
            <li key={standing.district}>
              <details>
                <summary>
                  <span className="ranked-rank">
                    <RankLabel rank={standing.rank} tied={standing.tied} tieLabel={labels.tie} />
                  </span>
                  <span className="ranked-name">{displayName(standing.district, language)}</span>
                  <span className="ranked-total">
                    <span className="visually-hidden">{labels.total} </span>
                    {formatScore(standing.total, language, digits)}
                  </span>
                  <span className="ranked-change">
                    {change !== undefined && <RankChangeMark change={change} label={changeLabel?.(change) ?? ''} />}
                  </span>
                  <span className="ranked-bar" aria-hidden="true">
                    <span className="ranked-fill" style={{ width: percent(share) }} />
                    {list.cityShare !== undefined && <span className="ranked-city" style={{ left: percent(list.cityShare) }} />}
                  </span>
                </summary>
                <dl className="ranked-scores">
                  {siteTypes.map((siteType) => (
                    <div key={siteType.name}>
                      <dt>{displayName(siteType.name, language)}</dt>
                      <dd>{formatScore(standing.scores.get(siteType.name), language, digits)}</dd>
                    </div>
                  ))}
                </dl>
                {districtHref && (
                  <DistrictLink href={districtHref(standing.district)} district={standing.district} onOpen={onDistrictOpen}>
                    {labels.report}
                  </DistrictLink>
                )}
              </details>
            </li>
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
