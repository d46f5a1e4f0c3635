// The benchmark's verdicts and the README's generated table (bench/report.mjs), on results shaped as a run writes them.
import { describe, expect, it } from 'vitest';
import { markdownTable, missedGoals, TABLE_END, TABLE_START, withTable } from '../../../bench/report.mjs';

function lighthouse(performanceRuns: number[], tbtMs: number, cls = 0) {
  return {
    runs: performanceRuns.length,
    performanceRuns,
    runDetails: performanceRuns.map(() => ({ fcpMs: 900, lcpMs: 950, tbtMs, speedIndexMs: 900 })),
    lcpAfterFcpMs: 50,
    cls,
  };
}

function results(overrides: { mode?: string; entry?: number; cls?: number; longTasks?: number; sortMs?: number; tbt?: number } = {}) {
  return {
    mode: overrides.mode ?? 'full',
    commit: 'abc1234',
    date: '2026-12-03T08:00:00.000Z',
    machine: '2 × Test CPU, 24 GiB, linux x64, Node v22.23.5, Chromium 156',
    parse: { ratioToSplit: 2.5, sizes: { '1MB': { bytes: 1_000_000, parseMs: 25, splitMs: 10, ratioToSplit: 2.5 } } },
    imports: { csv60000: { bytes: 1_957_798, importMs: 800, splitMs: 80, ratioToSplit: 10 } },
    load: {
      lcpRatio: 1.1,
      appLcpMs: 1100,
      staticLcpMs: 1000,
      tbtMs: 120,
      longTasks: overrides.longTasks ?? 1,
      cls: overrides.cls ?? 0,
      lcpAfterFcpMs: 0,
      lighthouseMobile: { zh: lighthouse([1, 1, 1], overrides.tbt ?? 40), en: lighthouse([1, 0.99, 1], 60) },
    },
    interaction: { seedSortMs: 20, districts: 300, periods: 24, sortMs: overrides.sortMs ?? 60, filterMs: 50 },
    readers: { pdfMs: 300, pdfRatioToWord: 5, imageMs: 3000, imageRatioToWord: 50 },
    hostile: {},
    bundle: { entryGzipBytes: overrides.entry ?? 99_955, chartGzipBytes: 140_600 },
  };
}

describe('benchmark verdicts', () => {
  it('a run that meets every goal misses none', () => {
    expect(missedGoals(results())).toEqual([]);
  });

  it('a full run fails on a missed timing (a 120 ms sort; Lighthouse TBT of 796 ms; 5 long tasks); a short run only on sizes and shifts', () => {
    expect(missedGoals(results({ sortMs: 120 })).map((row) => row.measure)).toEqual(['sort, 300 districts × 24 periods']);
    expect(missedGoals(results({ tbt: 796 })).map((row) => row.measure)).toEqual(['Lighthouse mobile, zh browser: performance (3 runs)']);
    expect(missedGoals(results({ mode: 'short', sortMs: 120, tbt: 796 }))).toEqual([]);
    const short = missedGoals(results({ mode: 'short', entry: 110_001, cls: 0.111, longTasks: 5 })).map((row) => row.measure);
    // Long tasks are tasks over 50 ms: a busier machine has more of them, so only the full run judges them.
    expect(short).toEqual(['load: layout shift (worst run)', 'entry JS (gzip): first screen, interactive']);
    expect(missedGoals(results({ longTasks: 5 })).map((row) => row.measure)).toEqual([
      'load: long tasks after the first paint (CPU ×4, most in a run)',
    ]);
    expect(missedGoals(results({ mode: 'short', longTasks: 2 }))).toEqual([]);
  });

  it('the README table names the run and marks what was missed', () => {
    const table = markdownTable(results({ sortMs: 120 }));
    expect(table.split('\n')[0]).toBe(
      'Run `full` of commit `abc1234` on 2026-12-03: 2 × Test CPU, 24 GiB, linux x64, Node v22.23.5, Chromium 156.',
    );
    expect(table).toContain('| sort, 300 districts × 24 periods | 120 ms | ≤ 100 ms | **no** |');
    expect(table).toContain('| entry JS (gzip): first screen, interactive | 100.0 kB (99,955 bytes) | ≤ 110 kB | yes |');
    const readme = `# Title\n\n${TABLE_START}\nold table\n${TABLE_END}\n\nAfter.\n`;
    const next = withTable(readme, results());
    expect(next).not.toContain('old table');
    expect(next).toContain('| measure | result | goal | met |');
    expect(next?.endsWith(`${TABLE_END}\n\nAfter.\n`)).toBe(true);
    expect(withTable('# no markers', results())).toBeUndefined();
  });

  it("the load ratio of a run in rounds is the rounds' median ratio, said so beside the two medians, and judged against 1.2", () => {
    const run = results();
    const inRounds = { ...run, load: { ...run.load, rounds: 15, lcpRatio: 1.21 } };
    expect(markdownTable(inRounds)).toContain(
      "| load: app LCP over its first screen as static HTML (CPU ×4) | 1.21 (median of 15 rounds' ratios; medians 1,100 ms, 1,000 ms) | ≤ 1.2 | **no** |",
    );
    expect(missedGoals(inRounds).map((row) => row.measure)).toEqual(['load: app LCP over its first screen as static HTML (CPU ×4)']);
  });
});
