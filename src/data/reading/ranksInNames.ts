// A rank printed inside the name cell (`第一名:莘县`, `1、迎泽区`, `第3名 甲街道`): when every name of a column
// carries one, the rank is a column of its own, beside the name, rather than part of every name.

import type { Grid, GridCell, GridRow } from '../sources/grid';
import { cellNumber } from '../sources/grid';
import { ordinalValue } from '../ordinals';

/** A leading rank and what follows it: an ordinal (`第一名`) with or without a separator, or a number with one. */
const LEADING_RANK =
  /^\s*((?:并列\s*)?第\s*(?:[0-9０-９]+|[零〇一二两三四五六七八九十百]+)\s*名(?:\s*[(（]\s*并列\s*[)）])?\s*[:：、,，.．]?|[0-9０-９]{1,3}\s*[、.．:：])\s*(\S.*)$/;

function split(cell: GridCell): { rank: GridCell; name: GridCell } | null {
  const match = LEADING_RANK.exec(cell.text);
  const rankText = match?.[1];
  const name = match?.[2];
  if (!rankText || !name || cellNumber(name) !== null) return null;
  const digits = /([0-9０-９]+|[零〇一二两三四五六七八九十百]+)/.exec(rankText)?.[1] ?? '';
  if (ordinalValue(digits) === null) return null;
  const offset = cell.text.indexOf(name, rankText.length);
  return {
    rank: { ...cell, text: rankText.replace(/[:：、,，.．\s]+$/, '') },
    name: { ...cell, text: name.trim(), column: cell.column + Math.max(offset, 0) },
  };
}

/**
 * The grid with a rank column split out of its first text column, when every filled cell of that column starts
 * with a rank (two rows at least): one rank in a name is a doubt on that name, not a column.
 */
export function splitRanksInNames(grid: Grid): Grid {
  const column = grid.header.length > 0 ? firstTextColumn(grid) : 0;
  const filled = grid.rows.filter((r) => (r.cells[column]?.text ?? '') !== '');
  if (filled.length < 2) return grid;
  const splits = new Map<GridRow, { rank: GridCell; name: GridCell }>();
  for (const row of filled) {
    const cell = row.cells[column];
    const parts = cell ? split(cell) : null;
    if (!parts) return grid;
    splits.set(row, parts);
  }
  const nameHeader = grid.header[column] ?? { text: '', line: grid.first, column: 1 };
  const header = [...grid.header.slice(0, column), { ...nameHeader, text: '' }, nameHeader, ...grid.header.slice(column + 1)];
  const rows = grid.rows.map((row) => {
    const parts = splits.get(row);
    const blank = { text: '', line: row.line, column: row.cells[column]?.column ?? 1 };
    const inserted = parts ? [parts.rank, parts.name] : [blank, row.cells[column] ?? blank];
    return { ...row, cells: [...row.cells.slice(0, column), ...inserted, ...row.cells.slice(column + 1)] };
  });
  return { ...grid, header, rows };
}

/** The first column whose filled cells are mostly words, not figures. */
function firstTextColumn(grid: Grid): number {
  const width = grid.header.length;
  for (let i = 0; i < width; i++) {
    const cells = grid.rows.map((r) => r.cells[i]?.text ?? '').filter((t) => t !== '');
    if (cells.length > 0 && cells.filter((t) => cellNumber(t) === null).length * 2 > cells.length) return i;
  }
  return 0;
}
