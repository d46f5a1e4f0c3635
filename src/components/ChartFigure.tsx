// A chart in a figure: caption, description, legend, and a "show as table" switch to its data table.

import { useId, useState, type ReactNode } from 'react';

export interface ChartFigureProps {
  title: string;
  description: string;
  legend?: ReactNode;
  chart: ReactNode;
  table: (id: string) => ReactNode;
  showTableLabel: string;
  hideTableLabel: string;
  note?: string;
}

export function ChartFigure({ title, description, legend, chart, table, showTableLabel, hideTableLabel, note }: ChartFigureProps) {
  const id = useId();
  const [tableShown, setTableShown] = useState(false);
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const tableId = `${id}-table`;
  return (
    <figure className="chart-figure" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        <p id={descriptionId}>{description}</p>
        {note !== undefined && <p className="note">{note}</p>}
      </figcaption>
      {legend}
      <div className="chart-area">{chart}</div>
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
      <div id={tableId} hidden={!tableShown}>
        {table(tableId)}
      </div>
    </figure>
  );
}
