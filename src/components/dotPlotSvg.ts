// The dot plot as an SVG drawing, for its PNG and SVG downloads: the plot is HTML (it reflows on a phone), so
// the image is traced from what is on screen (each label, track, city tick, dot and value where it is drawn, in
// the colours it is drawn in), and matches it at the width it was downloaded from.

const SVG_NS = 'http://www.w3.org/2000/svg';

function element(name: string, attributes: Record<string, string>): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

const round = (value: number) => String(Math.round(value * 10) / 10);

/** Where the plot's parts go: the drawing, and each part's place relative to the plot's box. */
interface Trace {
  svg: SVGSVGElement;
  x: (rect: DOMRect) => number;
  y: (rect: DOMRect) => number;
}

/**
 * A label's text, line by line as the page broke it: a long site-type name wraps in its column, and drawn as one
 * line it ran into the plot.
 */
function traceText(trace: Trace, source: Element, anchor: 'start' | 'middle'): void {
  const style = getComputedStyle(source);
  for (const line of drawnLines(source)) {
    const node = element('text', {
      x: round(anchor === 'middle' ? trace.x(line.rect) + line.rect.width / 2 : trace.x(line.rect)),
      y: round(trace.y(line.rect) + line.rect.height * 0.78),
      'font-size': style.fontSize,
      'font-weight': style.fontWeight,
      fill: style.color,
      'text-anchor': anchor,
    });
    node.textContent = line.text;
    trace.svg.append(node);
  }
}

/** A row's track: a line across the middle of its box, in its border's colour. */
function traceTrack(trace: Trace, track: Element): void {
  const rect = track.getBoundingClientRect();
  const line = trace.y(rect) + rect.height / 2;
  const stroke = getComputedStyle(track).borderBottomColor || '#999999';
  trace.svg.append(
    element('line', { x1: round(trace.x(rect)), x2: round(trace.x(rect) + rect.width), y1: round(line), y2: round(line), stroke }),
  );
}

/** The city's tick (filled) or the widest gap's bracket (outlined), as a rectangle where it is drawn. */
function traceTick(trace: Trace, source: Element): void {
  const rect = source.getBoundingClientRect();
  const style = getComputedStyle(source);
  const city = source.classList.contains('dot-city');
  trace.svg.append(
    element('rect', {
      x: round(trace.x(rect)),
      y: round(trace.y(rect)),
      width: round(Math.max(1, rect.width)),
      height: round(rect.height),
      fill: city ? style.backgroundColor : 'none',
      stroke: city ? 'none' : style.borderBottomColor,
    }),
  );
}

/** A dense plot's strip of ticks: drawn at its track's place, its path in the colour it is drawn in. */
function traceStrip(trace: Trace, strip: SVGSVGElement): void {
  const rect = strip.getBoundingClientRect();
  const path = strip.querySelector('path');
  if (!path) return;
  const style = getComputedStyle(path);
  const box = element('svg', {
    x: round(trace.x(rect)),
    y: round(trace.y(rect)),
    width: round(rect.width),
    height: round(rect.height),
    viewBox: strip.getAttribute('viewBox') ?? '',
    preserveAspectRatio: 'none',
  });
  box.append(
    element('path', {
      d: path.getAttribute('d') ?? '',
      fill: 'none',
      stroke: style.stroke,
      'stroke-width': style.strokeWidth,
      'stroke-opacity': style.strokeOpacity,
      'vector-effect': 'non-scaling-stroke',
    }),
  );
  trace.svg.append(box);
}

/** A district's dot: a circle in its fill, border and opacity. */
function traceDot(trace: Trace, dot: HTMLElement): void {
  const rect = dot.getBoundingClientRect();
  const style = getComputedStyle(dot);
  trace.svg.append(
    element('circle', {
      cx: round(trace.x(rect) + rect.width / 2),
      cy: round(trace.y(rect) + rect.height / 2),
      r: round(rect.width / 2),
      fill: style.backgroundColor,
      stroke: style.borderTopColor,
      'stroke-width': style.borderTopWidth,
      opacity: style.opacity,
    }),
  );
}

/** An SVG of the plot as drawn: the same size, each part at its place relative to the plot's box. */
export function dotPlotSvg(plot: HTMLElement): SVGSVGElement {
  const box = plot.getBoundingClientRect();
  const svg = element('svg', {
    xmlns: SVG_NS,
    width: round(box.width),
    height: round(box.height),
    viewBox: `0 0 ${round(box.width)} ${round(box.height)}`,
    class: 'dot-plot-export',
  }) as SVGSVGElement;
  const trace: Trace = { svg, x: (rect) => rect.left - box.left, y: (rect) => rect.top - box.top };
  for (const label of plot.querySelectorAll('.dot-label')) if (label.textContent !== '') traceText(trace, label, 'start');
  for (const track of plot.querySelectorAll('.dot-row:not(.dot-axis) .dot-track')) traceTrack(trace, track);
  // The widest gap's bracket under the dots; the city's ticks over them, as the page stacks them (a dot drawn over a
  // tick cut it into dashes).
  for (const gap of plot.querySelectorAll('.dot-gap')) traceTick(trace, gap);
  for (const strip of plot.querySelectorAll<SVGSVGElement>('.dot-strip')) traceStrip(trace, strip);
  for (const dot of plot.querySelectorAll<HTMLElement>('.dot')) traceDot(trace, dot);
  for (const city of plot.querySelectorAll('.dot-city')) traceTick(trace, city);
  for (const label of plot.querySelectorAll('.dot-value, .dot-gap-label, .dot-tick')) traceText(trace, label, 'middle');
  return svg;
}

/** An element's text in the lines the page laid it out in, each with its box (measured character by character). */
function drawnLines(source: Element): { text: string; rect: DOMRect }[] {
  const lines: { text: string; rect: DOMRect }[] = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const content = node.textContent ?? '';
    for (let i = 0; i < content.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      const last = lines[lines.length - 1];
      if (last && Math.abs(rect.top - last.rect.top) < rect.height / 2) {
        last.text += content.charAt(i);
        last.rect = new DOMRect(last.rect.left, last.rect.top, Math.max(last.rect.right, rect.right) - last.rect.left, last.rect.height);
      } else if (rect.width > 0 || content.charAt(i).trim() !== '') lines.push({ text: content.charAt(i), rect });
    }
  }
  return lines.map((line) => ({ text: line.text.trim(), rect: line.rect })).filter((line) => line.text !== '');
}
