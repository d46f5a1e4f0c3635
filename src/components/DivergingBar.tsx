// A small diverging bar around zero, drawn beside the number it shows (decorative: the number is the content),
// and the table cell that pairs the two.

import { formatGap } from '../i18n/formatViews';
import type { Language } from '../i18n/names';

export interface DivergingBarProps {
  value: number | undefined;
  /** The largest absolute value on this scale. */
  extent: number;
  positive?: string;
  negative?: string;
  width?: number;
}

export function DivergingBar({ value, extent, positive = '#0072B2', negative = '#D55E00', width = 120 }: DivergingBarProps) {
  const half = width / 2;
  const length = value === undefined || extent <= 0 ? 0 : Math.min(1, Math.abs(value) / extent) * half;
  const x = value !== undefined && value < 0 ? half - length : half;
  return (
    <svg width={width} height="14" className="diverging-bar" aria-hidden="true" focusable="false">
      <rect x={x} y="2" width={length} height="10" fill={value !== undefined && value < 0 ? negative : positive} />
      <line x1={half} y1="0" x2={half} y2="14" stroke="currentColor" strokeWidth="1" />
    </svg>
  );
}

/** The scale of a set of diverging bars: their largest absolute value, and at least one point. */
export function gapExtent(values: readonly (number | undefined)[]): number {
  return Math.max(1, ...values.map((value) => Math.abs(value ?? 0)));
}

/** A table cell holding a signed gap (+18.0, −6.7) with its bar. */
export function GapCell({
  value,
  extent,
  language,
  digits = 1,
}: {
  value: number | undefined;
  extent: number;
  language: Language;
  digits?: number;
}) {
  return (
    <td className="num gap-cell">
      <DivergingBar value={value} extent={extent} />
      {formatGap(value, language, digits)}
    </td>
  );
}
