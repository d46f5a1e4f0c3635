// A chart legend whose entries are toggle buttons (aria-pressed) that show or hide a series. A legend of hundreds
// of districts is folded behind its count (a wall of buttons above the chart, built on every open of the view), and
// its buttons are built when it is unfolded.

import { useState } from 'react';

/** Up to this many entries the legend is shown; past it, folded. */
export const LEGEND_FOLD_AFTER = 24;

export interface LegendItem {
  key: string;
  label: string;
  colour: string;
  dashed?: boolean;
  hidden: boolean;
}

export interface SeriesLegendProps {
  items: readonly LegendItem[];
  onToggle: (key: string) => void;
  /** The accessible name of each button, e.g. "Show or hide {name}". */
  toggleLabel: (label: string) => string;
  /** The folded legend's summary, with its count of entries. */
  foldLabel: (count: number) => string;
}

export function SeriesLegend({ items, onToggle, toggleLabel, foldLabel }: SeriesLegendProps) {
  const [open, setOpen] = useState(false);
  if (items.length <= LEGEND_FOLD_AFTER) return <LegendList items={items} onToggle={onToggle} toggleLabel={toggleLabel} />;
  return (
    <details
      className="series-legend-fold"
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{foldLabel(items.length)}</summary>
      {open && <LegendList items={items} onToggle={onToggle} toggleLabel={toggleLabel} />}
    </details>
  );
}

function LegendList({ items, onToggle, toggleLabel }: Omit<SeriesLegendProps, 'foldLabel'>) {
  return (
    <ul className="series-legend">
      {items.map((item) => (
        <li key={item.key}>
          <button
            type="button"
            aria-pressed={!item.hidden}
            title={toggleLabel(item.label)}
            className={item.hidden ? 'legend-off' : undefined}
            onClick={() => {
              onToggle(item.key);
            }}
          >
            <svg width="18" height="12" aria-hidden="true" focusable="false">
              {item.dashed ? (
                <line x1="1" y1="6" x2="17" y2="6" stroke={item.colour} strokeWidth="2.5" strokeDasharray="4 2" />
              ) : (
                <rect x="1" y="1" width="16" height="10" fill={item.colour} stroke="#1a1a1a" strokeWidth="0.5" />
              )}
            </svg>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
