// The import preview sent in pieces from the parse worker comes back whole: every score and grid row in order.
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../src/data/importText';
import { previewAssembler, previewPieces } from '../../../src/data/previewTransfer';
import { readFixture } from '../readFixture';
import { wideCsv } from '../../support/hostileInputs';

function sent(text: string, size: number) {
  const preview = previewImport(text);
  const pieces = previewPieces(preview, size);
  const assembler = previewAssembler();
  // Each piece copied as postMessage copies it.
  const received = pieces.map((piece) => assembler.add(structuredClone(piece)));
  return { preview, pieces, received };
}

describe('the preview in pieces', () => {
  it('a CSV of 10 districts × 1,000 categories: 10,000 scores in slices, reassembled equal, the last piece completes it', () => {
    const { preview, pieces, received } = sent(wideCsv(1000), 1000);
    expect(pieces.filter((p) => p.type === 'slice' && p.field === 'scores')).toHaveLength(10);
    expect(received.slice(0, -1).every((r) => r === undefined)).toBe(true);
    const whole = received[received.length - 1];
    // Compared as JSON: a deep equality walk of 100,000 objects takes seconds.
    expect(JSON.stringify(whole)).toBe(JSON.stringify(preview));
    expect(whole?.result.ok && whole.result.inspection.scores).toHaveLength(10_000);
    expect(whole?.result).toBe(whole?.candidates.find((c) => c.id === whole.chosen)?.result);
  });

  it('the seed page and the seed CSV come back as read, with slices of 7', () => {
    for (const text of [
      readFixture('taiyuan-news-page-2025-01.txt'),
      '区,公厕(100),铁路沿线(100)\n杏花岭区,78.8,49.5\n小店区,77.8,80.7\n',
    ]) {
      const { preview, received } = sent(text, 7);
      expect(received[received.length - 1]).toEqual(preview);
    }
  });
});
