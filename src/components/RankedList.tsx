// The rankings as a phone reads them: one line per district (rank, name, total, change since the previous
// period, a bar of the total against the best with the city's mark), each opening to its site-type scores.

import { formatScore } from '../i18n/format';
import type { Language } from '../i18n/names';
import type { RankChange } from '../model/rankChanges';
import type { RankedList as RankedListModel } from '../model/rankedList';
import type { SiteType } from '../data/types';
import { RankedRow } from './RankedRow';

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
            <RankedRow
              key={standing.district}
              standing={standing}
              share={share}
              cityShare={list.cityShare}
              siteTypes={siteTypes}
              language={language}
              digits={digits}
              labels={labels}
              {...(districtHref ? { reportHref: districtHref(standing.district) } : {})}
              {...(onDistrictOpen ? { onDistrictOpen } : {})}
              {...(change !== undefined ? { change, changeLabel: changeLabel?.(change) ?? '' } : {})}
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
