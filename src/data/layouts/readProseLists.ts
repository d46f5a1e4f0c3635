// Reads results printed as prose, one list per category: a heading, then `东区94.35分;西区93.2分;…。` or
// `第1名:东区(88.28);第2名:…` (with 并列 for ties), in rank order. Lists that share names merge into one inspection.

import { assembleInspection } from '../reading/assemble';
import { decimalsOf } from '../sources/grid';
import { entityKindOfNames } from '../reading/columnRoles';
import { normalize, REFERENCE_NAMES, TOTAL_HEADING } from '../headerWords';
import { itemOfLine, LEAD_RANK, listOfLine, tieredListOfLine, type ListItem } from './listItems';
import { isFewerList, rankInList, runsAscending } from './listDirection';
import { pairedClauseRecords, proseRecordsOfLine } from './proseRecords';
import { splitLines } from '../sources/lines';
import { trimCell, type TextLine } from '../sources/text';
import type { CityAverage, Finding, ParseResult, PublishedTotal, Score, SiteType } from '../types';

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

/** Every prose list of a text, in order: several items on a line, or one item a line under a heading. */
export function findProseLists(text: string): ProseList[] {
  const lists: ProseList[] = [];
  let heading: { text: string; line: number } | undefined;
  let section = '';
  let current: ProseList | undefined;
  let previousLine = 0;
  let itemIndent = 0;
  const lines = splitLines(text);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (!line) continue;
    const trimmed = trimCell(line.text).text;
    if (trimmed === '') continue;
    const indent = line.text.indexOf(trimmed.charAt(0));
    // `   - 公共座椅：96` under `1. 渝中区 — 95.3分`: a detail of the item above, indented under it, not an item.
    if (current?.vertical && current.last === previousLine && indent > itemIndent && DETAIL_MARK.test(trimmed)) {
      current.last = line.number;
      previousLine = line.number;
      continue;
    }
    const twoLines = recordOverTwoLines(trimmed, lines[index + 1], line.number);
    if (twoLines) {
      index++;
      const placed = { ...twoLines, column: twoLines.column + line.text.indexOf(trimmed.charAt(0)) };
      const continues = current?.vertical === true && (current.last === previousLine || continuesRanks(current, placed));
      if (continues && current && !heading) {
        current.items.push(placed);
        current.last = line.number + 1;
      } else {
        current = {
          category: categoryOf(heading?.text),
          section,
          said: heading?.text ?? '',
          line: heading?.line ?? line.number,
          last: line.number + 1,
          items: [placed],
          vertical: true,
        };
        lists.push(current);
      }
      previousLine = line.number + 1;
      heading = undefined;
      continue;
    }
    const lead = line.text.indexOf(trimmed.charAt(0));
    const list = trimmed.length <= 5000 ? (listOfLine(trimmed, line.number) ?? tieredList(trimmed, line.number)) : null;
    const consecutive = previousLine === line.number - 1 || (current !== undefined && current.last === previousLine);
    previousLine = line.number;
    if (list) {
      const items = list.items.map((item) => ({ ...item, column: item.column + lead }));
      if (list.heading !== '') {
        current = {
          category: categoryOf(list.heading),
          section,
          said: list.heading,
          line: line.number,
          last: line.number,
          items,
          vertical: false,
        };
        if (list.single) current.single = true;
        lists.push(current);
      } else if (current && !current.vertical && current.last === line.number - 1 && !heading) {
        // A list wrapped over lines goes on under the same heading.
        current.items.push(...items);
        current.last = line.number;
      } else {
        // A list with no heading is still a ranking (`东区94.35分;西区93.2分`): its figure is the score.
        const category = categoryOf(heading?.text);
        current = {
          category,
          section,
          said: heading?.text ?? '',
          line: heading?.line ?? line.number,
          last: line.number,
          items,
          vertical: false,
        };
        lists.push(current);
      }
      // `排在前三位的是…；排在后两位的是…`: a top and a bottom told on one line, the middle unprinted.
      if (TOP_AND_BOTTOM.every((words) => words.test(trimmed))) current.parts = [line.number, line.number];
      heading = undefined;
      continue;
    }
    const item = trimmed.length <= 80 ? itemOfLine(trimmed, line.number) : null;
    if (item) {
      const placed = { ...item, column: item.column + lead };
      itemIndent = indent;
      // Lines between ranked items (officials' names, blank paragraphs) do not end the list; unranked items must follow each other.
      if (current?.vertical && ((consecutive && !heading) || continuesRanks(current, placed))) {
        current.items.push(placed);
        current.last = line.number;
      } else {
        const category = categoryOf(heading?.text);
        current = {
          category,
          section,
          said: heading?.text ?? '',
          line: heading?.line ?? line.number,
          last: line.number,
          items: [placed],
          vertical: true,
        };
        lists.push(current);
      }
      heading = undefined;
      continue;
    }
    if (!current?.vertical || current.items[current.items.length - 1]?.rank === undefined) current = undefined;
    if (trimmed.length <= 40) {
      heading = { text: trimmed, line: line.number };
      section = trimmed;
    } else heading = undefined;
  }
  return lists.filter((l, i) => l.category !== '' && (l.items.length >= 2 || (l.single === true && besideTiers(lists, i))));
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

