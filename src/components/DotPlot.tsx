// A dot plot comparing districts by site type: one row per site type, one dot per district on a shared
// 0–max axis, the city value as a tick. Choosing (or pointing at) a district highlights its dots in every
// row, labelled with their values, and dims the others. Drawn in HTML, so that it reflows on a phone; the
// figure's data table is its accessible form, so the drawing itself is hidden from screen readers.

import { formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import type { DotPlotRow } from '../model/series';

/** Past this many districts the dots become a neutral strip with only the chosen district in colour. */
const DENSE_AFTER = 20;

export interface DotPlotProps {
  rows: readonly DotPlotRow[];
  /** The districts drawn, with their colours. */
  districts: readonly { name: string; colour: string }[];
  maxScore: number;
  highlighted: string | undefined;
  onHighlight: (district: string | undefined) => void;
  language: Language;
  digits: number;
  cityLabel: string;
  /** The site type with the widest gap between districts (the summary's fact), marked with this label. */
  widestGap?: { siteType: string; label: string } | undefined;
}

const TICKS = [0, 0.25, 0.5, 0.75, 1];

export function DotPlot({ rows, districts, maxScore, highlighted, onHighlight, language, digits, cityLabel, widestGap }: DotPlotProps) {
  const dense = districts.length > DENSE_AFTER;
  const at = (value: number) => `${String(Math.min(100, Math.max(0, (value / maxScore) * 100)))}%`;
  return (
    <div className={`dot-plot${dense ? ' dense' : ''}${highlighted ? ' has-highlight' : ''}`} aria-hidden="true">
      {rows.map((row) => (
        <div
          key={row.siteType}
          className={widestGap?.siteType === row.siteType ? 'dot-row has-gap' : 'dot-row'}
          data-site-type={row.siteType}
        >
          <span className="dot-label">{displayName(row.siteType, language)}</span>
          <div className="dot-track">
            {widestGap?.siteType === row.siteType && row.low !== undefined && row.high !== undefined && (
              <span className="dot-gap" style={{ left: at(row.low), right: `calc(100% - ${at(row.high)})` }}>
                <span className="dot-gap-label">{widestGap.label}</span>
              </span>
            )}
            {row.city !== undefined && (
              <span className="dot-city" style={{ left: at(row.city) }} title={`${cityLabel} ${formatScore(row.city, language, digits)}`} />
            )}
            {districts.map(({ name, colour }) => {
              const value = row.values[name];
              if (value === undefined) return null;
              const chosen = name === highlighted;
              return (
                <span
                  key={name}
                  className={`dot${chosen ? ' is-highlighted' : ''}`}
                  data-district={name}
                  data-value={formatScore(value, language, digits)}
                  style={{ left: at(value), background: dense && !chosen ? undefined : colour }}
                  title={`${displayName(name, language)} ${formatScore(value, language, digits)}`}
                  onMouseEnter={() => {
                    onHighlight(name);
                  }}
                  onMouseLeave={() => {
                    onHighlight(undefined);
                  }}
                />
              );
            })}
            {highlighted !== undefined && row.values[highlighted] !== undefined && (
              <span className="dot-value" style={{ left: at(row.values[highlighted] ?? 0) }}>
                {formatScore(row.values[highlighted], language, digits)}
              </span>
            )}
          </div>
        </div>
      ))}
      <div className="dot-row dot-axis">
        <span className="dot-label" />
        <div className="dot-track">
          {TICKS.map((share) => (
            <span key={share} className="dot-tick" style={{ left: at(share * maxScore) }}>
              {formatScore(share * maxScore, language, 0)}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
