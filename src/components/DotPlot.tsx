// A dot plot comparing districts by site type: one row per site type, one dot per district on a shared axis
// fitted to the scores (its first tick is the baseline the figure states), the city value as a tick. Choosing (or
// pointing at) a district highlights its dots in every row, labelled with their values, and dims the others; past 20
// districts each row is a strip of ticks, and a district is chosen by name. Drawn in HTML, so that it reflows on a
// phone; the figure's data table is its accessible form, so the drawing itself is hidden from screen readers.

import { formatScore } from '../i18n/format';
import { displayName, type Language } from '../i18n/names';
import type { NiceScale } from '../model/niceScale';
import type { DotPlotRow } from '../model/series';

/** Past this many districts the dots become a neutral strip of ticks with only the chosen district a coloured dot. */
const DENSE_AFTER = 20;
/** The strip's drawing width: its viewBox, stretched to the track (a tick's stroke keeps its width). */
const STRIP_WIDTH = 1000;

export interface DotPlotProps {
  rows: readonly DotPlotRow[];
  /** The districts drawn, with their colours. */
  districts: readonly { name: string; colour: string }[];
  /** The shared axis (src/model/series dotPlotScale). */
  scale: NiceScale;
  highlighted: string | undefined;
  onHighlight: (district: string | undefined) => void;
  language: Language;
  digits: number;
  cityLabel: string;
  /** The site type with the widest gap between districts (the summary's fact), marked with this label. */
  widestGap?: { siteType: string; label: string } | undefined;
}

export function DotPlot({ rows, districts, scale, highlighted, onHighlight, language, digits, cityLabel, widestGap }: DotPlotProps) {
  const dense = districts.length > DENSE_AFTER;
  const span = scale.hi - scale.lo || 1;
  const share = (value: number) => Math.min(1, Math.max(0, (value - scale.lo) / span));
  const at = (value: number) => `${String(share(value) * 100)}%`;
  const stripAt = (value: number) => (share(value) * STRIP_WIDTH).toFixed(1);
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
            {dense && (
              // One path of short ticks for the row's districts (a rug), not an element per dot: 300 districts × 10
              // site types were 3,000 elements to build and lay out on every open of the view.
              <svg className="dot-strip" viewBox={`0 0 ${String(STRIP_WIDTH)} 24`} preserveAspectRatio="none" focusable="false">
                <path
                  d={districts
                    .map(({ name }) => {
                      const value = row.values[name];
                      return value === undefined || name === highlighted ? '' : `M${stripAt(value)} 7V17`;
                    })
                    .join('')}
                  vectorEffect="non-scaling-stroke"
                />
              </svg>
            )}
            {districts.map(({ name, colour }) => {
              const value = row.values[name];
              if (value === undefined) return null;
              const chosen = name === highlighted;
              // Dense: only the chosen district is a dot of its own; the others are in the strip.
              if (dense && !chosen) return null;
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
          {scale.ticks.map((tick) => (
            <span key={tick} className="dot-tick" style={{ left: at(tick) }}>
              {formatScore(tick, language, scale.step < 1 ? 1 : 0)}
            </span>
          ))}
        </div>
      </div>
    </div>
  );
}
