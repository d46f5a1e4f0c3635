// Records in prose: several labelled scores of one entity in one sentence, `甲街道：环境卫生90分，市容秩序85.5分，
// 加分2分，综合得分177.5分。` a line each, or `泉州开发区卫生考评成绩90.17分、数字城管考评93.86分…；洛江区卫生考评成绩
// 87.47分、…` run on in one paragraph. Two or more records naming mostly the same measures are a table (an entity a
// row, a measure a column, matched by its label, whatever order each sentence names them in), read by column roles
// like any other. Where no colon sets the name apart, the label every record's first measure shares is the measure,
// and what is before it the name.

import { colonOutsideBrackets } from './listItems';
import type { Grid, GridCell, GridRow } from '../sources/grid';
import { splitLines } from '../sources/lines';
import { trimCell } from '../sources/text';
import { PLACE_ENDING } from '../headerWords';

interface Measure {
  label: string;
  value: GridCell;
}

interface RecordText {
  line: number;
  /** The name when a colon sets it apart; otherwise undefined, and the first label holds it. */
  name: GridCell | undefined;
  measures: Measure[];
}

/** A label and its score: `卫生考评成绩90.17分`, `环境卫生：90分`, `综合得分为89.12分`. Counts (`29个`) are no score. */
const MEASURE = /^\s*([^\s\d０-９.．,，、;；。:：()（）]{1,40}?)\s*(?:[:：]|为|是)?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分(?![钟数值])/u;
/** What parts two measures of a record. */
const CLAUSE_END = /[,，、]/;
/** Where a record ends: a semicolon or a full stop (a line end ends it too). */
const RECORD_END = /[;；。]/;
/** A figure followed by 分: a piece without one holds no measure. */
const SCORED = /[0-9０-９]\s*分/;
/** A record is short: a longer stretch is prose, and the pattern is kept off it. */
const LONGEST = 600;

function recordsOfLine(text: string, line: number, lead: number): RecordText[] {
  const records: RecordText[] = [];
  let start = 0;
  for (const piece of text.split(RECORD_END)) {
    const offset = start;
    start += piece.length + 1;
    // Only a piece with a score in it is searched (`90分`): the pattern, tried at every position, is kept off prose.
    if (piece.length > LONGEST || !SCORED.test(piece)) continue;
    const colon = colonOutsideBrackets(piece);
    const body = colon > 0 ? piece.slice(colon + 1) : piece;
    const bodyAt = colon > 0 ? colon + 1 : 0;
    const measures: Measure[] = [];
    // One measure a clause (`、`, `，` part the measures), its label from the clause's start: each position of the
    // text is tried once, so a long paragraph is read in linear time.
    let clauseAt = 0;
    for (const clause of body.split(CLAUSE_END)) {
      const match = MEASURE.exec(clause);
      clauseAt += clause.length + 1;
      if (!match) continue;
      const label = match[1] ?? '';
      const figure = match[2] ?? '';
      const at = lead + offset + bodyAt + (clauseAt - clause.length - 1) + match[0].indexOf(figure, label.length) + 1;
      measures.push({ label, value: { text: figure, line, column: at } });
    }
    // A measure's label is a word (卫生考评, 综合得分), never a connective of prose (`分别以95分和74分`).
    if (measures.length < 2 || measures.slice(1).some((m) => !isMeasureLabel(m.label))) continue;
    const heading =
      colon > 0
        ? trimCell(
            piece
              .slice(0, colon)
              .split(/[,，、]/)
              .pop() ?? '',
          ).text
        : '';
    const nameText = heading.replace(/^[0-9０-９]{1,3}\s*[、.．]\s*/, '');
    const name =
      nameText !== '' && nameText.length <= 24 ? { text: nameText, line, column: lead + offset + piece.indexOf(nameText) + 1 } : undefined;
    if (colon > 0 && !name) continue;
    records.push({ line, name, measures });
  }
  return records;
}

/** Words that join prose, not name a measure: a label holding one is a sentence's, and the record no record. */
const CONNECTIVE = /和|及|与|以|分别|并列|获得|得到|其中|共|约|达|仅/;

function isMeasureLabel(label: string): boolean {
  return label.length >= 2 && !CONNECTIVE.test(label);
}

/** The endings of the places and bodies records name: where a name ends when the label after it is shared. */
const NAME_END = new RegExp(`(${PLACE_ENDING})$`);

