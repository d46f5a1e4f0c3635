// A chart in a figure: caption, description, legend, and a "show as table" switch to its data table.

import { useId, useState, type ReactNode } from 'react';
import { dotPlotSvg } from './dotPlotSvg';

export interface ChartFigureProps {
  title: string;
  description: string;
  legend?: ReactNode;
  /** The legend after the chart (an embed: the chart first), not before it. */
  legendAfter?: boolean;
  chart: ReactNode;
  table: (id: string) => ReactNode;
  showTableLabel: string;
  hideTableLabel: string;
  note?: string;
  /** A class of the figure's own (its layout), beside chart-figure. */
  className?: string;
  /** Download buttons for the chart as an image. */
  downloads?: {
    pngLabel: string;
    svgLabel: string;
    failedLabel: string;
    onDownload: (kind: 'png' | 'svg', chart: SVGSVGElement) => Promise<void>;
  };
}

/**
 * Saves the figure's chart (the one holding `button`) as an image. A chart drawn in SVG (recharts' or our own) is
 * saved as it is; the dot plot (HTML) is traced into one for the while. `failed` when there is none or it fails.
 */
function downloadChart(
  button: HTMLElement,
  kind: 'png' | 'svg',
  onDownload: NonNullable<ChartFigureProps['downloads']>['onDownload'],
  failed: () => void,
): void {
  const area = button.closest('figure')?.querySelector<HTMLElement>('.chart-area');
  const plot = area?.querySelector<HTMLElement>('.dot-plot');
  const traced = plot ? dotPlotSvg(plot) : undefined;
  if (traced) area?.append(traced);
  const svg = traced ?? area?.querySelector<SVGSVGElement>('svg.recharts-surface, svg.chart-surface');
  if (!svg) return failed();
  onDownload(kind, svg)
    .catch(failed)
    .finally(() => traced?.remove());
}

export function ChartFigure({
  title,
  description,
  legend,
  legendAfter = false,
  chart,
  table,
  showTableLabel,
  hideTableLabel,
  note,
  className,
  downloads,
}: ChartFigureProps) {
  const id = useId();
  const [tableShown, setTableShown] = useState(false);
  const [downloadFailed, setDownloadFailed] = useState(false);
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const tableId = `${id}-table`;
  return (
    <figure
      className={className === undefined ? 'chart-figure' : `chart-figure ${className}`}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
    >
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        <p id={descriptionId}>{description}</p>
        {note !== undefined && <p className="note">{note}</p>}
      </figcaption>
      {!legendAfter && legend}
      <div className="chart-area">{chart}</div>
      {legendAfter && legend}
      <div className="chart-actions">
        {downloads &&
          (['png', 'svg'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              onClick={(event) => {
                setDownloadFailed(false);
                downloadChart(event.currentTarget, kind, downloads.onDownload, () => setDownloadFailed(true));
              }}
            >
              {kind === 'png' ? downloads.pngLabel : downloads.svgLabel}
            </button>
          ))}
        <button
          type="button"
          className="table-toggle"
          aria-expanded={tableShown}
          aria-controls={tableId}
          onClick={() => {
            setTableShown((shown) => !shown);
          }}
        >
          {tableShown ? hideTableLabel : showTableLabel}
        </button>
        {downloads && (
          <span role="status" className="copy-status">
            {downloadFailed ? downloads.failedLabel : ''}
          </span>
        )}
      </div>
      {/* Drawn only when shown: hidden, it is read by no one (nor printed), and a long series' table (300 districts
          × 24 months) cost the view's every open its thousands of cells. */}
      <div id={tableId} hidden={!tableShown}>
        {tableShown && table(tableId)}
      </div>
    </figure>
  );
}
