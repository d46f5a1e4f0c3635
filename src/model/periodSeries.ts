// Which loaded periods belong together: one series is one publisher's ranking of the same kind of entities month
// after month (Taiyuan's six districts), told by the figures' own names, not by a title (which changes every month).
// Rank changes, trends and "the period before" compare periods of one series only: another city's streets imported
// beside Taiyuan's months are a series of their own, never Taiyuan's next month.

import type { Inspection } from '../data/types';

export interface SeriesMonth {
  id: string;
  inspection: Inspection;
}

/** What the rows are, as one word for matching: an inspection that names none ranks districts (区). */
const kindOf = (inspection: Inspection) => inspection.entityKind ?? '区';

/** A reader's word on a month's series: 'new' (a series of its own), or the id of a period whose series it joins. */
export const NEW_SERIES = 'new';

/**
 * The series of each period, as the id of the series' first period, for periods in time order. A period joins the
 * series its reader chose (`chosen`: NEW_SERIES, or another period's id; a later period joins it when it comes);
 * else the latest series of its entity kind whose names (every month's so far) hold at least half of its own names,
 * or of the series' names when those are fewer; otherwise it starts a series. A choice naming no loaded period is no
 * choice. Names are compared as printed.
 */
export function seriesKeys(ordered: readonly SeriesMonth[], chosen: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const keys = new Map<string, string>();
  const series: { key: string; kind: string; names: Set<string> }[] = [];
  const waiting = new Map<string, string>();
  for (const month of ordered) {
    const kind = kindOf(month.inspection);
    const names = month.inspection.districts;
    const choice = chosen.get(month.id);
    // A choice of a later period (a month filed before the series' first) is met when that period comes: it joins.
    const choiceKey = choice === undefined ? waiting.get(month.id) : (keys.get(choice) ?? waiting.get(month.id));
    if (choice !== undefined && choice !== NEW_SERIES && !keys.has(choice)) waiting.set(choice, month.id);
    const joined =
      choice === NEW_SERIES
        ? undefined
        : choiceKey !== undefined
          ? series.find((s) => s.key === choiceKey)
          : [...series].reverse().find((s) => s.kind === kind && sharesHalf(s.names, names));
    if (joined) {
      for (const name of names) joined.names.add(name);
      keys.set(month.id, joined.key);
    } else {
      series.push({ key: month.id, kind, names: new Set(names) });
      keys.set(month.id, month.id);
    }
  }
  return keys;
}

/** Whether a month's names and a series' share at least half of the fewer of them. */
function sharesHalf(seriesNames: ReadonlySet<string>, names: readonly string[]): boolean {
  let shared = 0;
  for (const name of names) if (seriesNames.has(name)) shared++;
  return shared > 0 && shared * 2 >= Math.min(names.length, seriesNames.size);
}

/**
 * A series' heading as its source prints it: the latest period's table title without the date it starts with
 * (`2017年5月份环境卫生整建工作考评通报` → `环境卫生整建工作考评通报`); '' when the source printed none.
 */
export function printedHeading(inspection: Inspection): string {
  return inspection.title
    .replace(/^\s*[0-9０-９]{4}\s*年\s*(?:[0-9０-９]{1,2}\s*(?:-\s*[0-9０-９]{1,2}\s*)?月份?)?\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