/** Groups lists that name the same entities (at least half in common with the first of the group). */
export function groupLists(lists: readonly ProseList[]): ProseList[][] {
  const groups: ProseList[][] = [];
  for (const list of lists) {
    const names = new Set(list.items.map((i) => i.name));
    const group = groups.find((g) => {
      const first = new Set((g[0]?.items ?? []).map((i) => i.name));
      let shared = 0;
      for (const name of names) if (first.has(name)) shared++;
      return shared * 2 >= Math.max(names.size, first.size);
    });
    if (group) group.push(list);
    else groups.push([list]);
  }
  return groups;
}

/**
 * Lists that continue one ranking (`红榜（前三名）：…` then `黑榜（后三名）：…`, `1–10名` then `11–20名`): one list after
 * another within two lines, no name shared, every figure of the first at or above every figure of the next. Joined
 * into one list of the figure 得分, the lines of its parts kept, since the middle of the ranking may be unprinted.
 */
export function joinRankingParts(groups: readonly ProseList[][]): ProseList[][] {
  const out: ProseList[][] = [];
  for (const group of groups) {
    const previous = out[out.length - 1];
    const before = previous?.length === 1 ? previous[0] : undefined;
    const list = group.length === 1 ? group[0] : undefined;
    if (before && list && continuesRanking(before, list)) {
      out[out.length - 1] = [
        {
          ...before,
          category: '得分',
          last: list.last,
          items: [...before.items, ...list.items],
          parts: [...(before.parts ?? [before.line]), list.line],
        },
      ];
      continue;
    }
    out.push(group);
  }
  return out;
}

/** A heading that names a group ranked apart (`城区组`, `县市组`, `一类街道`), not a part of one ranking. */
const GROUP_HEADING = /组$|^[一二三四五六七八九十]类/;

function continuesRanking(before: ProseList, list: ProseList): boolean {
  if (list.line - before.last > 2) return false;
  if (GROUP_HEADING.test(before.category) || GROUP_HEADING.test(list.category)) return false;
  const names = new Set(before.items.map((i) => i.name));
  if (list.items.some((i) => names.has(i.name))) return false;
  let lowest = Infinity;
  for (const item of before.items) lowest = Math.min(lowest, item.value);
  return list.items.every((item) => item.value <= lowest + 1e-9);
}

/** Among several lists of the same entities, the one headed as the overall result (exactly one), if any. */
export function totalsListOf(group: readonly ProseList[]): ProseList | undefined {
  if (group.length < 2) return undefined;
  const headed = group.filter((l) => TOTAL_HEADING.test(l.category) || TOTAL_HEADING.test(l.section));
  const others = group.filter((l) => !headed.includes(l));
  return headed.length === 1 && others.every((l) => !TOTAL_HEADING.test(l.section)) ? headed[0] : undefined;
}