/**
 * The label the first measures share at their end, and each record's name before it; null when they share none.
 * Names alike in ending (东城区, 西城区 share 城区) must not lose it: of the shared endings, the longest that leaves
 * every name ending like a place is the label, else the longest that leaves names of two characters.
 */
function namesBySharedLabel(records: readonly RecordText[]): { label: string; names: string[] } | null {
  const firsts = records.map((r) => r.measures[0]?.label ?? '');
  let shared = firsts[0] ?? '';
  for (const label of firsts) while (shared !== '' && !label.endsWith(shared)) shared = shared.slice(1);
  const split = (length: number) => firsts.map((label) => label.slice(0, label.length - length));
  // Two names sharing one sentence (`甲局和乙所`) are no record's name.
  const fits = (names: string[]) => names.every((n) => n.length >= 2 && !CONNECTIVE.test(n)) && new Set(names).size === names.length;
  for (const placesOnly of [true, false])
    for (let length = shared.length; length >= 2; length--) {
      const names = split(length);
      if (fits(names) && (!placesOnly || names.every((n) => NAME_END.test(n))))
        return { label: shared.slice(shared.length - length), names };
    }
  return null;
}

/** A measure's label as a column's: `卫生考评成绩` is the 卫生考评 measure (成绩 says only that it is a score). */
function columnLabel(label: string): string {
  return label.length > 3 && label.endsWith('成绩') && !/^(综合|总|考核|考评)成绩$/.test(label) ? label.slice(0, -2) : label;
}

function gridOf(run: readonly RecordText[]): Grid | null {
  const first = run[0];
  const last = run[run.length - 1];
  if (!first || !last) return null;
  // Names set apart by a colon on every record; else (a lead-in's colon on the first, say) the shared label's names.
  const named = run.every((r) => r.name);
  const shared = named ? null : namesBySharedLabel(run);
  if (!named && !shared) return null;
  const rowsMeasures = run.map((record) =>
    record.measures
      .map((m, i) => (i === 0 && shared ? { ...m, label: shared.label } : m))
      .map((m) => ({ ...m, label: columnLabel(m.label) })),
  );
  const labels: string[] = [];
  for (const measures of rowsMeasures) for (const m of measures) if (!labels.includes(m.label)) labels.push(m.label);
  const header: GridCell[] = [{ text: '', line: first.line, column: 1 }, ...labels.map((text) => ({ text, line: first.line, column: 1 }))];
  const rows: GridRow[] = run.map((record, r) => {
    const nameText = shared?.names[r] ?? record.name?.text ?? '';
    const firstValue = record.measures[0]?.value;
    const name: GridCell = (named ? record.name : undefined) ?? {
      text: nameText,
      line: record.line,
      column: Math.max(1, (firstValue?.column ?? 1) - nameText.length - (shared?.label.length ?? 0)),
    };
    const byLabel = new Map((rowsMeasures[r] ?? []).map((m) => [m.label, m.value]));
    return { line: record.line, cells: [name, ...labels.map((label) => byLabel.get(label) ?? { text: '', line: record.line, column: 1 })] };
  });
  return { title: '', titleLine: undefined, header, rows, first: first.line, last: last.line, notes: [] };
}

/** Whether two records name mostly the same measures (two at least, and most of the smaller one's). */
function sameMeasures(a: RecordText, b: RecordText): boolean {
  const labels = new Set(a.measures.slice(1).map((m) => columnLabel(m.label)));
  const common = b.measures.slice(1).filter((m) => labels.has(columnLabel(m.label))).length;
  return common >= 1 && common * 3 >= Math.min(a.measures.length - 1, b.measures.length - 1) * 2;
}

/** Runs of two or more records naming the same measures, each as a grid. */
export function findRecordGrids(text: string): Grid[] {
  const grids: Grid[] = [];
  let run: RecordText[] = [];
  const flush = () => {
    const grid = run.length >= 2 ? gridOf(run) : null;
    if (grid) grids.push(grid);
    run = [];
  };
  for (const line of splitLines(text)) {
    const trimmed = trimCell(line.text);
    if (trimmed.text === '') continue;
    const records = recordsOfLine(trimmed.text, line.number, trimmed.lead);
    if (records.length === 0) flush();
    for (const record of records) {
      const previous = run[0];
      if (previous && !sameMeasures(previous, record)) flush();
      run.push(record);
    }
  }
  flush();
  return grids;
}
