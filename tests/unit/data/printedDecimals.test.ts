// Figures are shown with the decimals their page printed: a trailing zero kept (62.30), an integer table as integers,
// the seed with its one decimal; a month kept from before the decimals were recorded shows what it showed.
import { describe, expect, it } from 'vitest';
import { scoreDigits } from '../../../src/data/decimals';
import { importText } from '../../../src/data/importText';
import { acceptedFrom, acceptedOf } from '../../../src/data/acceptedReading';
import { readFixture } from '../readFixture';

function digitsOf(text: string): number {
  const { result } = importText(text);
  if (!result.ok) throw new Error('does not read');
  return scoreDigits(result.inspection);
}

describe('printed decimals', () => {
  it('keeps a printed trailing zero: 62.30 is shown with two decimals', () => {
    expect(digitsOf('区域\t得分\n甲市\t62.30\n乙市\t60.30\n丙市\t66.50\n')).toBe(2);
  });

  it('an integer table is shown as integers', () => {
    expect(digitsOf('村别\t得分\n甲村\t95\n乙村\t90\n丙村\t88\n')).toBe(0);
  });

  it('an integer table whose printed city average has a decimal shows that decimal', () => {
    expect(digitsOf('村别\t得分\n甲村\t95\n乙村\t90\n丙村\t88\n全镇平均\t91.5\n')).toBe(1);
  });

  it('the seed keeps its one decimal', () => {
    expect(digitsOf(readFixture('taiyuan-news-page-2025-01.txt'))).toBe(1);
  });

  it('the decimals travel with the accepted reading, as stored', () => {
    const read = importText('区域\t得分\n甲市\t62.30\n乙市\t60.30\n丙市\t66.50\n');
    const kept = acceptedOf(JSON.parse(JSON.stringify(acceptedFrom(read))));
    expect(kept ? scoreDigits(kept.inspection) : undefined).toBe(2);
  });
});
