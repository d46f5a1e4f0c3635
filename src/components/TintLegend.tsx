// The key to the score tint of the rankings table: each band with its share of the maximum.

import { TINT_BANDS, tintStyle } from './palette';

export interface TintLegendProps {
  title: string;
  bandLabel: (from: number, to: number) => string;
}

export function TintLegend({ title, bandLabel }: TintLegendProps) {
  return (
    <div className="tint-legend">
      <span>{title}</span>
      <ul>
        {TINT_BANDS.map((band) => (
          <li key={band.from} style={tintStyle(band)}>
            {bandLabel(Math.round(band.from * 100), Math.min(100, Math.round(band.to * 100)))}
          </li>
        ))}
      </ul>
    </div>
  );
}
