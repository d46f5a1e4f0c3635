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
