// Series colours: Okabe–Ito for districts (colour-blind safe, one colour per district everywhere), with dashes past eight, and the city's.

/** Okabe–Ito, reordered so the first six are the most distinct on white; yellow comes late for its low contrast. */
export const DISTRICT_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'] as const;

/** Dash patterns tell districts apart beyond the eighth colour, and where colour is not seen. */
const DASHES = ['', '6 3', '2 3', '8 3 2 3'] as const;

export interface SeriesStyle {
  colour: string;
  dash: string;
}

/** A district's style from its place in the sorted list of every district ever loaded. */
export function districtStyle(order: readonly string[], district: string): SeriesStyle {
  return styleAt(Math.max(0, order.indexOf(district)));
}

/** The style of the district at `index` of that list. */
export function styleAt(index: number): SeriesStyle {
  return {
    colour: DISTRICT_COLOURS[index % DISTRICT_COLOURS.length] ?? '#000000',
    dash: DASHES[Math.floor(index / DISTRICT_COLOURS.length) % DASHES.length] ?? '',
  };
}

export const CITY_COLOUR = '#444444';

/** The series of a view with more districts than colours: grey, 3.3:1 on white, as the total bars draw them. */
export const NEUTRAL_SERIES = '#8a8f98';

/**
 * A district's style in a view of `count` districts: its own up to eight; past that every series is neutral but the
 * highlighted one, in its colour without a dash (a colour repeated in one view, or told by dash alone, misleads).
 */
export function inView(style: SeriesStyle, count: number, highlighted: boolean): SeriesStyle {
  if (count <= DISTRICT_COLOURS.length) return style;
  return highlighted ? { colour: style.colour, dash: '' } : { colour: NEUTRAL_SERIES, dash: '' };
}
