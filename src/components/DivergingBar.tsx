// A small diverging bar around zero, drawn beside the number it shows (decorative: the number is the content).

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
      <line x1={half} y1="0" x2={half} y2="14" stroke="#1a1a1a" strokeWidth="1" />
    </svg>
  );
}
