// A plain data table with a caption: the accessible alternative behind every chart.

import { ScrollTable } from './ScrollTable';

export interface DataTableProps {
  caption: string;
  /** Column headers; the first column holds row headers. */
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly string[] }[];
  id?: string;
}

export function DataTable({ caption, columns, rows, id }: DataTableProps) {
  return (
    <ScrollTable caption={caption} columns={columns} className="data-table" {...(id === undefined ? {} : { id })}>
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
    </ScrollTable>
  );
}
