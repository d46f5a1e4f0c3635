// Two figures in one cell, a slash between them, under a header that names both (`得分（本月/上月）` over `95.6/94.8`):
// two columns, each named by its part of the header, so that the roles apply to each (上月 an earlier period). A
// second figure the same on every row is a maximum (`92.5/100`), not a pair: figuresOutOf's.

import type { Grid, GridCell } from '../sources/grid';
import { OUT_OF } from '../sources/gridRows';

/** `得分（本月/上月）` → 得分, 本月, 上月; `本月/上月` → '', 本月, 上月. */
const PAIR_HEADER =
  /^(.*?)\s*[(（]\s*([^/／()（）]+?)\s*[/／]\s*([^/／()（）]+?)\s*[)）]\s*$|^([^/／()（）]+?)\s*[/／]\s*([^/／()（）]+?)$/;

function pairNames(header: string): [string, string] | undefined {
  const match = PAIR_HEADER.exec(header.trim());
  if (!match) return undefined;
  const base = match[1] ?? '';
  const first = match[2] ?? match[4] ?? '';
  const second = match[3] ?? match[5] ?? '';
  return first === '' || second === '' ? undefined : [`${first}${base}`, `${second}${base}`];
}

/** Column c's names when every filled cell is a pair whose second figures differ, under a header naming both. */
function pairColumn(grid: Grid, c: number): [string, string] | undefined {
  const texts = grid.rows.map((row) => row.cells[c]?.text ?? '').filter((text) => text !== '');
  const pairs = texts.map((text) => OUT_OF.exec(text.trim()));
  if (texts.length < 2 || pairs.some((pair) => pair === null)) return undefined;
  if (new Set(pairs.map((pair) => pair?.[2])).size === 1) return undefined;
  return pairNames(grid.header[c]?.text ?? '');
}

function split(cell: GridCell | undefined, part: 1 | 2): GridCell {
  const text = cell?.text ?? '';
  const pair = OUT_OF.exec(text.trim());
  const figure = pair?.[part] ?? '';
  return {
    text: figure,
    line: cell?.line ?? 0,
    column: (cell?.column ?? 1) + Math.max(0, text.indexOf(figure, part === 2 ? text.indexOf('/') : 0)),
  };
}

/** The grid with each pair column split in two, or the grid as it was. */
export function withSlashPairsApart(grid: Grid): Grid {
  const names = grid.header.map((_, c) => pairColumn(grid, c));
  if (names.every((pair) => pair === undefined)) return grid;
  const header = grid.header.flatMap((cell, c) => {
    const pair = names[c];
    return pair
      ? [
          { ...cell, text: pair[0] },
          { ...cell, text: pair[1] },
        ]
      : [cell];
  });
  const rows = grid.rows.map((row) => ({
    ...row,
    cells: row.cells.flatMap((cell, c) =>
      names[c] && cell.text !== '' ? [split(cell, 1), split(cell, 2)] : names[c] ? [cell, { ...cell }] : [cell],
    ),
  }));
  return { ...grid, header, rows };
}
