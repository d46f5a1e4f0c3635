// Saving files from the browser: text downloads, and charts as SVG or PNG with their title, legend and source drawn in.

import { textWidth, wrapText } from '../model/textWidth';

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

export function saveText(text: string, fileName: string, type: string): void {
  saveBlob(new Blob([text], { type }), fileName);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_ROW = 20;
/**
 * Room on each side of the chart: a label centred on the axis' first tick reaches past the chart's own box (the dot
 * plot's 40 stood half outside a phone's image).
 */
const SIDE = 12;
const TITLE_SIZE = 16;
const TITLE_LINE = 20;
const SOURCE_SIZE = 11;
const SOURCE_LINE = 14;
/** A title or source line of the image, broken into lines that fit its width (a phone's image is 350 px wide). */
function imageLines(text: string, width: number, fontSize: number): string[] {
  return wrapText(text, width - 2 * SIDE, fontSize, 4);
}

/** One entry of a chart's legend, drawn into the exported image. */
export interface ExportLegendItem {
  label: string;
  colour: string;
  /** A dashed line (the city average) instead of a filled swatch. */
  dashed?: boolean;
}

/** Legend entries laid out in rows that fit the chart's width. */
function legendRows(items: readonly ExportLegendItem[], width: number): { item: ExportLegendItem; x: number; row: number }[] {
  const placed: { item: ExportLegendItem; x: number; row: number }[] = [];
  let x = SIDE;
  let row = 0;
  for (const item of items) {
    const w = 24 + textWidth(item.label) + 16;
    if (x > SIDE && x + w > width - SIDE) {
      row++;
      x = SIDE;
    }
    placed.push({ item, x, row });
    x += w;
  }
  return placed;
}

function svgElement(name: string, attributes: Record<string, string>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
}

/** Lines of text from the image's left margin, the first's baseline at `top`. */
function textLines(lines: readonly string[], top: number, lineHeight: number, attributes: Record<string, string>): SVGElement {
  const text = svgElement('text', { x: String(SIDE), y: String(top), ...attributes });
  lines.forEach((line, i) => {
    const span = svgElement('tspan', { x: String(SIDE), dy: i === 0 ? '0' : String(lineHeight) });
    span.textContent = line;
    text.append(span);
  });
  return text;
}

/** The extra height a legend takes in the exported image. */
export function legendHeight(items: readonly ExportLegendItem[], width: number): number {
  if (items.length === 0) return 0;
  const rows = legendRows(items, width);
  return ((rows[rows.length - 1]?.row ?? 0) + 1) * LEGEND_ROW + 8;
}

/** The exported chart's legend: a swatch (the city's dashed key in its line's colour) and a label for each item. */
function legendGroup(legend: readonly ExportLegendItem[], width: number, top: number, cityStroke: string | undefined, textColour: string) {
  const group = svgElement('g', { class: 'export-legend', transform: `translate(0 ${String(top)})` });
  for (const { item, x, row } of legendRows(legend, width)) {
    const y = row * LEGEND_ROW;
    group.append(
      item.dashed
        ? svgElement('line', {
            x1: String(x),
            y1: String(y + 8),
            x2: String(x + 18),
            y2: String(y + 8),
            stroke: cityStroke ?? item.colour,
            'stroke-width': '2.5',
            'stroke-dasharray': '4 2',
          })
        : svgElement('rect', {
            x: String(x),
            y: String(y + 2),
            width: '18',
            height: '12',
            fill: item.colour,
            stroke: textColour,
            'stroke-width': '0.5',
          }),
    );
    const label = svgElement('text', { x: String(x + 24), y: String(y + 13), 'font-size': '12', fill: textColour });
    label.textContent = item.label;
    group.append(label);
  }
  return group;
}

/**
 * A standalone SVG document of a chart, with its title above, its legend and its source line below, in the
 * colours it was seen in: the page's background and every text's computed fill are written in, since the
 * page's stylesheet (and so the theme) does not travel with the file.
 */
function chartSvgDocument(
  chart: SVGSVGElement,
  title: string,
  sourceLine: string,
  legend: readonly ExportLegendItem[] = [],
): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(box.width);
  const height = Math.round(box.height);
  const width = chartWidth + 2 * SIDE;
  const titleLines = imageLines(title, width, TITLE_SIZE);
  const sourceLines = imageLines(sourceLine, width, SOURCE_SIZE);
  const titleHeight = titleLines.length * TITLE_LINE + 12;
  const legendSpace = legendHeight(legend, width);
  const total = titleHeight + height + legendSpace + sourceLines.length * SOURCE_LINE + 10;
  const page = getComputedStyle(document.body);
  const backgroundColour = page.backgroundColor || '#ffffff';
  const textColour = page.color || '#1a1a1a';
  const root = svgElement('svg', {
    xmlns: SVG_NS,
    width: String(width),
    height: String(total),
    viewBox: `0 0 ${String(width)} ${String(total)}`,
    'font-family': 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  });
  root.append(svgElement('rect', { width: '100%', height: '100%', fill: backgroundColour }));
  root.append(
    textLines(titleLines, TITLE_LINE + 2, TITLE_LINE, { 'font-size': String(TITLE_SIZE), 'font-weight': '600', fill: textColour }),
  );
  const body = svgElement('g', { transform: `translate(${String(SIDE)} ${String(titleHeight)})` });
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('x', '0');
  copy.setAttribute('y', '0');
  // The clone lost the stylesheet: give each text the fill, and each line the stroke, it was drawn with.
  const shown = chart.querySelectorAll('text');
  copy.querySelectorAll('text').forEach((text, i) => {
    const original = shown[i];
    if (original) text.setAttribute('style', `fill: ${getComputedStyle(original).fill}`);
  });
  const lines = chart.querySelectorAll('line, path, circle');
  copy.querySelectorAll('line, path, circle').forEach((line, i) => {
    const original = lines[i];
    if (original) line.setAttribute('stroke', getComputedStyle(original).stroke);
  });
  // The city's dashed key takes the colour its line is drawn in on this theme.
  const cityLine = chart.querySelector('.recharts-reference-line line, path.city-series, .city-line line');
  const cityStroke = cityLine ? getComputedStyle(cityLine).stroke : undefined;
  body.append(copy);
  root.append(body);
  if (legend.length > 0) root.append(legendGroup(legend, width, titleHeight + height + 4, cityStroke, textColour));
  const sourceTop = titleHeight + height + legendSpace + SOURCE_LINE;
  root.append(textLines(sourceLines, sourceTop, SOURCE_LINE, { 'font-size': String(SOURCE_SIZE), fill: textColour }));
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height: total };
}

/** Renders an SVG document to a PNG at twice its size, for sharp images on phones and in print. */
function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * 2;
      canvas.height = height * 2;
      const context = canvas.getContext('2d');
      if (!context) {
        reject(new Error('no 2D canvas'));
        return;
      }
      context.scale(2, 2);
      context.drawImage(image, 0, 0);
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('PNG encoding failed'));
      }, 'image/png');
    };
    image.onerror = () => {
      reject(new Error('SVG could not be drawn'));
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}

export async function saveChart(
  chart: SVGSVGElement,
  kind: 'svg' | 'png',
  title: string,
  sourceLine: string,
  fileBase: string,
  legend: readonly ExportLegendItem[] = [],
): Promise<void> {
  const { svg, width, height } = chartSvgDocument(chart, title, sourceLine, legend);
  if (kind === 'svg') {
    saveText(svg, `${fileBase}.svg`, 'image/svg+xml');
    return;
  }
  const png = await svgToPng(svg, width, height);
  saveBlob(png, `${fileBase}.png`);
}

/** A file name part from a period id: ASCII letters, digits and dashes only. */
export function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'data';
}
