// Small multiples of the radar: one per district, all on the same scale, each against the city average, in a
// grid that reflows with the screen; the axes are numbered and the key names their site types once.

import type { ReactNode } from 'react';

export interface RadarMultiplesProps {
  /** One panel per district: its heading and its chart. */
  panels: readonly { key: string; heading: string; chart: ReactNode }[];
  /** The axes' names, in their numbered order. */
  axes: readonly string[];
  axesLabel: string;
}

export function RadarMultiples({ panels, axes, axesLabel }: RadarMultiplesProps) {
  return (
    <>
      <div className="radar-multiples">
        {panels.map((panel) => (
          <div key={panel.key} className="radar-multiple">
            <h4>{panel.heading}</h4>
            {panel.chart}
          </div>
        ))}
      </div>
      <p className="radar-key-label">{axesLabel}</p>
      <ol className="radar-key">
        {axes.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ol>
    </>
  );
}
