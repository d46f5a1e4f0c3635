// Each column of an imported table with its role, the reason it was chosen, and a control to change it;
// and the rows read as references (averages, sums), which the user can unmark.

import type { ColumnRole } from '../data/columnRoles';

export interface ColumnRoleRow {
  index: number;
  header: string;
  role: ColumnRole;
  reason: string;
  /** The label of the select: which column it sets. */
  label: string;
  /** The reader could not settle this role: the row is marked and the import asks for a check. */
  question: boolean;
}

export interface ReferenceRowOption {
  row: number;
  label: string;
  reason: string;
  reference: boolean;
}

export interface ColumnRoleTableProps {
  caption: string;
  headers: { column: string; role: string; reason: string };
  columns: readonly ColumnRoleRow[];
  roleNames: Readonly<Record<ColumnRole, string>>;
  onRole: (column: number, role: ColumnRole) => void;
  rowsLegend: string;
  rows: readonly ReferenceRowOption[];
  onReference: (row: number, reference: boolean) => void;
}

const ROLES: readonly ColumnRole[] = ['entity', 'score', 'weighted', 'total', 'rank', 'ignored'];

export function ColumnRoleTable({ caption, headers, columns, roleNames, onRole, rowsLegend, rows, onReference }: ColumnRoleTableProps) {
  return (
    <div className="column-roles">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headers.column}</th>
            <th scope="col">{headers.role}</th>
            <th scope="col">{headers.reason}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((column) => (
            <tr key={column.index} className={column.question ? 'role-question' : undefined}>
              <th scope="row">{column.header === '' ? `#${String(column.index + 1)}` : column.header}</th>
              <td>
                <select
                  aria-label={column.label}
                  value={column.role}
                  onChange={(event) => {
                    onRole(column.index, event.target.value as ColumnRole);
                  }}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {roleNames[role]}
                    </option>
                  ))}
                </select>
              </td>
              <td>{column.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > 0 && (
        <fieldset className="reference-rows">
          <legend>{rowsLegend}</legend>
          {rows.map((row) => (
            <label key={row.row}>
              <input
                type="checkbox"
                checked={row.reference}
                onChange={(event) => {
                  onReference(row.row, event.target.checked);
                }}
              />{' '}
              {row.label}
              {row.reason !== '' && <span className="reason"> ({row.reason})</span>}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
