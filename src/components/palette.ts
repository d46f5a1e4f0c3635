// Score colours: a sequential tint for table cells, and the contrast check it is tested with (district colours: seriesColours.ts).

export interface TintBand {
  /** Lower bound, as a share of the maximum (inclusive). */
  from: number;
  /** Upper bound (exclusive, except the last band). */
  to: number;
  background: string;
  text: string;
  /** The dark theme's: dark for the lowest scores, brightening toward the best (never a white cell for the worst). */
  darkBackground: string;
  darkText: string;
}

/**
 * ColorBrewer Blues, light to dark on the light page; on the dark page the same blues the other way round, so that
 * the worst scores are the least bright, not the brightest thing on the screen. Text colours give a contrast of at
 * least 4.5:1 in both.
 */
export const TINT_BANDS: readonly TintBand[] = [
  { from: 0, to: 0.5, background: '#f7fbff', text: '#000000', darkBackground: '#16202c', darkText: '#ffffff' },
  { from: 0.5, to: 0.6, background: '#deebf7', text: '#000000', darkBackground: '#1b3550', darkText: '#ffffff' },
  { from: 0.6, to: 0.7, background: '#c6dbef', text: '#000000', darkBackground: '#1f4b78', darkText: '#ffffff' },
  { from: 0.7, to: 0.8, background: '#6baed6', text: '#000000', darkBackground: '#2b6cb0', darkText: '#ffffff' },
  { from: 0.8, to: 1.0001, background: '#08519c', text: '#ffffff', darkBackground: '#9ecae1', darkText: '#000000' },
];

/** A band's colours for a style attribute: each as light-dark(), which the page's color-scheme resolves. */
export function tintStyle(band: TintBand): { background: string; color: string } {
  return { background: `light-dark(${band.background}, ${band.darkBackground})`, color: `light-dark(${band.text}, ${band.darkText})` };
}

export function tintFor(value: number | undefined, maxScore: number): TintBand | undefined {
  if (value === undefined || maxScore <= 0) return undefined;
  const share = value / maxScore;
  return TINT_BANDS.find((band) => share >= band.from && share < band.to) ?? TINT_BANDS[TINT_BANDS.length - 1];
}

function channel(hex: string, offset: number): number {
  const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative-luminance contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
