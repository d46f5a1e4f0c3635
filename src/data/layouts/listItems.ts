// The items of a printed ranking list: `第一名:东区94.35分`, `东区(88.28)`, `第3名:甲街道,得分90.60分`,
// `并列第三 乙镇 80分`, and run-on lines `甲中心100分乙医院 98.8分…`: a name, a figure, optionally a printed rank.

import { ENGLISH_ORDINALS, ordinalValue } from '../ordinals';
import { parseNumber, trimCell } from '../sources/text';
import { PLACE_ENDING } from '../headerWords';

export interface ListItem {
  name: string;
  value: number;
  valueText: string;
  /** The printed rank (`第2名`, `第十二名`), when there is one. */
  rank: number | undefined;
  tied: boolean;
  line: number;
  column: number;
  /** The item's own words make its figure a deduction (`扣分2.5`, `问题3`) or a count by its unit alone (`3处`). */
  fewer?: 'deduction' | 'count';
  /** The figure is a rate (`91%`): read out of 100, higher better, a doubt (a complaint rate is better lower). */
  rate?: true;
}

/** A rank before a name: `第3名`, `第三名`, a Chinese numeral as a list's mark (`三、`), or a circled number (`③`). */
const ORDINAL =
  '(?:第\\s*([0-9０-９]+|[零〇一二两三四五六七八九十百]+)\\s*名|([一二三四五六七八九十]{1,3})\\s*、|([\\u2460-\\u2473\\u2776-\\u277f]))';
const NUMBER = '[0-9０-９]+(?:[.．][0-9０-９]+)?';
/** The units of a count printed after its figure (`3处`, `5起`): problems found, not points. */
const COUNT_UNIT = '处|个|次|件|起|项|条';
const ITEM = new RegExp(
  `^(?:并列\\s*)?(?:${ORDINAL}\\s*(?:[(（]\\s*并列\\s*[)）])?\\s*(?:为|是)?\\s*[:：,，、.．]?\\s*)?(?:并列\\s*)?` +
    `(.*?[^\\s0-9０-９.．(（:：,，、])\\s*[,，:：]?\\s*(?:(?:获得|得到|取得|以|得)\\s*)?(?:(?:(?:综合|总|最终|考核|考评|评估)?得分|(?<fewer>扣分|失分|扣|(?:发现)?问题))\\s*[:：为]?\\s*)?` +
    `[(（]?\\s*(?:第\\s*(?<before>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*名\\s*[,，、]\\s*)?(?<figure>${NUMBER})\\s*(?:分|(?<count>${COUNT_UNIT}))?\\s*(?:[,，、]\\s*第\\s*(?<inner>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*名\\s*)?[)）]?\\s*(?:[(（]?\\s*并列\\s*[)）]?)?$`,
);
/** A rank at the start of a line, in any of the printed forms. */
export const LEADING_ORDINAL = new RegExp(`^(?:并列\\s*)?${ORDINAL}`);

/** Words that make a phrase prose rather than a name: a name never holds them. */
const NOT_A_NAME = /[年月日号元%％\t]|[0-9０-９]|得分|分数|排名|名次|第.{1,3}名|^(?:共|其中|平均|全市|合计|总计)$/;

/** `东区以86.25分得第一`, `西区以85分位列第二名`: the figure before the rank, in prose. */
const SCORE_THEN_RANK = new RegExp(
  `^(.*?[^\\s0-9０-９.．])\\s*以\\s*(${NUMBER})\\s*分(?:的(?:成绩|得分|总分))?\\s*(?:获得?|得|位列|位居|排名?|名列|列|居)\\s*第\\s*([0-9０-９]+|[零〇一二两三四五六七八九十百]+)\\s*(?:名|位)?$`,
);

/** A name as printed before its figure, without the dashes or tildes that led to the figure (`东风街道——`). */
function nameOf(text: string | undefined): string {
  return trimCell(text ?? '').text.replace(/[\s\-–—~～=→]+$/u, '');
}

