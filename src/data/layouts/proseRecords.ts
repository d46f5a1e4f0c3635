// Rankings told in English (or another Latin-script language's) prose: `…puts Northgate top with 92.4 points,
// followed by Southbank on 90.1…`, `Oakfield achieved 340 points, as did Elm Park and Brookside`. Each figure goes
// to the capitalised name printed nearest before it; names after `as did` share the figure before them.

import { parseNumber } from '../sources/text';
import type { ListItem } from './listItems';

/** A capitalised name of one or more words (`West Moor`, `Newcastle upon Tyne`). */
const NAME = /\p{Lu}[\p{L}'’-]*(?:\s+(?:upon\s+|on\s+|of\s+|de\s+|la\s+)?\p{Lu}[\p{L}'’-]*)*/gu;
const FIGURE = /(?<![\p{L}\d.,])\d+(?:\.\d+)?(?![\d]|[.,]\d|\p{L})/gu;
/** Capitalised words that start sentences or clauses, never a place's name alone. */
const NOT_A_NAME =
  /^(?:The|A|An|In|On|At|By|For|From|To|And|But|While|With|As|This|That|These|Those|It|Its|Each|Every|All|Of|Our|Their|After|Before|Last|Next|First|Then|Overall|Meanwhile|However|Council|Mr|Ms|Mrs|Dr|No|Nr|Rank|Ranked)$/;
const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;
/** Words that give the figure before them to the names after them (`, as did Elm Park and Brookside`). */
const SHARED = /^\s*(?:points?|pts|marks)?[\s,]*(?:as did|as were|as was|so did|level with|tied with|and so did)\s+(.*)$/i;

interface Figure {
  text: string;
  start: number;
  end: number;
}

/** The names printed in a stretch of text, without the capitalised words that only start a clause. */
function namesIn(text: string): { name: string; start: number }[] {
  const names: { name: string; start: number }[] = [];
  for (const match of text.matchAll(NAME)) {
    const words = match[0].split(/\s+/);
    while (words.length > 0 && NOT_A_NAME.test(words[0] ?? '')) words.shift();
    if (words.length === 0 || MONTH.test(words[0] ?? '')) continue;
    const name = words.join(' ');
    names.push({ name, start: match.index + match[0].length - name.length });
  }
  return names;
}

/** The figures of a ranking in a line: not a year, not a date's day (`2 December`). */
function figuresOf(line: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of line.matchAll(FIGURE)) {
    const start = match.index;
    const end = start + match[0].length;
    const value = Number(match[0]);
    const after = line.slice(end).trimStart();
    const before = line.slice(0, start).trimEnd().split(/\s+/).pop() ?? '';
    if (/^(?:19|20)\d\d$/.test(match[0]) || MONTH.test(after) || MONTH.test(before) || !Number.isFinite(value)) continue;
    figures.push({ text: match[0], start, end });
  }
  return figures;
}

/**
 * The records of a line of Latin-script prose, or null when it holds fewer than two or a figure with no name
 * before it (the line then is no ranking this reader can be sure of).
 */
export function proseRecordsOfLine(line: string, lineNumber: number): ListItem[] | null {
  if (line.length > 5000 || /[\u3400-\u9fff]/.test(line) || !/[A-Za-z]/.test(line)) return null;
  const figures = figuresOf(line);
  const items: ListItem[] = [];
  let from = 0;
  for (const [i, figure] of figures.entries()) {
    const names = namesIn(line.slice(from, figure.start));
    const last = names[names.length - 1];
    const value = parseNumber(figure.text);
    if (!last || value === null) return null;
    const item = { name: last.name, value, valueText: figure.text, rank: undefined, tied: false, line: lineNumber };
    items.push({ ...item, column: from + last.start + 1 });
    const next = figures[i + 1]?.start ?? line.length;
    const shared = SHARED.exec(line.slice(figure.end, next).split(/[.;]/)[0] ?? '');
    for (const other of shared ? namesIn(shared[1] ?? '') : [])
      items.push({ ...item, name: other.name, tied: true, column: figure.end + 1 });
    from = figure.end;
  }
  const distinct = new Set(items.map((item) => item.name));
  return items.length >= 2 && distinct.size === items.length ? items : null;
}
