// The period an import suggests, from the table's own heading or a short date line just above it.

import { splitLines } from '../sources/lines';

const DATE = /(20\d\d)\s*年\s*(1[0-2]|0?[1-9])\s*月/;
const ISO_DATE = /(20\d\d)[-/.](1[0-2]|0[1-9])(?!\d)/;

function periodIn(text: string): string | undefined {
  const match = DATE.exec(text) ?? ISO_DATE.exec(text);
  if (!match) return undefined;
  return `${match[1] ?? ''}-${(match[2] ?? '').padStart(2, '0')}`;
}

/**
 * A period (YYYY-MM) from the table's own heading, or from a short date line just above it: an unrelated
 * article's date elsewhere on the page must never be taken for the inspection's month.
 */
export function suggestPeriod(text: string, candidate: { title: string; first: number } | undefined): string | undefined {
  if (!candidate) return undefined;
  const fromTitle = periodIn(candidate.title);
  if (fromTitle) return fromTitle;
  const lines = splitLines(text.length > 2_000_000 ? text.slice(0, 2_000_000) : text);
  // The nearest non-blank lines above the table (up to two), when they are short enough to be a date line.
  let seen = 0;
  for (let i = candidate.first - 2; i >= 0 && seen < 2; i--) {
    const line = lines[i]?.text.trim() ?? '';
    if (line === '' || line.startsWith('#')) continue;
    seen++;
    if (line.length <= 80) {
      const period = periodIn(line);
      if (period) return period;
    }
  }
  return undefined;
}