/** One piece of text as an item, or null when it is not a name and a figure. */
export function readItem(piece: { text: string; offset: number }, line: number): ListItem | null {
  // An item is short: a longer piece is prose, and the pattern is kept off long text.
  if (piece.text.length > 60) return null;
  const prose = SCORE_THEN_RANK.exec(piece.text);
  if (prose) {
    const name = nameOf(prose[1]);
    const value = parseNumber(prose[2] ?? '');
    if (name === '' || value === null || name.length > 24 || NOT_A_NAME.test(name)) return null;
    return {
      name,
      value,
      valueText: prose[2] ?? '',
      rank: ordinalValue(prose[3] ?? '') ?? undefined,
      tied: false,
      line,
      column: piece.offset + 1,
    };
  }
  const match = ITEM.exec(piece.text);
  if (!match) return null;
  const name = nameOf(match[4]);
  const valueText = match.groups?.figure ?? '';
  const value = parseNumber(valueText);
  if (name === '' || value === null || name.length > 24 || NOT_A_NAME.test(name)) return null;
  // The rank printed before the name (`第一名：`, `一、`), or beside the figure in its brackets (`（95.3分，第1名）`,
  // `（第一名，94.85分）`).
  const printed = match[1] ?? match[2] ?? match[3] ?? match.groups?.inner ?? match.groups?.before;
  const rank = printed !== undefined ? (ordinalValue(printed) ?? undefined) : undefined;
  const fewer = match.groups?.fewer !== undefined ? 'deduction' : match.groups?.count !== undefined ? 'count' : undefined;
  return { name, value, valueText, rank, tied: piece.text.includes('并列'), line, column: piece.offset + 1, ...(fewer ? { fewer } : {}) };
}

/**
 * Pieces between separators outside brackets: `金水区（第一名，94.85分）、二七区…` splits after the bracket, never
 * inside it. A bracket never closed (a misprint) is no bracket: the text splits at every separator.
 */
function splitOn(text: string, separators: RegExp, bracketed = true): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charAt(i);
    if (bracketed && (ch === '(' || ch === '（')) depth++;
    else if (bracketed && (ch === ')' || ch === '）') && depth > 0) depth--;
    if (i === text.length && depth > 0) return splitOn(text, separators, false);
    if (i === text.length || (depth === 0 && separators.test(ch))) {
      const trimmed = trimCell(text.slice(start, i));
      if (trimmed.text !== '') pieces.push({ text: trimmed.text.replace(/[。.]$/, ''), offset: start + trimmed.lead });
      start = i + 1;
    }
  }
  return pieces;
}

/** Items run together with no separator but the unit: `甲中心100分乙医院 98.8分…`, cut after each `分`. */
function splitRunOn(text: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  const unit = /[0-9０-９]+(?:[.．][0-9０-９]+)?\s*分/g;
  let start = 0;
  for (let match = unit.exec(text); match; match = unit.exec(text)) {
    const end = match.index + match[0].length;
    const trimmed = trimCell(text.slice(start, end));
    if (trimmed.text !== '') pieces.push({ text: trimmed.text, offset: start + trimmed.lead });
    start = end;
  }
  const rest = trimCell(text.slice(start)).text.replace(/^[。.;；,，]$/, '');
  return rest === '' ? pieces : [];
}

/** A conjunction after a figure's unit or its bracket, before a name: `…95.9分和仓山区95.1分`, `…（95.9分）及仓山区…`. */
const CONJUNCTION_AFTER_FIGURE = /(?<=分|[)）])\s*(?:以及|和|及|与|與)\s*(?=[\u4e00-\u9fff])/g;

/** A piece cut where a conjunction joins its last item to the one before (the conjunction itself no part of either). */
function atConjunctions(piece: { text: string; offset: number }): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let start = 0;
  for (const match of piece.text.matchAll(CONJUNCTION_AFTER_FIGURE)) {
    pieces.push({ text: piece.text.slice(start, match.index), offset: piece.offset + start });
    start = match.index + match[0].length;
  }
  pieces.push({ text: piece.text.slice(start), offset: piece.offset + start });
  return pieces.filter((p) => p.text !== '');
}

/**
 * Splits one line into pieces: on `;；` first, then on `,，、`, then after each `分` of run-on items, then on blanks
 * between pieces that are each a name with its figure.
 */
export function piecesOf(text: string): { text: string; offset: number }[] {
  const bySemicolon = splitOn(text, /[;；]/);
  if (bySemicolon.length > 1) return bySemicolon;
  const byComma = splitOn(text, /[,，、]/).flatMap(atConjunctions);
  if (byComma.length > 1) return byComma;
  const runOn = splitRunOn(text);
  if (runOn.length > 1) return runOn;
  // `东湖街道96.5 西湖街道95.8`: pieces apart by blanks, each a name with its figure run into it.
  const byBlank = splitOn(text, /\s/);
  return byBlank.length > 1 && byBlank.every((p) => /^[^0-9０-９\s]+[0-9０-９]+(?:[.．][0-9０-９]+)?分?$/.test(p.text)) ? byBlank : byComma;
}

