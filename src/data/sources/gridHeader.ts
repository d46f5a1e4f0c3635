// A table's header as copying leaves it: two levels (a group over its sub-columns, or a web table whose spanning
// cells print on the upper line only), shares printed under the columns, and the width the rows give.

import { isRoleWord, type GridCell, type Line } from './gridCells';
import { GROUP_WORDS } from '../headerWords';

/** A share printed under a column's header: `(占40%)`, `（权重20%）`, `40%`. */
export const WEIGHT_NOTE = /^[(（]?\s*(?:占|权重)?\s*[0-9]+(?:\.[0-9]+)?\s*[%％]\s*[)）]?$/;

/** The cell count most rows have: the table's width as its data prints it. */
export function commonWidth(rows: readonly Line[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const row of rows) {
    const count = (counts.get(row.cells.length) ?? 0) + 1;
    counts.set(row.cells.length, count);
    if (count > bestCount) {
      best = row.cells.length;
      bestCount = count;
    }
  }
  return best;
}

/**
 * One column's label from its two header levels: a cell spanning both (a web table's rowspan) once, and a
 * generic group word (得分 over 城管 and 环卫) left out, so the category is named by what it is.
 */
function joinLevels(upper: string, lower: string): string {
  if (lower === '' || lower === upper) return upper;
  if (upper === '' || /^(得分|分数|成绩|评分|score)$/i.test(upper)) return lower;
  return `${upper} ${lower}`;
}

/** The words of a sub-column that only says what its group's figure is: the group names the category. */
const SCORE_SUB = /^(得分|分数|成绩|评分|score)$/i;

/**
 * Two tabbed header lines of a spreadsheet's merged cells (`单位 市容环境 ⇥ 公共设施 ⇥ 综合` over `⇥ 得分 排名 得分 排名 得分
 * 排名`): a group's cell spans the empty cells after it, so each column is its group and its sub-column, by position.
 * The lower line must be as wide as the rows and hold an empty cell under a name of the upper that spans both levels;
 * null otherwise.
 */
export function spannedHeader(upper: GridCell[], lower: GridCell[], rowWidth: number): GridCell[] | null {
  if (lower.length !== rowWidth || upper.length > rowWidth || upper.length < 2) return null;
  if (!upper.some((c, i) => i > 0 && c.text === '') || !lower.some((c) => c.text === '')) return null;
  let group = '';
  return lower.map((sub, i) => {
    const own = upper[i]?.text ?? '';
    if (own !== '') group = isRoleWord(own) ? '' : own;
    const top = own !== '' ? own : group;
    const text =
      sub.text === ''
        ? top
        : top === ''
          ? sub.text
          : SCORE_SUB.test(sub.text)
            ? /^(综合|总|合计)$/.test(top)
              ? `${top}${sub.text}`
              : top
            : `${top}${sub.text}`;
    return { ...(upper[i] ?? sub), text };
  });
}

/**
 * Two header levels: a group label over its sub-columns (`实地考察` over `原始得分 加权得分`). The upper
 * line names fewer cells; each group spans the sub-columns up to the next group's column.
 */
export function twoLevelHeader(upper: GridCell[], lower: GridCell[], rowWidth: number): GridCell[] {
  // A web table copied as text: cells spanning both levels print on the upper line only, so the lower line holds
  // just the sub-columns of one group (`其中` over `现场考察指数 居民满意度指数`), which the rows' width shows.
  if (lower.length >= 2 && lower.length < upper.length && rowWidth === upper.length - 1 + lower.length) {
    const groupAt = upper.findIndex((c) => GROUP_WORDS.test(c.text.replace(/\s+/g, '')));
    const at = groupAt >= 0 ? groupAt : upper.length - 1;
    const group = upper[at]?.text ?? '';
    const subs = lower.map((cell) => ({
      ...cell,
      text: GROUP_WORDS.test(group.replace(/\s+/g, '')) ? cell.text : joinLevels(group, cell.text),
    }));
    return [...upper.slice(0, at), ...subs, ...upper.slice(at + 1)];
  }
  if (lower.length <= upper.length) return upper.map((cell, i) => ({ ...cell, text: joinLevels(cell.text, lower[i]?.text ?? '') }));
  // The upper line already names every column of the rows and the lower line is wider than any row: it holds no
  // sub-columns (a stray line of blanks and marks), and spreading the upper's names over it would shift them.
  if (rowWidth > 0 && upper.length === rowWidth) return upper;
  // Cells of the upper line that stand alone (entity, rank) keep their place; the lower line fills the rest.
  const standalone = upper.filter((c) => isRoleWord(c.text) || /总分|综合|合计|总成绩/.test(c.text));
  const groups = upper.filter((c) => !standalone.includes(c));
  // No group over the lower line's cells (`区 区` over `区 农贸市场 老旧小区`, a stray line): the lower line is the
  // header by itself; spreading it after the upper's cells would shift every category onto its neighbour's figures.
  if (groups.length === 0) return lower;
  // Nothing of the upper line stands alone while the lower line names its own entity, rank or total column (`分` over
  // `区 公厕 总分 排名`): the upper line is a stray word or a title, not groups; spread over the lower line it would
  // read the rank column as a score.
  if (standalone.length === 0 && lower.some((c) => isRoleWord(c.text))) return lower;
  const subPerGroup = groups.length > 0 ? Math.floor(lower.length / groups.length) : 0;
  const out: GridCell[] = [];
  const lead = upper.filter((c, i) => standalone.includes(c) && i < upper.indexOf(groups[0] ?? upper[upper.length - 1] ?? c));
  out.push(...lead);
  groups.forEach((group, g) => {
    for (let s = 0; s < subPerGroup; s++) {
      const sub = lower[g * subPerGroup + s];
      if (sub) out.push({ ...sub, text: `${group.text} ${sub.text}` });
    }
  });
  for (const cell of lower.slice(groups.length * subPerGroup)) out.push(cell);
  out.push(...standalone.filter((c) => !lead.includes(c)));
  return out;
}
