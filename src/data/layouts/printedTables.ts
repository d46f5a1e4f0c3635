// Reads the Taiyuan page's two score tables, as printed, into a typed inspection with findings. Total: any
// string in, a ParseResult out. The app's first screen reads its embedded tables with it; parseInspection.ts
// adds the recovery of what copying does to a pasted page.

import { linesAsWritten, type TextLine } from '../sources/text';
import type { Finding, Inspection, ParseResult } from '../types';
import { findTableBlocks } from './printedBlocks';
import { checkInspection, type CheckOptions } from '../checks/core';
import { valueDecimals } from '../decimals';
import { combine } from './printedCombine';
import { type Assign, type TableBlock } from './printedForm';
import { Findings } from '../findings';
import { readRankedTable } from './printedRanked';
import { nameTotalsColumns, readTotalsTable } from './printedTotals';

export type { Assign } from './printedForm';

export interface ParseOptions {
  /** Called now and then with the share of the text read (0–1): big pastes are parsed in a worker that reports it. */
  onProgress?: (fraction: number) => void;
}

/**
 * The printed form as the newspaper sets it, without undoing what copying does (a Markdown table's pipes
 * included): the app's embedded tables are read with it at start-up, so the first screen does not carry the
 * recovery code.
 */
export function parsePrintedTables(text: string): ParseResult {
  return guarded(() => parseLines(linesAsWritten(typeof text === 'string' ? text : ''), undefined));
}

/** Runs a read; a throw (never expected: the property tests assert it) becomes an internal-error finding. */
export function guarded(read: () => ParseResult): ParseResult {
  try {
    return read();
  } catch (cause) {
    // A backstop: the property tests assert this path is never taken.
    return {
      ok: false,
      findings: [{ severity: 'error', code: 'internal', line: 1, params: { detail: String(cause) } }],
    };
  }
}

/**
 * Reads the printed tables from lines (1-based numbers kept from the input). `assign` matches totals columns
 * to districts when their scores do not name them exactly; without it such a header is refused. The first
 * screen's embedded tables name every column exactly, so it does without (and without the matcher's code).
 * `check` is the core checks for the embedded tables, and every reading's checks (checks/reading.ts) for a user's text.
 */
export function parseLines(
  lines: readonly TextLine[],
  onProgress: ((fraction: number) => void) | undefined,
  assign?: Assign,
  check: (inspection: Inspection, options: CheckOptions) => Finding[] = checkInspection,
): ParseResult {
  const findings = new Findings();
  const blocks = findTableBlocks(lines, findings, onProgress);
  const rankedBlocks = blocks.filter((b) => b.kind === 'ranked');
  const totalsBlocks = blocks.filter((b) => b.kind === 'totals');
  if (rankedBlocks.length === 0 && totalsBlocks.length === 0) {
    findings.add('error', 'no-table', 1, undefined);
    return { ok: false, findings: findings.list };
  }
  reportExtraTables(rankedBlocks, findings);
  reportExtraTables(totalsBlocks, findings);

  const rankedBlock = rankedBlocks[0];
  const totalsBlock = totalsBlocks[0];
  const ranked = rankedBlock ? readRankedTable(rankedBlock, findings) : undefined;
  const totals = totalsBlock ? readTotalsTable(totalsBlock, ranked?.districts ?? [], findings) : undefined;
  if (totals) nameTotalsColumns(totals, ranked, findings, assign);

  if (findings.hasErrors()) return { ok: false, findings: findings.list };
  const inspection = combine(ranked, totals, findings);
  if (!inspection || findings.hasErrors()) return { ok: false, findings: findings.list };
  // The decimals the page prints its scores with set the checks' tolerances, as for every other reading.
  let decimals = 0;
  for (const score of inspection.scores) decimals = Math.max(decimals, valueDecimals(score.value));
  for (const finding of check(inspection, { decimals })) findings.list.push(finding);
  return { ok: true, inspection, findings: findings.list };
}

function reportExtraTables(blocks: TableBlock[], findings: Findings): void {
  const [, ...extra] = blocks;
  const firstExtra = extra[0];
  if (firstExtra) findings.add('warning', 'extra-table', firstExtra.first, undefined, { count: extra.length });
}
