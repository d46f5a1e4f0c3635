// Turns the tables of pasted or dropped HTML into plain tab-separated text with the browser's DOMParser,
// spanning cells (rowspan, colspan) repeated into every position they cover, so src/data reads plain rows.

/** Whether a text is HTML that holds a table. */
export function holdsHtmlTable(text: string): boolean {
  return /<table[\s>]/i.test(text);
}

function cellText(cell: Element): string {
  return cell.textContent
    .replace(/[\t\r\n]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The heading a table sits under: its caption, or the nearest heading or short paragraph before it. */
function titleOf(table: Element): string {
  const caption = table.querySelector('caption');
  if (caption) return cellText(caption);
  let node: Element | null = table.previousElementSibling;
  for (let steps = 0; node && steps < 3; steps++, node = node.previousElementSibling) {
    const text = cellText(node);
    if (text !== '' && text.length <= 60) return text;
  }
  return '';
}

/** The rows of one table as text cells, spans expanded. */
export function tableRows(table: Element): string[][] {
  const grid: string[][] = [];
  const rows = Array.from(table.querySelectorAll('tr'));
  rows.forEach((row, r) => {
    const line = (grid[r] ??= []);
    let column = 0;
    for (const cell of Array.from(row.children)) {
      if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
      while (line[column] !== undefined) column++;
      const text = cellText(cell);
      const colspan = Math.max(1, Math.min(50, Number(cell.getAttribute('colspan') ?? '1') || 1));
      const rowspan = Math.max(1, Math.min(500, Number(cell.getAttribute('rowspan') ?? '1') || 1));
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) target[column + dc] = text;
      }
      column += colspan;
    }
  });
  return grid.map((line) => Array.from(line, (cell) => cell as string | undefined).map((cell) => cell ?? ''));
}

/** Every table of an HTML text as `## title`, a blank line, and tab-separated rows; '' when it holds none. */
export function htmlTablesToText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const tables = Array.from(document.querySelectorAll('table'));
  return tables
    .map((table) => {
      const title = titleOf(table);
      const rows = tableRows(table).map((cells) => cells.join('\t'));
      return [...(title === '' ? [] : [`## ${title}`, '']), ...rows].join('\n');
    })
    .join('\n\n');
}
