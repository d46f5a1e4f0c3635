// Rankings told in prose: in English (or another Latin-script language), `…puts Northgate top with 92.4 points,
// followed by Southbank on 90.1…`, `Oakfield achieved 340 points, as did Elm Park and Brookside`, each figure to the
// capitalised name printed nearest before it; in Chinese, clause by clause, the places a clause names paired in
// order with the figures it gives (`甲区、乙区分别以93.0分、91.5分位列第二、三名`).

import { parseNumber } from '../sources/text';
import { PLACE_ENDING } from '../headerWords';
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

/** The words that give a figure as the mean of all (`The city average was`, `an overall mean of`), at a stretch's end. */
const AVERAGE_BEFORE =
  /(?:the\s+|an?\s+)?((?:city|overall|borough|council|national|regional|district)?\s*(?:average|mean))\s*(?:score\s*)?(?:was|is|of|stood at|at|:)?\s*$/i;

/** The reference a stretch of prose names before its figure (`City average`), or undefined. */
function averageNamed(stretch: string): { name: string; start: number } | undefined {
  const match = AVERAGE_BEFORE.exec(stretch);
  const words = match?.[1]?.trim();
  if (!match || !words) return undefined;
  return { name: words.charAt(0).toUpperCase() + words.slice(1), start: match.index };
}

/**
 * The records of a line of Latin-script prose, or null when it holds fewer than two or a figure with no name
 * before it (the line then is no ranking this reader can be sure of). A figure given as the average is the city's
 * reference (`City average`), which the lists set apart.
 */
export function proseRecordsOfLine(line: string, lineNumber: number): ListItem[] | null {
  if (line.length > 5000 || line.includes('\t') || /[\u3400-\u9fff]/.test(line) || !/[A-Za-z]/.test(line)) return null;
  const figures = figuresOf(line);
  const items: ListItem[] = [];
  let from = 0;
  for (const [i, figure] of figures.entries()) {
    const stretch = line.slice(from, figure.start);
    const names = namesIn(stretch);
    const last = averageNamed(stretch) ?? names[names.length - 1];
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

/** A place's name at the start of a run of Chinese characters: the shortest that ends as places do (…区, …街道). */
const PLACE_AT_START = new RegExp(`^[\\u4e00-\\u9fff]{1,10}?(?:${PLACE_ENDING})`);
/**
 * Words that lead a clause to the names it lists (`排在前三位的是`, `得分较高的有`, `依次为`), or join a name to the one
 * before (`其次为`, `及`; 和 only right after a figure, JOINER_AFTER_FIGURE, so that 和平区 stays itself).
 */
const CLAUSE_LEAD_WORDS = /^(?:.+?(?:的是|的有|分别是|分别为|依次是|依次为|包括)|(?:其次[为為是]|以及|及|与|與))(?=[\u4e00-\u9fff]{2})/;
/** After a figure or its bracket, its unit and a conjunction before the next name (`…95.9分和仓山区`, `…）和仓山区`). */
const JOINER_AFTER_FIGURE = /^分?(?:以及|和|及|与|與)?/;
/** A run of words that ends by leading into the names after it (`按得分高低依次为`, `通报如下`). */
const LEAD_WORDS_AT_END = /(?:的是|的有|分别是|分别为|依次是|依次为|包括|如下)$/;
/** A figure of a record in prose: with its unit 分, or with decimals (a bare whole number is a rank or a count). */
const POINTS = /([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分|([0-9０-９]+[.．][0-9０-９]+)/g;

/**
 * The records of a line of Chinese prose, clause by clause (`；`, `。`): each clause's places (one at the start of each
 * run of characters) paired in order with its figures in 分, when they are as many; a clause with figures and no
 * place (`满分100分`) says none. Null when a clause names places and figures in different numbers (no pairing is
 * sure), or when fewer than two records are found.
 */
export function pairedClauseRecords(line: string, lineNumber: number): ListItem[] | null {
  // A line with tabs is a table's row (its grid's to read), never prose.
  if (line.length > 2000 || line.includes('\t') || !/[\u4e00-\u9fff]/.test(line)) return null;
  const items: ListItem[] = [];
  let offset = 0;
  for (const printed of line.split(/[；;。]/)) {
    // A remark in brackets (`（较上月上升1.2分）`) holds no record: blanked in place, its figures with it. A bracket
    // of a figure alone (`灣仔區（86.5分）`) is the record's own figure, kept.
    const clause = printed.replace(/[(（][^()（）]*[)）]/g, (remark) =>
      /^[(（]\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*分\s*[)）]$/.test(remark) ? remark : ' '.repeat(remark.length),
    );
    const names: { name: string; column: number }[] = [];
    for (const run of clause.matchAll(/[\u4e00-\u9fff]+/g)) {
      // `排在前三位的是江岸区`: the words that lead the clause to its names are none of the first name; a run that ends
      // with them before a colon (`六个城区按得分高低依次为：`) names nothing; `洛江区得分分别为92.35分` names 洛江区.
      const colonAfter = /^\s*[:：]/.test(clause.slice(run.index + run[0].length));
      if (colonAfter && LEAD_WORDS_AT_END.test(run[0])) continue;
      const afterFigure = /[)）0-9０-９]/.test(clause.charAt(run.index - 1));
      const joiner = afterFigure ? (JOINER_AFTER_FIGURE.exec(run[0])?.[0].length ?? 0) : 0;
      const lead = joiner + (CLAUSE_LEAD_WORDS.exec(run[0].slice(joiner))?.[0].length ?? 0);
      const place = PLACE_AT_START.exec(run[0].slice(lead));
      if (place) names.push({ name: place[0], column: offset + run.index + lead + 1 });
    }
    const figures = [...clause.matchAll(POINTS)];
    if (figures.length > 0 && names.length > 0) {
      if (figures.length !== names.length) return null;
      names.forEach(({ name, column }, k) => {
        const valueText = figures[k]?.[1] ?? figures[k]?.[2] ?? '';
        const value = parseNumber(valueText);
        if (value !== null) items.push({ name, value, valueText, rank: undefined, tied: false, line: lineNumber, column });
      });
    }
    offset += printed.length + 1;
  }
  const distinct = new Set(items.map((item) => item.name));
  return items.length >= 2 && distinct.size === items.length ? items : null;
}
