// A labelled group of checkboxes with optional "all" / "none" buttons: the site-type filter and the district picker.

import { useId } from 'react';

export interface CheckboxOption {
  value: string;
  label: string;
  /** A colour swatch shown before the label (districts), decorative. */
  swatch?: string;
}

export interface CheckboxGroupProps {
  legend: string;
  options: readonly CheckboxOption[];
  selected: ReadonlySet<string>;
  onToggle: (value: string) => void;
  onAll?: () => void;
  onNone?: () => void;
  allLabel?: string;
  noneLabel?: string;
  summary?: string;
  className?: string;
  /** The legend is for screen readers only: a visible label (a disclosure's summary) already says it. */
  legendHidden?: boolean;
}

export function CheckboxGroup({
  legend,
  options,
  selected,
  onToggle,
  onAll,
  onNone,
  allLabel,
  noneLabel,
  summary,
  className,
  legendHidden = false,
}: CheckboxGroupProps) {
  const id = useId();
  return (
    <fieldset className={`checkbox-group ${className ?? ''}`}>
      <legend className={legendHidden ? 'visually-hidden' : undefined}>
        {legend}
        {summary !== undefined && <span className="checkbox-summary"> · {summary}</span>}
      </legend>
      {(onAll ?? onNone) && (
        <div className="checkbox-actions">
          {onAll && (
            <button type="button" onClick={onAll} disabled={selected.size === options.length}>
              {allLabel}
            </button>
          )}
          {onNone && (
            <button type="button" onClick={onNone} disabled={selected.size === 0}>
              {noneLabel}
            </button>
          )}
        </div>
      )}
      <ul className="checkbox-list">
        {options.map((option, i) => (
          <li key={option.value}>
            <input
              type="checkbox"
              id={`${id}-${i}`}
              checked={selected.has(option.value)}
              onChange={() => {
                onToggle(option.value);
              }}
            />
            <label htmlFor={`${id}-${i}`}>
              {option.swatch !== undefined && <span className="swatch" style={{ background: option.swatch }} aria-hidden="true" />}
              {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
