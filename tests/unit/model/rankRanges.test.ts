// The what-if ranges as the worker hands them over: in batches, in district order, the same ranges as computed at
// once, and stopped as soon as a newer request comes.
import { describe, expect, it } from 'vitest';
import { parseInspection } from '../../../src/data/parseInspection';
import { indexScores } from '../../../src/model/scores';
import { deliverRankRanges, rankStability, stabilityInput, type RankRange } from '../../../src/model/weights';
import { readFixture } from '../readFixture';

const parsed = parseInspection(readFixture('taiyuan-news-page-2025-01.txt'));
if (!parsed.ok) throw new Error('seed must parse');
const { inspection } = parsed;
const input = stabilityInput(indexScores(inspection), inspection.siteTypes, undefined, 0.2);
const noWait = () => Promise.resolve();

describe('rank ranges delivered in batches', () => {
  it('on the seed: six ranges in printed order, one batch each at a zero slice, done with the last, as computed at once', async () => {
    const batches: { ranges: RankRange[]; done: boolean }[] = [];
    await deliverRankRanges(
      input,
      (ranges, done) => batches.push({ ranges, done }),
      () => true,
      0,
      noWait,
    );
    expect(batches.map((b) => b.ranges.length)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(batches.map((b) => b.done)).toEqual([false, false, false, false, false, true]);
    const delivered = batches.flatMap((b) => b.ranges);
    expect(delivered.map((r) => [r.district, r.best, r.worst])).toEqual([
      ['杏花岭区', 1, 2],
      ['迎泽区', 1, 3],
      ['小店区', 2, 5],
      ['万柏林区', 3, 6],
      ['晋源区', 3, 6],
      ['尖草坪区', 4, 6],
    ]);
    expect(delivered).toEqual(rankStability(indexScores(inspection), inspection.siteTypes, undefined, 0.2));
  });

  it('a newer request stops this one at its next batch: two batches asked for, two delivered, never done', async () => {
    const delivered: RankRange[] = [];
    let batches = 0;
    let finished = false;
    await deliverRankRanges(
      input,
      (ranges, done) => {
        batches++;
        delivered.push(...ranges);
        finished ||= done;
      },
      () => batches < 2,
      0,
      noWait,
    );
    expect(delivered.map((r) => r.district)).toEqual(['杏花岭区', '迎泽区']);
    expect(finished).toBe(false);
  });

  it('in one batch when the slice is long enough', async () => {
    const batches: number[] = [];
    await deliverRankRanges(
      input,
      (ranges) => batches.push(ranges.length),
      () => true,
      60_000,
      noWait,
    );
    expect(batches).toEqual([6]);
  });
});