interface ListCity {
  name: string;
  averages: CityAverage[];
  total: number | undefined;
  line: number;
}

/**
 * The lists without their reference items (`全市平均 94.23`, `average`): those are the city's figures, one per list,
 * never a ranked entity; the first such name is the city, and a list's figure for it is its average (or, for the
 * list of totals, its total; with one list, that list's figure is both, as printed).
 */
function referenceItemsApart(group: readonly ProseList[]): { lists: ProseList[]; city: ListCity | undefined } {
  const isReference = (item: ProseItem) => REFERENCE_NAMES.test(normalize(item.name));
  let city: ListCity | undefined;
  const lists = group.map((list) => {
    const reference = list.items.find(isReference);
    if (!reference) return list;
    city ??= { name: reference.name, averages: [], total: undefined, line: reference.line };
    if (reference.name === city.name) {
      const { value, line, column } = reference;
      city.averages.push({ siteType: list.category, value, line, column });
    }
    return { ...list, items: list.items.filter((item) => !isReference(item)) };
  });
  if (city && group.length === 1) city.total = city.averages[0]?.value;
  return { lists, city };
}

/** What the lists of a group add up to as they are read, list by list. */
interface ListReading {
  findings: Finding[];
  siteTypes: SiteType[];
  scores: Score[];
  districts: string[];
  known: Set<string>;
  decimals: number;
  publishedTotals: PublishedTotal[];
  /** Every list counts what is better fewer (problems, deductions). */
  fewer: boolean;
}

/** Reads a group of lists as one inspection: one category per list. */
export function readProseLists(printed: readonly ProseList[], title: string): ParseResult {
  const { lists: group, city } = referenceItemsApart(printed);
  const reading: ListReading = {
    findings: [],
    siteTypes: [],
    scores: [],
    districts: [],
    known: new Set(),
    decimals: 0,
    publishedTotals: [],
    fewer: group.length > 0 && group.every(isFewerList),
  };
  const fewerSaid = group[0];
  if (reading.fewer && fewerSaid)
    reading.findings.push({ severity: 'info', code: 'fewer-is-better', line: fewerSaid.line, params: { header: fewerHeader(fewerSaid) } });
  if (city) reading.findings.push({ severity: 'info', code: 'reference-row', line: city.line, params: { district: city.name } });
  const parts = group.length === 1 ? group[0]?.parts : undefined;
  if (parts)
    reading.findings.push({
      severity: 'warning',
      code: 'ranking-in-parts',
      line: parts[1] ?? 1,
      params: { parts: parts.length, lines: [...new Set(parts)].map(String) },
    });
  const totalsList = totalsListOf(group);
  if (city && totalsList) {
    const total = city.averages.find((a) => a.siteType === totalsList.category);
    city.averages = city.averages.filter((a) => a !== total);
    city.total = total?.value;
  }
  if (totalsList) readTotalsList(totalsList, reading);
  const categoryLists = group.filter((list) => list !== totalsList);
  for (const list of categoryLists) readCategoryList(list, reading, categoryLists.length === 1 && !totalsList);
  const { districts, siteTypes, scores, publishedTotals, decimals, findings } = reading;
  return assembleInspection(
    {
      title,
      districts,
      siteTypes,
      scores,
      publishedTotals,
      sourceRanges: group.map((l) => ({ first: l.line, last: l.last })),
      entityKind: entityKindOfNames(districts),
      decimals,
      line: group[0]?.line ?? 1,
      checkPairs: true,
      ...(reading.fewer ? { fewerIsBetter: true } : {}),
      ...(city ? { city: { name: city.name, averages: city.averages, total: city.total } } : {}),
    },
    findings,
  );
}

/** What a list of counts is called in its note: its heading's last clause as printed (`各区发现问题数由少到多依次为`). */
function fewerHeader(list: ProseList): string {
  const clauses = (list.said || list.category).split(/[。；;，,]/);
  return (clauses[clauses.length - 1] ?? '').trim() || list.category;
}

