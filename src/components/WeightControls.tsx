// One slider per site type (0–3 in steps of 0.1) with its value printed beside it.

import { useId } from 'react';

export interface WeightControlsProps {
  items: readonly { key: string; label: string; weight: number }[];
  min: number;
  max: number;
  onChange: (key: string, weight: number) => void;
  formatWeight: (weight: number) => string;
}

export function WeightControls({ items, min, max, onChange, formatWeight }: WeightControlsProps) {
  const id = useId();
  return (
    <ul className="weight-controls">
      {items.map((item, i) => (
        <li key={item.key}>
          <label htmlFor={`${id}-${i}`}>{item.label}</label>
          <input
            id={`${id}-${i}`}
            type="range"
            min={min}
            max={max}
            step={0.1}
            value={item.weight}
            onChange={(event) => {
              onChange(item.key, Math.round(Number(event.target.value) * 10) / 10);
            }}
          />
          <output htmlFor={`${id}-${i}`}>{formatWeight(item.weight)}</output>
        </li>
      ))}
    </ul>
  );
}
