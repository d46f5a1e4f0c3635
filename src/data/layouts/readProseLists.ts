// Reads results printed as prose, one list per category: a heading, then `东区94.35分;西区93.2分;…。` or
// `第1名:东区(88.28);第2名:…` (with 并列 for ties), in rank order. Lists that share names merge into one inspection.

import { assembleInspection } from '../reading/assemble';
import { decimalsOf } from '../sources/grid';
import { entityKindOfNames } from '../reading/columnRoles';
import { normalize, REFERENCE_NAMES, TOTAL_HEADING } from '../headerWords';
import { fewerOfList, rankInList, runsAscending } from './listDirection';
import type { CityAverage, Finding, ParseResult, PublishedTotal, Score, SiteType } from '../types';

export type { ProseItem, ProseList } from './proseListScan';
export { findProseLists } from './proseListScan';
import type { ProseItem, ProseList } from './proseListScan';

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
    fewer: group.length > 0 && group.every((list) => fewerOfList(list) !== false),
  };
  const fewerSaid = group[0];
  if (reading.fewer && fewerSaid)
    reading.findings.push({
      // Counted by a unit alone (`3个`), the list may count good things: which way it ranks is the reader's to confirm.
      severity: group.every((list) => fewerOfList(list) === 'said') ? 'info' : 'warning',
      code: 'fewer-is-better',
      line: fewerSaid.line,
      params: { header: fewerHeader(fewerSaid) },
    });
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
  // Rates (`91%`) read out of 100, higher better: a complaint rate is better lower, which the reader confirms.
  if (list.items.length > 0 && list.items.every((item) => item.rate))
    findings.push({ severity: 'warning', code: 'column-rate', line: list.line, params: { column: 2, header: siteType } });
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
