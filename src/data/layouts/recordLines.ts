// Several scores of one entity in one sentence, a line each: `甲街道：环境卫生90分，市容秩序85.5分，加分2分，
// 综合得分177.5分。` Three or more lines naming the same measures in the same order are a table (an entity a row,
// a measure a column), read by column roles like any other; lines of one category each (lists) order their items
// by score, so they rarely share one order.

import { colonOutsideBrackets, listOfLine, piecesOf } from './listItems';
import type { Grid, GridCell, GridRow } from '../sources/grid';
import { splitLines } from '../sources/lines';
import { trimCell } from '../sources/text';

interface RecordLine {
  line: number;
  name: GridCell;
  labels: string[];
  values: GridCell[];
}

function recordOf(text: string, line: number, lead: number): RecordLine | null {
  // The same pieces as a list of items (every one a name and a figure), then each measure's label as printed.
  const list = listOfLine(text, line);
  const colon = colonOutsideBrackets(text);
  if (!list || colon <= 0 || list.heading === '' || list.heading.length > 24) return null;
  const name = trimCell(list.heading.replace(/^[0-9０-９]{1,3}\s*[、.．]\s*/, '')).text;
  const pieces = piecesOf(text.slice(colon + 1));
  if (name === '' || pieces.length !== list.items.length) return null;
  const labels = pieces.map((p) => trimCell(p.text.replace(/\s*[:：为]?\s*[(（]?\s*[0-9０-９.．]+\s*分?\s*[)）]?\s*$/, '')).text);
  return {
    line,
    name: { text: name, line, column: lead + text.indexOf(name) + 1 },
    labels,
    values: list.items.map((i) => ({ text: i.valueText, line, column: i.column + lead })),
  };
}

/** Runs of three or more record lines with one sequence of measures, each as a grid. */
export function findRecordGrids(text: string): Grid[] {
  const grids: Grid[] = [];
  let run: RecordLine[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (run.length >= 3 && first && last) {
      const header: GridCell[] = [
        { text: '名称', line: first.line, column: 1 },
        ...first.labels.map((label, i) => ({ text: label, line: first.line, column: first.values[i]?.column ?? 1 })),
      ];
      const rows: GridRow[] = run.map((r) => ({ line: r.line, cells: [r.name, ...r.values] }));
      grids.push({ title: '', titleLine: undefined, header, rows, first: first.line, last: last.line, notes: [] });
    }
    run = [];
  };
  for (const line of splitLines(text)) {
    const trimmed = trimCell(line.text);
    if (trimmed.text === '') continue;
    const record = trimmed.text.length <= 500 ? recordOf(trimmed.text, line.number, trimmed.lead) : null;
    const previous = run[0];
    if (record && previous && record.labels.join('\u0000') === previous.labels.join('\u0000')) run.push(record);
    else {
      flush();
      if (record) run.push(record);
    }
  }
  flush();
  return grids;
}
