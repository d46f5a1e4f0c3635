// The OCR's doubts against the text as it now is: a doubt stays open while its cell still holds what the OCR
// gave (the reader has neither corrected it in the grid nor edited it in the text), and a correction in the grid
// is written into the text at that cell. Cells are found by line and cell index (tab-separated), so that an edit
// of one cell does not move the others' doubts.

/** A text's lines, split once: the functions below look cells up in them (a text may be megabytes). */
export function linesOf(text: string): string[] {
  return text.split('\n');
}

/** The text of cell `cell` (0-based, tab-separated) of line `line` (1-based); undefined when there is none. */
export function cellText(lines: readonly string[], line: number, cell: number): string | undefined {
  return lines[line - 1]?.split('\t')[cell];
}

/** The 0-based index of the cell starting at `column` (1-based, UTF-16 units) of a line; -1 when none does. */
export function cellIndexAt(lines: readonly string[], line: number, column: number): number {
  const cells = lines[line - 1]?.split('\t') ?? [];
  let at = 1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] ?? '';
    // A cell's first visible character: leading spaces are not part of where it starts.
    const lead = cell.length - cell.trimStart().length;
    if (at + lead === column || at === column) return i;
    at += cell.length + 1;
  }
  return -1;
}

/** The text with cell `cell` of line `line` replaced (tabs and line breaks in the value become spaces). */
export function withCell(text: string, line: number, cell: number, value: string): string {
  const lines = text.split('\n');
  const cells = lines[line - 1]?.split('\t');
  if (!cells || cell < 0 || cell >= cells.length) return text;
  cells[cell] = value.replace(/[\t\r\n]+/g, ' ');
  lines[line - 1] = cells.join('\t');
  return lines.join('\n');
}
