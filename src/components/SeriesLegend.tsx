// A chart legend whose chips highlight their series (aria-pressed), as a reader expects of a tap on a district's
// colour; showing and hiding series is a separate, labelled group of checkboxes folded under it (a tap that made a
// district vanish surprised readers). A legend of hundreds of districts is folded behind its count (a wall of chips
// above the chart, built on every open of the view), and its chips are built when it is unfolded.

import { useState, type ReactNode } from 'react';
import { CheckboxGroup } from './CheckboxGroup';

/** Up to this many entries the legend is shown; past it, folded. */
export const LEGEND_FOLD_AFTER = 24;

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  dashed?: boolean;
  hidden: boolean;
  /** A key only (the city average): it can be shown or hidden, not highlighted. */
  fixed?: boolean;
}

export interface SeriesLegendProps {
  items: readonly LegendItem[];
  /** The series highlighted, if any. */
  highlighted: string | undefined;
  /** Highlights a series, or lets go of the highlight (undefined). */
  onHighlight: (key: string | undefined) => void;
  /** Shows or hides a series. */
  onToggle: (key: string) => void;
  /** The accessible name of each chip, e.g. "Highlight {name}". */
  highlightLabel: (label: string) => string;
  /** The show-or-hide control's summary, with the count shown and the count in all. */
  visibilityLabel: (shown: number, count: number) => string;
  /** The folded legend's summary, with its count of entries. */
  foldLabel: (count: number) => string;
}

export function SeriesLegend(props: SeriesLegendProps) {
  const { items, foldLabel } = props;
  const chips =
    items.length <= LEGEND_FOLD_AFTER ? (
      <LegendList {...props} />
    ) : (
      <Fold summary={foldLabel(items.length)} render={() => <LegendList {...props} />} />
    );
  return (
    <div className="series-legend-block">
      {chips}
      <VisibilityControl {...props} />
    </div>
  );
}

/** A disclosure whose content is built only while it is open. */
function Fold({ summary, render, className = 'series-legend-fold' }: { summary: string; render: () => ReactNode; className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className={className}
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {open && render()}
    </details>
  );
}

function VisibilityControl({ items, onToggle, visibilityLabel }: SeriesLegendProps) {
  const summary = visibilityLabel(items.filter((item) => !item.hidden).length, items.length);
  return (
    <Fold
      className="series-visibility"
      summary={summary}
      render={() => (
        <CheckboxGroup
          legend={summary}
          legendHidden
          className="series-visibility-list"
          options={items.map((item) => ({ value: item.key, label: item.label, swatch: item.colour }))}
          selected={new Set(items.filter((item) => !item.hidden).map((item) => item.key))}
          onToggle={onToggle}
        />
      )}
    />
  );
}

function Swatch({ item }: { item: LegendItem }) {
  return (
    <svg width="18" height="12" aria-hidden="true" focusable="false">
      {item.dashed ? (
        <line x1="1" y1="6" x2="17" y2="6" stroke={item.colour} strokeWidth="2.5" strokeDasharray="4 2" />
      ) : (
        <rect x="1" y="1" width="16" height="10" fill={item.colour} stroke="#1a1a1a" strokeWidth="0.5" />
      )}
    </svg>
  );
}

function LegendList({ items, highlighted, onHighlight, highlightLabel }: SeriesLegendProps) {
  return (
    <ul className="series-legend">
      {items.map((item) => (
        <li key={item.key}>
          {item.fixed ? (
            <span className={item.hidden ? 'legend-key legend-off' : 'legend-key'}>
              <Swatch item={item} />
              {item.label}
            </span>
          ) : (
            <button
              type="button"
              aria-pressed={highlighted === item.key}
              title={highlightLabel(item.label)}
              className={item.hidden ? 'legend-off' : undefined}
              onClick={() => {
                onHighlight(highlighted === item.key ? undefined : item.key);
              }}
            >
              <Swatch item={item} />
              {item.label}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
