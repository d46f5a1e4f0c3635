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

/**
 * The series of each period, as the id of the series' first period, for periods in time order. A period joins the
 * latest series of its entity kind whose names (every month's so far) hold at least half of its own names, or of the
 * series' names when those are fewer; otherwise it starts a series. Names are compared as printed.
 */
export function seriesKeys(ordered: readonly SeriesMonth[]): Map<string, string> {
  const keys = new Map<string, string>();
  const series: { key: string; kind: string; names: Set<string> }[] = [];
  for (const month of ordered) {
    const kind = kindOf(month.inspection);
    const names = month.inspection.districts;
    const joined = [...series].reverse().find((s) => {
      if (s.kind !== kind) return false;
      let shared = 0;
      for (const name of names) if (s.names.has(name)) shared++;
      return shared > 0 && shared * 2 >= Math.min(names.length, s.names.size);
    });
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