/** The first colon not inside brackets (`城管工作(满分:100分):东区…` splits after the bracket), or -1. */
export function colonOutsideBrackets(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '(' || ch === '（' || ch === '[' || ch === '【') depth++;
    else if ((ch === ')' || ch === '）' || ch === ']' || ch === '】') && depth > 0) depth--;
    else if ((ch === ':' || ch === '：') && depth === 0) return i;
  }
  return -1;
}

/**
 * The items of a line when the whole line (after an optional `heading：`) is a list of two or more; a heading over one
 * item (`一般：江南区88.6分`) is a list of one (`single`), which counts only as a tier beside lists of several.
 */
export function listOfLine(text: string, line: number): { heading: string; items: ListItem[]; single?: true } | null {
  let body = text;
  let heading = '';
  let offset = 0;
  const colon = colonOutsideBrackets(text);
  // `城管工作：东区94.35分;…`: a heading before the first colon, when what follows is the list.
  // A colon right before a figure (`甲区：78.8分；乙区：77.8分`) separates a record's name from it: no heading.
  // A rank and a name after the colon (`排名：1.甲镇 96.3分`) start the list: the colon ends its heading.
  const after = text.slice(colon + 1);
  const figureAfter = /^\s*[0-9０-９]/.test(after) && !/^\s*[0-9０-９]{1,3}\s*[、.．)）]\s*[^\s0-9０-９]/.test(after);
  if (colon > 0 && !LEADING_ORDINAL.test(text) && !figureAfter) {
    heading = trimCell(text.slice(0, colon)).text;
    body = text.slice(colon + 1);
    offset = colon + 1;
  }
  // `前三名分别是甲区（96.8分）、…`: words that lead into the items are no part of the first name, and name no category.
  // Not `甲区和乙区得分分别为…`: names before their figures' words are the paired clause's (proseRecords.ts).
  const leadIn = heading === '' ? CLAUSE_LEAD.exec(body)?.[0] : undefined;
  const lead = leadIn !== undefined && !leadIn.includes('得分') ? leadIn.length : 0;
  if (lead > 0 && lead < body.length) {
    body = body.slice(lead);
    offset += lead;
  }
  // `芙蓉区：本月得分92.5分，发现问题12处，…`: one record's labelled fields, not a list headed 芙蓉区.
  if (heading !== '' && fieldsRecord(text, line)) return null;
  const pieces = piecesOf(body).map((p) => ({ text: p.text, offset: p.offset + offset }));
  const only = pieces.length === 1 && heading !== '' && pieces[0] ? itemOf(pieces[0], line) : null;
  if (only) return { heading, items: [...sharedNames(only)], single: true };
  if (pieces.length < 2) return null;
  // Pieces before the first item set the scene (`日前，…公布总成绩，丙区以86.25分得第一，…`): a lead-in, dropped when
  // every piece after it is an item and the first of them prints its rank.
  let first = pieces.findIndex((piece) => itemOf(piece, line) !== null);
  if (first < 0) first = pieces.length;
  // The piece before the first item may hold one after a lead-in of its own (`当月，第一名为甲区，获得95.57分`).
  const before = pieces[first - 1];
  const opening = before ? afterLeadIn(before, line) : null;
  if (opening) first -= 1;
  if (pieces.length - first < 2) return null;
  const items: ListItem[] = [];
  for (const [i, piece] of pieces.slice(first).entries()) {
    const item = i === 0 && opening ? opening : itemOf(piece, line);
    if (!item) return null;
    for (const shared of sharedNames(item)) items.push(shared);
  }
  if (first > 0 && items[0]?.rank === undefined) return null;
  return { heading, items };
}

/** A figure printed as a score is (`86.5`, `86分`), unlike a date or a count (`12月5日`, `3处`). */
const SCORE_LIKE = /[0-9０-９][.．][0-9０-９]|[0-9０-９]\s*分/;

/** Words that lead a clause into its items (`成绩优秀的有：`, `较差的是`, `分别为`): the clause's items follow them. */
// The lead-in holds no list of its own: `甲区、乙区得分分别为` is names, not words leading into the figures.
const CLAUSE_LEAD = /^[^、,，;；]*?(?:的有|的是|分别为|分别是|依次为|依次是|包括)\s*[:：]?\s*/;

