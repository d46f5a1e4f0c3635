// The pathological inputs the Chromium tests and the benchmark both read: a CSV 5,000 columns wide, a web page whose
// cells span 500 rows × 50 columns, 10,000 nested tables, 1 MB of random bytes, and 30,000 stored rows. Invented
// figures throughout.

/** 10 districts × 5,000 categories, about 190 kB: under the old 200 kB worker threshold, 7–9 s frozen before. */
export function wideCsv(columns = 5000): string {
  const header = ['区', ...Array.from({ length: columns }, (_, i) => `类别${String(i + 1)}`)].join(',');
  const rows = Array.from({ length: 10 }, (_, r) =>
    [`区${String(r + 1)}`, ...Array.from({ length: columns }, (_, c) => String(50 + ((r * 7 + c) % 50)))].join(','),
  );
  return [header, ...rows].join('\n');
}

/** 480 rows of 20 cells each spanning 500 rows × 50 columns: billions of cells if expanded. */
export function spanningHtml(): string {
  const cell = '<td rowspan="500" colspan="50">x</td>';
  return `<html><body><table>${`<tr>${cell.repeat(20)}</tr>`.repeat(480)}</table></body></html>`;
}

export function nestedHtml(): string {
  return `<html><body>${'<table><tr><td>'.repeat(10_000)}x${'</td></tr></table>'.repeat(10_000)}</body></html>`;
}

/** Bytes from a fixed linear congruential sequence: the same "random" megabyte every run. */
export function noiseBytes(length = 1_000_000): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 12345;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** A stored district's score for a site type (3,000 districts × 10 site types). */
export const storedScore = (district: number, siteType: number) => 40 + ((district * 7 + siteType * 13) % 61);

/** 30,000 rows in the long layout, one per score, as the import keeps it in localStorage. */
export function thirtyThousandRows(): string {
  const lines = ['district,site type,score,max'];
  for (let d = 0; d < 3000; d++)
    for (let s = 0; s < 10; s++) lines.push(`区${String(d + 1)},类别${String(s + 1)},${String(storedScore(d, s))},100`);
  return lines.join('\n');
}

/** What localStorage holds for one stored import of `text` filed under 2025-03. */
export function storedImport(text: string): string {
  const item = { id: '2025-03', period: '2025-03', label: '', text, importedAt: '2025-03-01T00:00:00Z' };
  return JSON.stringify({ schemaVersion: 2, inspections: [item] });
}
