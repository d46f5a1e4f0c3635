// The OCR's doubts the preview lists: every open doubt on a line the chosen reading reads, the header row and the
// lines of a list or of the newspaper's form included; none on a line the reading leaves out or a row set aside.
import { describe, expect, it } from 'vitest';
import { previewImport } from '../../../src/data/importText';
import { ocrDoubtItems } from '../../../src/views/ocrDoubtItems';
import type { PlacedOcrDoubt } from '../../../src/views/useImportSource';

const t = ((key: string, params?: Record<string, unknown>) => `${key}${JSON.stringify(params ?? {})}`) as never;

function doubt(line: number, cell: number, text: string): PlacedOcrDoubt {
  const box = { left: 0, top: 0, right: 1, bottom: 1, score: 0.5 };
  return { line, column: 1, cell, text, read: text, confidence: 0.5, reason: 'confidence', box, crop: '' };
}

function itemsFor(text: string, doubts: PlacedOcrDoubt[]): number[] {
  const preview = previewImport(text);
  const chosen = preview.candidates.find((c) => c.id === preview.chosen);
  return ocrDoubtItems(chosen, new Map(), text, doubts, t).map((item) => item.line);
}

describe('OCR doubts in the preview', () => {
  it('a doubt on the header row of a table is listed, as is one on a data row; one on a title line is not', () => {
    const text = '公厕检查\n区县\t得分\n杏花岭区\t78.8\n小店区\t77.8\n万柏林区\t76.5';
    expect(itemsFor(text, [doubt(1, 0, '公厕检查'), doubt(2, 1, '得分'), doubt(4, 1, '77.8')])).toEqual([2, 4]);
  });

  it('a doubt on a line of a list (no table) is listed', () => {
    const text = '各区公厕得分\n杏花岭区 78.8分\n小店区 77.8分\n万柏林区 76.5分';
    expect(itemsFor(text, [doubt(3, 0, '小店区 77.8分')])).toEqual([3]);
  });
});