/**
 * A line that tells a ranking in clauses, each leading into its own items (`成绩优秀的有：甲区（94.6分）、乙区
 * （93.8分）；成绩较差的是丙区（82.3分）。`): one list in printed order. Each clause's lead-in (up to its last colon, or
 * words such as 的有, 的是) is dropped; clauses with no figure before the first items set the scene, and after the
 * last end the list (`市里将对丙区进行约谈。`); a clause with a figure that is no item leaves the line unread.
 */
export function tieredListOfLine(text: string, line: number): ListItem[] | null {
  const items: ListItem[] = [];
  let ended = false;
  for (const clause of splitOn(text, /[;；。！!]/)) {
    const clauseItems = /[0-9０-９]/.test(clause.text) ? clauseItemsOf(clause, line) : [];
    if (clauseItems === null) return null;
    // A clause with no item (none, or only a date: `公布了11月份…结果`) sets the scene before the items, ends them after.
    if (clauseItems.length === 0) {
      // After the items, a clause with a figure like a score (`丙区8O.4分`) may be one misprinted: no list then.
      if (items.length > 0 && SCORE_LIKE.test(clause.text)) return null;
      if (items.length > 0) ended = true;
      continue;
    }
    if (ended) return null;
    items.push(...clauseItems);
  }
  return items.length >= 2 ? items : null;
}

/**
 * The items of one clause after its lead-in: every piece an item, or none of them (a clause that only sets the scene,
 * `[]`); a clause where some pieces are items and others hold a figure that is none is no list (`null`).
 */
function clauseItemsOf(clause: { text: string; offset: number }, line: number): ListItem[] | null {
  // One record's labelled fields (`东街道：综合得分88.5分，问题5个`) are no clause of a ranking told in clauses.
  if (fieldsRecord(clause.text, line)) return null;
  const colon = colonOutsideBrackets(clause.text);
  const lead = colon >= 0 ? colon + 1 : (CLAUSE_LEAD.exec(clause.text)?.[0].length ?? 0);
  const all = splitOn(clause.text.slice(lead), /[,，、]/);
  // Words with no figure before the first item set the scene (`本月城区环境卫生考核，甲区得96.2分，…`).
  const start = all.findIndex((piece) => /[0-9０-９]/.test(piece.text));
  const pieces = start > 0 && all.slice(start).every((piece) => /[0-9０-９]/.test(piece.text)) ? all.slice(start) : all;
  const items = pieces.map((piece) => itemOf({ text: piece.text, offset: clause.offset + lead + piece.offset }, line));
  if (items.every((item) => item === null)) return [];
  if (items.some((item) => item === null)) return null;
  return items.flatMap((item) => (item ? sharedNames(item) : []));
}

/**
 * The first item of a list after a lead-in that sets the scene (`当月，第一名为甲区，获得95.57分`, `其中，…`): the
 * words before the first comma are dropped when the rest is an item that starts with its printed rank.
 */
function afterLeadIn(piece: { text: string; offset: number }, line: number): ListItem | null {
  const comma = piece.text.search(/[,，]/);
  if (comma < 0) return null;
  const rest = trimCell(piece.text.slice(comma + 1));
  if (!LEADING_ORDINAL.test(rest.text)) return null;
  return readItem({ text: rest.text, offset: piece.offset + comma + 1 + rest.lead }, line);
}

/** Two names of one kind joined before one figure (`西区和南区93.2分`, `甲镇、乙镇90分`): a tie, an item each. */
const SHARED = new RegExp(`^(.{1,20}?(?:${PLACE_ENDING}))(?:和|与|及|、)(.{1,20}?(?:${PLACE_ENDING}))$`);

function sharedNames(item: ListItem): ListItem[] {
  const match = SHARED.exec(item.name);
  const first = match?.[1];
  const second = match?.[2];
  // Both of one kind (区 and 区): 东区和南区 are two districts, 开发区管委会 is one body.
  if (!first || !second || first.slice(-1) !== second.slice(-1)) return [item];
  return [
    { ...item, name: first, tied: true },
    { ...item, name: second, tied: true, column: item.column + first.length + 1 },
  ];
}

/** A piece of a line as an item: in the Chinese forms readItem knows, else in the general forms plainItem reads. */
function itemOf(piece: { text: string; offset: number }, line: number): ListItem | null {
  const known = readItem(piece, line);
  if (known) return known;
  const plain = plainItem(piece.text, line);
  return plain ? { ...plain, column: plain.column + piece.offset } : null;
}

