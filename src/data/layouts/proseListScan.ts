// Finds the prose lists of a text, line by line: a heading, then several items on a line (`东区94.35分;西区93.2分`)
// or one item a line (`第一名:东区(88.28)`), a record over two lines, details indented under an item.

import { itemOfLine, LEAD_RANK, listOfLine, tieredListOfLine, type ListItem } from './listItems';
import { pairedClauseRecords, proseRecordsOfLine } from './proseRecords';
import { splitLines } from '../sources/lines';
import { trimCell, type TextLine } from '../sources/text';

export type ProseItem = ListItem;

export interface ProseList {
  category: string;
  /** The short line above the list (its section heading), '' when none. */
  section: string;
  /** The heading's words as printed, a sentence included (`各区发现问题数由少到多依次为`), '' when none. */
  said: string;
  /** The line of the heading, or of the list when it names its category itself. */
  line: number;
  last: number;
  items: ProseItem[];
  /** One item per line (`第一名:…` lines), as opposed to several items on a line. */
  vertical: boolean;
  /** The lines where each part of a ranking printed in parts begins (joinRankingParts), when it is one. */
  parts?: number[];
  /** A heading over one item on its line (`一般：江南区88.6分`): a list only as a tier beside lists of several. */
  single?: boolean;
}

/**
 * A heading's words as a category's name; a sentence (`根据考评办法，经实地暗访检查，现将考评结果公布如下：`) names
 * none, and its list's figure is then 得分 like a list with no heading.
 */
function categoryOf(heading: string | undefined): string {
  const name = cleanHeading(heading ?? '');
  // A sentence (`根据…，现将…`, `…通报如下：`) announces the list: it names no category.
  return name === '' || /[，,。；;]/.test(name) || /如下\s*[:：]?\s*$/.test(heading ?? '') ? '得分' : name;
}

