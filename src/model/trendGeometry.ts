// The trend chart's lines as SVG path data: a district's line through its periods' points, and a band's lines
// gathered by colour. Pure: the chart component draws what these return.

/** A district's line through the periods' points, with a gap where a period has no value. */
export function linePath(xs: readonly number[], ys: readonly (number | undefined)[]): string {
  let path = '';
  let drawing = false;
  ys.forEach((y, index) => {
    const x = xs[index];
    if (x === undefined || y === undefined) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`;
    drawing = true;
  });
  return path;
}

/**
 * A band's lines gathered by colour, in the order the colours first appear: one path each, every district's line
 * a subpath of its colour's. Read as a whole, a band of 300 lines needs a handful of nodes, not 300.
 */
export function bandPaths(
  districts: readonly string[],
  colourOf: (district: string) => string,
  pathOf: (district: string) => string,
): { colour: string; d: string }[] {
  const byColour = new Map<string, string>();
  for (const district of districts) {
    const colour = colourOf(district);
    byColour.set(colour, (byColour.get(colour) ?? '') + pathOf(district));
  }
  return [...byColour].map(([colour, d]) => ({ colour, d }));
}