/** A rank before a record: a number (`1.`, `2、`) or a word before a colon (`First:`). */
const NUMBERED = new RegExp(`^\\s*(?:([0-9０-９]{1,3})\\s*[、.．]\\s*(?![0-9０-９])|(${ENGLISH_ORDINALS.join('|')})\\s*[:：]\\s*)`, 'i');

/** A line that is one item (`第一名:中心城区,得分91.26分`, `枝江市(88.19)`, `1st – Northgate, 342 points`), or null. */
export function itemOfLine(text: string, line: number): ListItem | null {
  const numbered = NUMBERED.exec(text);
  const body = numbered ? ' '.repeat(numbered[0].length) + text.slice(numbered[0].length) : text;
  const trimmed = trimCell(body);
  const item = readItem({ text: trimmed.text.replace(/[;；。]$/, ''), offset: trimmed.lead }, line);
  // The number before a record (`1.`, `2、`) is its printed rank, checked against its figure like any other.
  if (item && numbered && item.rank === undefined) return { ...item, rank: ordinalValue(numbered[1] ?? numbered[2] ?? '') ?? undefined };
  return item ?? plainItem(text, line) ?? fieldsRecord(text, line);
}

/**
 * A field that holds the record's score (`本月得分92.5分`, `综合得分：92.5`, `score 88`), with its figure: a label
 * before 得分 names the kind of score (综合, 本月), never an entity (`东区得分94` is an item of a list).
 */
const SCORE_FIELD = new RegExp(
  `^(?:综合|总|本月|当月|本期|考核|考评|测评|最终|平均)?(?:得分|分数|成绩|score)\\s*[:：为]?\\s*(${NUMBER})\\s*分?$`,
  'i',
);

/**
 * A record of labelled fields after its name (`芙蓉区：本月得分92.5分，发现问题12处，整改率95%。`): the figure of the
 * field labelled as the score; the other fields (counts, rates) are the record's remarks.
 */
function fieldsRecord(text: string, line: number): ListItem | null {
  const colon = colonOutsideBrackets(text);
  if (colon <= 0 || colon > 24 || text.length > 200) return null;
  const name = nameOf(text.slice(0, colon).replace(LEAD_RANK, ''));
  if (name === '' || NOT_A_NAME.test(name)) return null;
  const fields = splitOn(text.slice(colon + 1), /[,，;；]/);
  const scored = fields.filter((field) => SCORE_FIELD.test(field.text));
  if (fields.length < 2 || scored.length !== 1 || !scored[0]) return null;
  const valueText = SCORE_FIELD.exec(scored[0].text)?.[1] ?? '';
  const value = parseNumber(valueText);
  if (value === null) return null;
  return { name, value, valueText, rank: undefined, tied: false, line, column: text.indexOf(name) + 1 };
}

