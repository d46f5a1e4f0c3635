// Label widths and line breaks on the seed's site-type names, in Chinese and in English.
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/model/textWidth';

describe('textWidth', () => {
  it('counts a Han character 12 px and a Latin one 7 px at 12 px', () => {
    expect(textWidth('铁路沿线')).toBe(48);
    expect(textWidth('Public toilets')).toBe(14 * 7);
    expect(textWidth('农贸市场、便民市场')).toBe(9 * 12);
    expect(textWidth('公厕', 11)).toBe(22);
  });
});

describe('wrapText', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapText('铁路沿线', 60)).toEqual(['铁路沿线']);
    expect(wrapText('Public toilets', 120)).toEqual(['Public toilets']);
  });

  it('breaks Chinese after the enumeration comma', () => {
    expect(wrapText('农贸市场、便民市场', 84)).toEqual(['农贸市场、', '便民市场']);
  });

  it('breaks a Chinese run with no comma between characters, into lines of even length (never one character left over)', () => {
    expect(wrapText('重点场所四小行业', 50)).toEqual(['重点场所', '四小行业']);
    // 84 px holds seven characters: filled greedily, the eighth stood alone (重点场所四小行 / 业).
    expect(wrapText('重点场所四小行业', 84)).toEqual(['重点场所', '四小行业']);
    expect(wrapText('城中村及城乡结合部', 96)).toEqual(['城中村及城', '乡结合部']);
  });

  it('breaks English at spaces, in at most three lines, the last taking the rest', () => {
    expect(wrapText('Key venues and small service businesses', 100)).toEqual(['Key venues and', 'small service', 'businesses']);
    expect(wrapText("Farmers' and convenience markets", 70)).toEqual(["Farmers'", 'and', 'convenience markets']);
  });

  it('keeps a word wider than the line whole', () => {
    expect(wrapText('Construction hoardings', 60)).toEqual(['Construction', 'hoardings']);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', 60)).toEqual(['']);
  });
});
