// Saving files from the browser: text downloads, and charts as SVG or PNG with their title and source drawn in.

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
const TITLE_HEIGHT = 32;
const SOURCE_HEIGHT = 24;

/** A standalone SVG document of a chart, with its title above and its source line below. */
export function chartSvgDocument(chart: SVGSVGElement, title: string, sourceLine: string): string {
  const box = chart.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height + TITLE_HEIGHT + SOURCE_HEIGHT));
  root.setAttribute('viewBox', `0 0 ${width} ${height + TITLE_HEIGHT + SOURCE_HEIGHT}`);
  root.setAttribute('font-family', 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  root.append(background);
  const heading = document.createElementNS(SVG_NS, 'text');
  heading.setAttribute('x', '8');
  heading.setAttribute('y', '22');
  heading.setAttribute('font-size', '16');
  heading.setAttribute('font-weight', '600');
  heading.textContent = title;
  root.append(heading);
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(0 ${TITLE_HEIGHT})`);
  const copy = chart.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('x', '0');
  copy.setAttribute('y', '0');
  body.append(copy);
  root.append(body);
  const source = document.createElementNS(SVG_NS, 'text');
  source.setAttribute('x', '8');
  source.setAttribute('y', String(height + TITLE_HEIGHT + SOURCE_HEIGHT - 8));
  source.setAttribute('font-size', '11');
  source.setAttribute('fill', '#444444');
  source.textContent = sourceLine;
  root.append(source);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** Renders an SVG document to a PNG at twice its size, for sharp images on phones and in print. */
export function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
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
): Promise<void> {
  const svg = chartSvgDocument(chart, title, sourceLine);
  if (kind === 'svg') {
    saveText(svg, `${fileBase}.svg`, 'image/svg+xml');
    return;
  }
  const box = chart.getBoundingClientRect();
  const png = await svgToPng(svg, Math.round(box.width), Math.round(box.height) + TITLE_HEIGHT + SOURCE_HEIGHT);
  saveBlob(png, `${fileBase}.png`);
}

/** A file name part from a period id: ASCII letters, digits and dashes only. */
export function fileSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'data';
}