/** A rank leading a record as lists print it: `1.`, `1、`, `一、`, `①`, `1)`, `1 `, `(1)`, `No. 1`, `#1`, `TOP1`, `1st`, `第1名`, `1位`, `1위`. */
export const LEAD_RANK =
  /^\s*(?:(?:no\.?|#|top)\s*([0-9０-９]{1,3})|([0-9]{1,3})(?:st|nd|rd|th)\b|([0-9０-９]{1,3})(?:\s*[、.．)）]|\s+)(?![0-9０-９])|[(（]\s*([0-9０-９]{1,3})\s*[)）]|第\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*名|([0-9０-９]{1,3})\s*(?:位|위|등)(?=\s)|([一二三四五六七八九十]{1,3})\s*、|([\u2460-\u2473\u2776-\u277f]))\s*[-–—:：,，.]*\s*/i;
/** A change against the period before, said in words after a figure (`较上月提升0.5分`, `比上期下降2名`, `与上月持平`). */
const CHANGE_REMARK =
  '(?:较|比|与)(?:上月|上期|上季度|上半年|上年|去年同期|上次)\\s*(?:提升|上升|提高|增加|下降|降低|减少|持平|不变)了?\\s*(?:[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:分|名|位|个百分点)?)?';
/** A grade printed after a figure (等次): `优秀`, `良好`, `合格`, `excellent`, `B+`. */
const GRADE = '(?:优秀|良好|合格|不合格|较好|较差|一般|达标|不达标|优|良|中|差|excellent|good|fair|poor|pass|fail|[A-E][+-]?)';

/**
 * The rest of a record: a name (its rank in brackets after it, `东港区（第1名）`), what separates it from its figure (a dash, a colon, a comma, `得分`, `scored`), the
 * figure and its unit (分, points, marks), then a rank (`第1名`, `（第1名）`, `，排名第1`), a remark in brackets after it
 * (`（较上月上升1.2分）`, not read), or both.
 */
const PLAIN_RECORD = new RegExp(
  `^(?<name>.*?[^\\s\\-–—:：,，=])\\s*(?:[(（]\\s*第\\s*(?<between>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*名\\s*[)）])?\\s*[-–—:：,，=]*\\s*(?:(?:得分|总分|综合得分|score[sd]?|scored|with)\\s*[:：为]?\\s*)?` +
    `(?<figure>${NUMBER})\\s*(?<unit>分|点|점|points?|pts\\.?|marks?|%|％)?\\s*` +
    `(?:[(（]?\\s*[,，;；]?\\s*(?:(?:排名|名次|位列|位居)\\s*[:：为]?\\s*第?|第)\\s*(?<after>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\\s*名?\\s*[)）]?)?\\s*(?:[(（][^()（）]{0,40}[)）])?` +
    // A change against the period before, in words with no bracket (`较上月提升0.5分`, `与上月持平`): a remark.
    `(?:\\s*[,，]?\\s*${CHANGE_REMARK})?` +
    // Fields of words after the figure (`等次：优秀`, `Grade: A`) or a grade alone (`优秀`): the record's, no figure.
    `(?:\\s+[^\\s:：0-9０-９]{1,8}\\s*[:：]\\s*[^\\s0-9０-９]{1,12})*(?:\\s+${GRADE})?\\s*[。.;；,，]?$`,
  'i',
);

/**
 * A record printed figure first (`96.2分 东风街道`, `88.2 – Kowloon City`): its figure with a unit or a decimal
 * point, then the name, which starts with a letter.
 */
const FIGURE_FIRST = new RegExp(
  `^\\s*(${NUMBER})\\s*(分|points?|pts\\.?|marks?)?\\s*[-–—:：,，]?\\s*(\\p{L}[^0-9０-９]*?)\\s*[。.;；]?$`,
  'iu',
);

/**
 * A record in one of the general forms lists print (a rank in any form, a name, any separator, a figure and its
 * unit, a remark in brackets), when the Chinese forms readItem knows do not read it.
 */
function plainItem(text: string, line: number): ListItem | null {
  // A line with tabs is a table's row: its grid reads it.
  if (text.length > 80 || text.includes('\t')) return null;
  const first = FIGURE_FIRST.exec(text);
  if (first) {
    const name = nameOf(first[3]);
    const value = parseNumber(first[1] ?? '');
    // `78.8分` alone: the unit is no name.
    if (/^(?:分|points?|pts\.?|marks?)$/i.test(name)) return null;
    // A whole number with no unit before words is a heading's or a paragraph's number (`1 城管工作`), not a figure.
    if (first[2] === undefined && !/[.．]/.test(first[1] ?? '')) return null;
    if (name === '' || value === null || name.length > 40 || NOT_A_NAME.test(name)) return null;
    return {
      name,
      value,
      valueText: first[1] ?? '',
      rank: undefined,
      tied: false,
      line,
      column: text.length - text.trimStart().length + 1,
    };
  }
  const lead = LEAD_RANK.exec(text);
  const offset = lead ? lead[0].length : 0;
  const match = PLAIN_RECORD.exec(text.slice(offset));
  if (!match) return null;
  const name = nameOf(match.groups?.name);
  const valueText = match.groups?.figure ?? '';
  const value = parseNumber(valueText);
  if (name === '' || value === null || name.length > 40 || NOT_A_NAME.test(name) || /[(（]/.test(name)) return null;
  // A rank printed after the figure (`94.6 第1名`, `（第1名）`), or between the name and its figure, when none leads.
  const printed = lead
    ? (lead[1] ?? lead[2] ?? lead[3] ?? lead[4] ?? lead[5] ?? lead[6] ?? lead[7] ?? lead[8] ?? '')
    : (match.groups?.after ?? match.groups?.between ?? '');
  const rank = printed === '' ? undefined : (ordinalValue(printed) ?? undefined);
  const rate = /^[%％]$/.test(match.groups?.unit ?? '');
  return { name, value, valueText, rank, tied: false, line, column: offset + 1, ...(rate ? { rate } : {}) };
}
