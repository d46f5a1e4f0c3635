// An OCR doubt follows its cell through the reader's corrections: cells found by line and index, a correction
// written into that cell only.
import { describe, expect, it } from 'vitest';
import { cellIndexAt, cellText, linesOf, withCell } from '../../../src/data/sources/ocr/ocrCorrections';

const text = '## 各街道考核得分\n\n街道\t市容\t环卫\n东关街道\t95.00\t93,83\n西关街道\t92.65\t91.48';
const lines = linesOf(text);

describe('OCR corrections', () => {
  it('finds a cell by its line and column, and its text by line and index', () => {
    expect(cellIndexAt(lines, 4, 12)).toBe(2);
    expect(cellIndexAt(lines, 4, 1)).toBe(0);
    expect(cellIndexAt(lines, 4, 3)).toBe(-1);
    expect(cellText(lines, 4, 2)).toBe('93,83');
    expect(cellText(lines, 9, 0)).toBeUndefined();
  });

  it('writes a correction into its cell only; the next cell keeps its index though its column moved', () => {
    const corrected = withCell(text, 4, 1, '95.0\t0');
    expect(corrected.split('\n')[3]).toBe('东关街道\t95.0 0\t93,83');
    expect(cellText(linesOf(corrected), 4, 2)).toBe('93,83');
    expect(withCell(text, 4, 7, 'x')).toBe(text);
  });
});