function cleanHeading(text: string): string {
  return trimCell(
    text
      .replace(/^#+/, '')
      .replace(/^[(（]?[一二三四五六七八九十0-9]+[、.．)）]\s*/, '')
      .replace(/[:：]\s*$/, '')
      .replace(/(排名)?(依次|分别)?(为|如下)$/, '')
      .replace(/(得分|成绩)?(情况|排名)?$/, '')
      .replace(/(得分|成绩)?(及|和)?(得分|排名)?$/, ''),
  ).text;
}

/** Whether a `第N名` item goes on the vertical list before it: the next rank, or a rank shared with the last. */
function continuesRanks(list: ProseList, item: ProseItem): boolean {
  const last = list.items[list.items.length - 1];
  if (item.rank === undefined || last?.rank === undefined) return false;
  return item.rank === last.rank || item.rank === last.rank + 1 || item.rank === list.items.length + 1;
}

/** Words for the top few and the bottom few of a ranking (`前三位`, `后两名`, `top five`, `bottom three`). */
const TOP_AND_BOTTOM = [
  /前\s*(?:[0-9０-９]+|[一二两三四五六七八九十]+)\s*(?:名|位)|\btop\s+(?:[0-9]+|three|four|five|ten)\b/i,
  /后\s*(?:[0-9０-９]+|[一二两三四五六七八九十]+)\s*(?:名|位)|倒数|\bbottom\s+(?:[0-9]+|two|three|four|five|ten)\b/i,
];

/** A bullet that leads a detail line (`- 公共座椅：96`, `• bins: 94`). */
const DETAIL_MARK = /^[-–•·*◦▪]\s/;

/** Whether the list at `i` stands on the line next to a headed list of several items (a tier of one beside tiers). */
function besideTiers(lists: readonly ProseList[], i: number): boolean {
  const list = lists[i];
  if (!list) return false;
  return [lists[i - 1], lists[i + 1]].some(
    (other) =>
      other !== undefined &&
      !other.vertical &&
      !other.single &&
      other.items.length >= 2 &&
      (list.line - other.last === 1 || other.line - list.last === 1),
  );
}

/** What a figure's label leaves as a name when read as a record (`综合得分` → `综合`): a label, not an entity. */
const SCORE_LABEL = /^(?:综合|总|考核|测评|考评|检查|实际|最终|本月|当月)(?:得分|分数|成绩)?$/;

/**
 * A record printed over two lines: a name (with its rank, `1.宝塔区`) and no figure, then its figure under a label
 * with no name of its own (`得分：94.36`, `综合得分92.35分，排名第1。`). Read as the one line they make.
 */
function recordOverTwoLines(trimmed: string, next: TextLine | undefined, line: number): ListItem | null {
  if (!next || trimmed.length > 40 || /[0-9０-９]/.test(trimmed.replace(LEAD_RANK, ''))) return null;
  const second = trimCell(next.text).text;
  if (second === '' || second.length > 80 || !/[0-9０-９]/.test(second)) return null;
  // The second line names no entity: it reads as no item, or as one named by a label (`综合得分78.8分` → 综合).
  const own = itemOfLine(second, next.number);
  if (own && !SCORE_LABEL.test(own.name)) return null;
  const item = itemOfLine(`${trimmed} ${second}`, line);
  return item && trimmed.replace(LEAD_RANK, '').includes(item.name) ? item : null;
}

/** A ranking told in clauses (tieredListOfLine) or in English prose (proseRecordsOfLine), with no heading of its own. */
function tieredList(text: string, line: number): { heading: string; items: ListItem[]; single?: true } | null {
  if (text.length > 2000) return null;
  // A line that is one record (`No. 1 Kowloon City — 88.2`) is read as one, not as prose.
  const items =
    tieredListOfLine(text, line) ?? (itemOfLine(text, line) ? null : (proseRecordsOfLine(text, line) ?? pairedClauseRecords(text, line)));
  return items ? { heading: '', items } : null;
}

/** The state of a scan: the lists found so far, the one being read, and the heading waiting for a list. */
class ListScan {
  readonly lists: ProseList[] = [];
  private heading: { text: string; line: number } | undefined;
  private section = '';
  private current: ProseList | undefined;
  private previousLine = 0;
  private itemIndent = 0;

  /** A new list, under the heading waiting for one (or a heading of its own), made the current one. */
  private open(items: ProseItem[], vertical: boolean, line: number, last: number, own?: string): ProseList {
    const said = own ?? this.heading?.text ?? '';
    const list: ProseList = {
      category: categoryOf(said),
      section: this.section,
      said,
      line: own !== undefined ? line : (this.heading?.line ?? line),
      last,
      items,
      vertical,
    };
    this.lists.push(list);
    this.current = list;
    this.heading = undefined;
    return list;
  }

  /** `   - 公共座椅：96` under `1. 渝中区 — 95.3分`: a detail of the item above, indented under it, not an item. */
  detail(line: TextLine, trimmed: string, indent: number): boolean {
    const current = this.current;
    if (!current?.vertical || current.last !== this.previousLine || indent <= this.itemIndent || !DETAIL_MARK.test(trimmed)) return false;
    current.last = line.number;
    this.previousLine = line.number;
    return true;
  }

  /** A record over this line and the next (recordOverTwoLines), on the current one-a-line list or a new one. */
  twoLines(line: TextLine, trimmed: string, indent: number, next: TextLine | undefined): boolean {
    const record = recordOverTwoLines(trimmed, next, line.number);
    if (!record) return false;
    const placed = { ...record, column: record.column + indent };
    const current = this.current;
    if (current?.vertical === true && (current.last === this.previousLine || continuesRanks(current, placed)) && !this.heading) {
      current.items.push(placed);
      current.last = line.number + 1;
    } else this.open([placed], true, line.number, line.number + 1);
    this.previousLine = line.number + 1;
    this.heading = undefined;
    return true;
  }

  /** Several items on this line: a list of its own, or more of the list wrapped from the line above. */
  lineList(line: TextLine, trimmed: string, indent: number): boolean {
    const list = trimmed.length <= 5000 ? (listOfLine(trimmed, line.number) ?? tieredList(trimmed, line.number)) : null;
    if (!list) return false;
    const items = list.items.map((item) => ({ ...item, column: item.column + indent }));
    const current = this.current;
    let placed: ProseList;
    if (list.heading !== '') {
      placed = this.open(items, false, line.number, line.number, list.heading);
      if (list.single) placed.single = true;
    } else if (current && !current.vertical && current.last === line.number - 1 && !this.heading) {
      // A list wrapped over lines goes on under the same heading.
      current.items.push(...items);
      current.last = line.number;
      placed = current;
    } else {
      // A list with no heading is still a ranking (`东区94.35分;西区93.2分`): its figure is the score.
      placed = this.open(items, false, line.number, line.number);
    }
    // `排在前三位的是…；排在后两位的是…`: a top and a bottom told on one line, the middle unprinted.
    if (TOP_AND_BOTTOM.every((words) => words.test(trimmed))) placed.parts = [line.number, line.number];
    this.heading = undefined;
    return true;
  }

  /** One item on this line: on the current one-a-line list when it follows it (or its ranks), else a new list. */
  oneItem(line: TextLine, trimmed: string, indent: number, consecutive: boolean): boolean {
    const item = trimmed.length <= 80 ? itemOfLine(trimmed, line.number) : null;
    if (!item) return false;
    const placed = { ...item, column: item.column + indent };
    this.itemIndent = indent;
    const current = this.current;
    // Lines between ranked items (officials' names, blank paragraphs) do not end the list; unranked items must follow each other.
    if (current?.vertical && ((consecutive && !this.heading) || continuesRanks(current, placed))) {
      current.items.push(placed);
      current.last = line.number;
    } else this.open([placed], true, line.number, line.number);
    this.heading = undefined;
    return true;
  }

  /** A line of no item: it ends an unranked list; a short one is the heading of what follows. */
  other(line: TextLine, trimmed: string): void {
    if (!this.current?.vertical || this.current.items[this.current.items.length - 1]?.rank === undefined) this.current = undefined;
    if (trimmed.length <= 40) {
      this.heading = { text: trimmed, line: line.number };
      this.section = trimmed;
    } else this.heading = undefined;
  }

  /** Whether this line follows the last one read, or the current list ends on it. */
  follows(line: TextLine): boolean {
    const consecutive = this.previousLine === line.number - 1 || (this.current !== undefined && this.current.last === this.previousLine);
    this.previousLine = line.number;
    return consecutive;
  }
}

/** Every prose list of a text, in order: several items on a line, or one item a line under a heading. */
export function findProseLists(text: string): ProseList[] {
  const scan = new ListScan();
  const lines = splitLines(text);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    const trimmed = trimCell(line.text).text;
    if (trimmed === '') continue;
    const indent = line.text.indexOf(trimmed.charAt(0));
    if (scan.detail(line, trimmed, indent)) continue;
    if (scan.twoLines(line, trimmed, indent, lines[index + 1])) {
      index++;
      continue;
    }
    const consecutive = scan.follows(line);
    if (scan.lineList(line, trimmed, indent) || scan.oneItem(line, trimmed, indent, consecutive)) continue;
    scan.other(line, trimmed);
  }
  const lists = scan.lists;
  return lists.filter((l, i) => l.category !== '' && (l.items.length >= 2 || (l.single === true && besideTiers(lists, i))));
}