/** The list headed as the overall result: each item's figure is its entity's published total. */
function readTotalsList(totalsList: ProseList, reading: ListReading): void {
  for (const item of totalsList.items) {
    if (reading.known.has(item.name)) {
      reading.findings.push({
        severity: 'error',
        code: 'duplicate-district',
        line: item.line,
        column: item.column,
        params: { district: item.name, siteType: '' },
      });
      continue;
    }
    reading.known.add(item.name);
    reading.districts.push(item.name);
    reading.decimals = Math.max(reading.decimals, decimalsOf(item.valueText));
    reading.publishedTotals.push({ district: item.name, value: item.value, line: item.line, column: item.column });
  }
}

/**
 * One category's list: its scores, their order and printed ranks checked. Its maximum is 100 unless its figures
 * pass it; then, when it is the only figure of the page (342 points), the largest is its maximum, said in a note.
 */
function readCategoryList(list: ProseList, reading: ListReading, only: boolean): void {
  const { findings, siteTypes } = reading;
  if (siteTypes.some((s) => s.name === list.category)) {
    findings.push({ severity: 'error', code: 'duplicate-site-type', line: list.line, params: { siteType: list.category } });
    return;
  }
  // A loop, not Math.max(...items): a spread of an input-sized array can overflow the stack.
  let max = 0;
  for (const item of list.items) max = Math.max(max, item.value);
  const siteType = list.category;
  if (max > 100 && only) {
    siteTypes.push({ name: siteType, maxScore: max, line: list.line });
    findings.push({ severity: 'info', code: 'max-from-values', line: list.line, params: { siteType, value: max } });
  } else if (max > 100) {
    // A maximum no heading gives is the reader's to confirm, not a dead end: the largest figure stands for it.
    siteTypes.push({ name: siteType, maxScore: max, line: list.line });
    findings.push({ severity: 'warning', code: 'max-unknown', line: list.line, params: { siteType, value: max } });
  } else {
    siteTypes.push({ name: siteType, maxScore: 100, line: list.line });
    findings.push({ severity: 'info', code: 'max-assumed', line: list.line, params: { maxScore: 100, siteType } });
  }
  const seen = new Set<string>();
  list.items.forEach((item, position) => {
    if (seen.has(item.name)) {
      findings.push({
        severity: 'error',
        code: 'duplicate-district',
        line: item.line,
        column: item.column,
        params: { district: item.name, siteType },
      });
      return;
    }
    seen.add(item.name);
    if (!reading.known.has(item.name)) {
      reading.known.add(item.name);
      reading.districts.push(item.name);
    }
    reading.decimals = Math.max(reading.decimals, decimalsOf(item.valueText));
    reading.scores.push({ district: item.name, siteType, value: item.value, line: item.line, column: item.column });
    findings.push(...orderFindings(list, item, position, reading.fewer));
  });
}

/**
 * An item out of order (a figure past the one before it in the order the list runs) and a printed rank its figure
 * contradicts.
 */
function orderFindings(list: ProseList, item: ProseItem, position: number, fewer: boolean): Finding[] {
  const found: Finding[] = [];
  const previous = list.items[position - 1];
  const ascending = runsAscending(list, fewer);
  if (previous && (ascending ? item.value < previous.value - 1e-6 : item.value > previous.value + 1e-6))
    found.push({
      severity: 'warning',
      code: 'list-order',
      line: item.line,
      column: item.column,
      params: {
        siteType: list.category,
        district: item.name,
        value: item.value,
        previousDistrict: previous.name,
        previousValue: previous.value,
      },
    });
  if (item.rank !== undefined) {
    const computed = rankInList(list.items, item.value, fewer);
    if (computed !== item.rank)
      found.push({
        severity: 'warning',
        code: 'rank-mismatch',
        line: item.line,
        column: item.column,
        params: { district: item.name, printedRank: item.rank, computedRank: computed },
      });
  }
  return found;
}
