// One row of the phone's ranked list: rank, name, total, change and the bar, opening to the district's
// site-type scores and a link to its report card. The scores are drawn only while the row is open: a list
// of hundreds of districts stays light when the filter changes, on screens that do not even show it.

import { useEffect, useRef, useState } from 'react';
import type { SiteType } from '../data/types';
import { formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import type { DistrictStanding } from '../model/standings';
import { DistrictLink } from './DistrictLink';
import { RankChangeMark } from './RankChangeMark';
import { RankLabel } from './RankLabel';

export interface RankedRowProps {
  standing: DistrictStanding;
  /** The bar's length: the total as a share of the best (0–1). */
  share: number;
  /** The city's mark on the same scale. */
  cityShare: number | undefined;
  siteTypes: readonly SiteType[];
  language: Language;
  digits: number;
  labels: { tie: string; total: string; report: string };
  reportHref?: string;
  onDistrictOpen?: (district: string) => void;
  change?: number;
  changeLabel?: string;
  /** Shown where the change would be, for a district new this period. */
  newLabel?: string;
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

export function RankedRow({
  standing,
  share,
  cityShare,
  siteTypes,
  language,
  digits,
  labels,
  reportHref,
  onDistrictOpen,
  change,
  changeLabel,
  newLabel,
}: RankedRowProps) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // A row opened before this code arrived (the page is prerendered) shows its scores once it has.
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  return (
    <li>
      <details
        ref={details}
        onToggle={(event) => {
          setOpen(event.currentTarget.open);
        }}
      >
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
            {change !== undefined ? <RankChangeMark change={change} label={changeLabel ?? ''} /> : newLabel}
          </span>
          <span className="ranked-bar" aria-hidden="true">
            <span className="ranked-fill" style={{ width: percent(share) }} />
            {cityShare !== undefined && <span className="ranked-city" style={{ left: percent(cityShare) }} />}
          </span>
        </summary>
        {open && (
          <>
            <dl className="ranked-scores">
              {siteTypes.map((siteType) => (
                <div key={siteType.name}>
                  <dt>{displayName(siteType.name, language)}</dt>
                  <dd>{formatScore(standing.scores.get(siteType.name), language, digits)}</dd>
                </div>
              ))}
            </dl>
            {reportHref !== undefined && (
              <DistrictLink href={reportHref} district={standing.district} onOpen={onDistrictOpen}>
                {labels.report}
              </DistrictLink>
            )}
          </>
        )}
      </details>
    </li>
  );
}
