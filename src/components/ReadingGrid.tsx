// The import's reading shown on the grid it was read from: the printed header, each column's role in a select
// with its reason, each row's status (entity, reference, not read) in a select, the doubts on their rows, and
// where every cell came from (line and column), so a wrong reading is plain to see and mended in a few clicks.

import type { ColumnRole, RowStatus } from '../data/reading/columnRoles';

export interface ReadingGridColumn {
  index: number;
  header: string;
  role: ColumnRole;
  reason: string;
  /** The select's label: which column it sets. */
  label: string;
  /** The reader could not settle this role. */
  question: boolean;
}

/** A cell read by OCR that asks for a look: the image it was read from, why, and a field to correct it. */
export interface ReadingGridCheck {
  crop: string;
  cropAlt: string;
  note: string;
  /** The correcting field's label. */
  label: string;
  line: number;
  cell: number;
}

export interface ReadingGridRow {
  index: number;
  /** The line the row starts on, as the reader numbers it. */
  line: number;
  cells: readonly { text: string; where: string; check?: ReadingGridCheck | undefined }[];
  status: RowStatus;
  /** Why the reader gave the status ('' when it is the ordinary one). */
  reason: string;
  /** The select's label: which row it sets. */
  label: string;
  /** Doubts found on this row, worded. */
  doubts: readonly string[];
}

export interface ReadingGridProps {
  caption: string;
  lineHeader: string;
  statusHeader: string;
  columns: readonly ReadingGridColumn[];
  rows: readonly ReadingGridRow[];
  roleNames: Readonly<Record<ColumnRole, string>>;
  statusNames: Readonly<Record<RowStatus, string>>;
  onRole: (column: number, role: ColumnRole) => void;
  onStatus: (row: number, status: RowStatus) => void;
  /** A correction typed over an OCR cell (its line and index in the line). */
  onCorrect: (line: number, cell: number, value: string) => void;
  /** Said under the grid when rows were left out of it. */
  moreRows: string;
}

const ROLES: readonly ColumnRole[] = ['entity', 'score', 'weighted', 'total', 'rank', 'ignored'];
const STATUSES: readonly RowStatus[] = ['entity', 'reference', 'skipped'];

/** Under the header: each column's role, a select the reader changes, and why it was given. */
function RoleRow(props: Pick<ReadingGridProps, 'columns' | 'roleNames' | 'onRole'>) {
  const { columns, roleNames, onRole } = props;
  return (
    <tr className="reading-grid-roles">
      <td />
      <td />
      {columns.map((column) => (
        <td key={column.index} className={`role-${column.role}${column.question ? ' role-question' : ''}`}>
          <select
            aria-label={column.label}
            value={column.role}
            onChange={(event) => onRole(column.index, event.target.value as ColumnRole)}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleNames[role]}
              </option>
            ))}
          </select>
          <span className="reason">{column.reason}</span>
        </td>
      ))}
    </tr>
  );
}

/** A row of the grid: its line, its status (a select, its reason and doubts), and its cells (an OCR check where unsure). */
function GridRow(props: { row: ReadingGridRow } & Pick<ReadingGridProps, 'columns' | 'statusNames' | 'onStatus' | 'onCorrect'>) {
  const { row, columns, statusNames, onStatus, onCorrect } = props;
  return (
    <tr className={`status-${row.status}${row.doubts.length > 0 ? ' has-doubt' : ''}`}>
      <th scope="row">{row.line}</th>
      <td className="row-status">
        <select aria-label={row.label} value={row.status} onChange={(event) => onStatus(row.index, event.target.value as RowStatus)}>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {statusNames[status]}
            </option>
          ))}
        </select>
        {row.reason !== '' && <span className="reason">{row.reason}</span>}
        {row.doubts.map((doubt, i) => (
          <span key={i} className="doubt">
            {doubt}
          </span>
        ))}
      </td>
      {columns.map((column) => {
        const cell = row.cells[column.index];
        const check = cell?.check;
        return (
          <td key={column.index} title={cell?.where} className={`role-${column.role}${check ? ' ocr-check' : ''}`}>
            {check ? <OcrCheck check={check} text={cell.text} onCorrect={onCorrect} /> : <bdi>{cell?.text ?? ''}</bdi>}
          </td>
        );
      })}
    </tr>
  );
}

export function ReadingGrid({
  caption,
  lineHeader,
  statusHeader,
  columns,
  rows,
  roleNames,
  statusNames,
  onRole,
  onStatus,
  onCorrect,
  moreRows,
}: ReadingGridProps) {
  return (
    <div className="reading-grid">
      <div className="reading-grid-scroll" role="region" aria-label={caption} tabIndex={0}>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{lineHeader}</th>
              <th scope="col">{statusHeader}</th>
              {columns.map((column) => (
                <th key={column.index} scope="col" className={column.question ? 'role-question' : undefined}>
                  {column.header === '' ? `#${String(column.index + 1)}` : column.header}
                </th>
              ))}
            </tr>
            <RoleRow columns={columns} roleNames={roleNames} onRole={onRole} />
          </thead>
          <tbody>
            {rows.map((row) => (
              <GridRow key={row.index} row={row} columns={columns} statusNames={statusNames} onStatus={onStatus} onCorrect={onCorrect} />
            ))}
          </tbody>
        </table>
      </div>
      {moreRows !== '' && <p className="reading-grid-more">{moreRows}</p>}
    </div>
  );
}

/** The image crop beside the text read from it, in a field that corrects it (on Enter or leaving the field). */
function OcrCheck({ check, text, onCorrect }: { check: ReadingGridCheck; text: string; onCorrect: ReadingGridProps['onCorrect'] }) {
  const commit = (value: string) => {
    if (value.trim() !== text) onCorrect(check.line, check.cell, value.trim());
  };
  return (
    <span className="ocr-check-cell">
      <img src={check.crop} alt={check.cropAlt} />
      <input
        type="text"
        aria-label={check.label}
        defaultValue={text}
        size={Math.max(4, text.length + 1)}
        onBlur={(event) => {
          commit(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
      />
      <span className="reason">{check.note}</span>
    </span>
  );
}
