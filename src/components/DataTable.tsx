// A plain data table with a caption: the accessible alternative behind every chart.

export interface DataTableProps {
  caption: string;
  /** Column headers; the first column holds row headers. */
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly string[] }[];
  id?: string;
}

export function DataTable({ caption, columns, rows, id }: DataTableProps) {
  return (
    // Focusable and named, so that keyboard users can scroll a wide table too.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className="num">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
