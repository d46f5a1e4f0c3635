// Reads results printed as prose, one list per category: a heading, then `东区94.35分;西区93.2分;…。` or
// `第1名:东区(88.28);第2名:…` (with 并列 for ties), in rank order. Lists that share names merge into one inspection.

import { assembleInspection } from './assemble';
import { decimalsOf } from './grid';
import { entityKindOfNames } from './columnRoles';
import { parseNumber, splitLines, trimCell } from './text';
import type { Finding, ParseResult, Score, SiteType } from './types';

export interface ProseItem {
  name: string;
  value: number;
  valueText: string;
  /** The printed rank (`第2名`), when there is one. */
  rank: number | undefined;
  tied: boolean;
  line: number;
  column: number;
}

export interface ProseList {
  category: string;
  /** The line of the heading, or of the list when it names its category itself. */
  line: number;
  last: number;
  items: ProseItem[];
}

const ITEM =
  /^(?:并列)?\s*(?:第\s*([0-9０-９]+)\s*名\s*(?:[(（]\s*并列\s*[)）])?\s*[:：]?\s*)?(?:并列\s*)?(.*?[^\s0-9０-９.．(（:：])\s*[:：]?\s*[(（]?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分?\s*[)）]?\s*(?:[(（]?\s*并列\s*[)）]?)?$/;

/** Splits one line into items: on `;；` first, and on `,，、` when that gives one piece. */
function piecesOf(text: string): { text: string; offset: number }[] {
  const split = (separators: RegExp) => {
    const pieces: { text: string; offset: number }[] = [];
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || separators.test(text.charAt(i))) {
        const raw = text.slice(start, i);
        const trimmed = trimCell(raw);
        if (trimmed.text !== '') pieces.push({ text: trimmed.text.replace(/[。.]$/, ''), offset: start + trimmed.lead });
        start = i + 1;
      }
    }
    return pieces;
  };
  const bySemicolon = split(/[;；]/);
  return bySemicolon.length > 1 ? bySemicolon : split(/[,，、]/);
}

function readItem(piece: { text: string; offset: number }, line: number): ProseItem | null {
  // An item is a name and a figure: a longer piece is prose, and the pattern is kept off long text.
  if (piece.text.length > 60) return null;
  const match = ITEM.exec(piece.text);
  if (!match) return null;
  const name = trimCell(match[2] ?? '').text;
  const value = parseNumber(match[3] ?? '');
  if (name === '' || value === null || name.length > 20) return null;
  const rank = match[1] !== undefined ? (parseNumber(match[1]) ?? undefined) : undefined;
  return { name, value, valueText: match[3] ?? '', rank, tied: piece.text.includes('并列'), line, column: piece.offset + 1 };
}

/** The items of a line when the whole line (after an optional `heading：`) is a list of two or more. */
function listOfLine(text: string, line: number): { heading: string; items: ProseItem[] } | null {
  let body = text;
  let heading = '';
  let offset = 0;
  const colon = text.search(/[:：]/);
  // `城管工作：东区94.35分;…`: a heading before the first colon, when what follows is the list.
  if (colon > 0 && !/第\s*[0-9０-９]+\s*名\s*$/.test(text.slice(0, colon))) {
    heading = trimCell(text.slice(0, colon)).text;
    body = text.slice(colon + 1);
    offset = colon + 1;
  }
  const pieces = piecesOf(body).map((p) => ({ text: p.text, offset: p.offset + offset }));
  if (pieces.length < 2) return null;
  const items: ProseItem[] = [];
  for (const piece of pieces) {
    const item = readItem(piece, line);
    if (!item) return null;
    items.push(item);
  }
  return { heading, items };
}

function cleanHeading(text: string): string {
  return trimCell(
    text
      .replace(/^#+/, '')
      .replace(/^[一二三四五六七八九十0-9]+[、.．)）]\s*/, '')
      .replace(/[:：]\s*$/, '')
      .replace(/(得分|成绩)?(情况|排名)?$/, ''),
  ).text;
}

/** Every prose list of a text, in order. */
export function findProseLists(text: string): ProseList[] {
  const lists: ProseList[] = [];
  let heading: { text: string; line: number } | undefined;
  let current: ProseList | undefined;
  for (const line of splitLines(text)) {
    const trimmed = trimCell(line.text).text;
    if (trimmed === '') continue;
    const list = trimmed.length <= 5000 ? listOfLine(trimmed, line.number) : null;
    const lead = line.text.indexOf(trimmed.charAt(0));
    if (list) {
      const items = list.items.map((item) => ({ ...item, column: item.column + lead }));
      if (list.heading !== '') {
        current = { category: cleanHeading(list.heading), line: line.number, last: line.number, items };
        lists.push(current);
      } else if (current && current.last === line.number - 1 && !heading) {
        // A list wrapped over lines goes on under the same heading.
        current.items.push(...items);
        current.last = line.number;
      } else {
        current = { category: cleanHeading(heading?.text ?? ''), line: heading?.line ?? line.number, last: line.number, items };
        lists.push(current);
      }
      heading = undefined;
      continue;
    }
    current = undefined;
    heading = trimmed.length <= 40 ? { text: trimmed, line: line.number } : undefined;
  }
  return lists.filter((l) => l.category !== '');
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

/** Reads a group of lists as one inspection: one category per list. */
export function readProseLists(group: readonly ProseList[], title: string): ParseResult {
  const findings: Finding[] = [];
  const siteTypes: SiteType[] = [];
  const scores: Score[] = [];
  const districts: string[] = [];
  const known = new Set<string>();
  let decimals = 0;
  for (const list of group) {
    if (siteTypes.some((s) => s.name === list.category)) {
      findings.push({ severity: 'error', code: 'duplicate-site-type', line: list.line, params: { siteType: list.category } });
      continue;
    }
    const max = Math.max(...list.items.map((i) => i.value));
    if (max > 100)
      findings.push({ severity: 'error', code: 'max-unknown', line: list.line, params: { siteType: list.category, value: max } });
    siteTypes.push({ name: list.category, maxScore: 100, line: list.line });
    findings.push({ severity: 'info', code: 'max-assumed', line: list.line, params: { maxScore: 100, siteType: list.category } });
    const seen = new Set<string>();
    list.items.forEach((item, position) => {
      if (seen.has(item.name)) {
        findings.push({
          severity: 'error',
          code: 'duplicate-district',
          line: item.line,
          column: item.column,
          params: { district: item.name, siteType: list.category },
        });
        return;
      }
      seen.add(item.name);
      if (!known.has(item.name)) {
        known.add(item.name);
        districts.push(item.name);
      }
      decimals = Math.max(decimals, decimalsOf(item.valueText));
      scores.push({ district: item.name, siteType: list.category, value: item.value, line: item.line, column: item.column });
      const previous = list.items[position - 1];
      if (previous && item.value > previous.value + 1e-6)
        findings.push({
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
        const computed = 1 + list.items.filter((other) => other.value > item.value + 1e-6).length;
        if (computed !== item.rank)
          findings.push({
            severity: 'warning',
            code: 'rank-mismatch',
            line: item.line,
            column: item.column,
            params: { district: item.name, printedRank: item.rank, computedRank: computed },
          });
      }
    });
  }
  return assembleInspection(
    {
      title,
      districts,
      siteTypes,
      scores,
      sourceRanges: group.map((l) => ({ first: l.line, last: l.last })),
      entityKind: entityKindOfNames(districts),
      decimals,
      line: group[0]?.line ?? 1,
      checkPairs: true,
    },
    findings,
  );
}
