// The lines of the source text that hold the score tables (with their headings), for showing where figures came from.

import { linesAsWritten } from '../data/sources/text';
import type { Finding, Inspection } from '../data/types';

export interface SourceLine {
  number: number;
  text: string;
  /** A finding points at this line. */
  marked: boolean;
}

/** Headings sit up to two lines above a table: a `## title` line and a blank one. */
const HEADING_LINES = 2;

export function sourceExcerpt(text: string, inspection: Inspection, findings: readonly Finding[]): SourceLine[] {
  const marked = new Set(findings.map((f) => f.line));
  // As written: a Markdown table's pipes and rule, not the tabs its readers see.
  return linesAsWritten(text)
    .filter((line) => inspection.sourceRanges.some((r) => line.number >= r.first - HEADING_LINES && line.number <= r.last))
    .map((line) => ({ number: line.number, text: line.text, marked: marked.has(line.number) }));
}
